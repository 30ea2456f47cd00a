import { nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { cssAspectRatio, cssBorder, cssColor, cssFlex, cssRadius, cssSize, cssSpacing } from '../style/css-values.js';

/**
 * Inline style for the box-model props many components share (padding, margin, gap, border,
 * background, sizes, flex). Every value passes the CSS value validator; refused values are left out.
 */
export type StyleRecord = Record<string, string | undefined>;

/**
 * The `style` binding for `style`: `styleMap(style)`, or no style attribute at all when every value
 * is absent (most nodes), which spares a directive and a `style=""` attribute per node.
 */
export function inlineStyle(style: StyleRecord): ReturnType<typeof styleMap> | typeof nothing {
  for (const key in style) if (style[key] !== undefined && style[key] !== null) return styleMap(style);
  return nothing;
}

type Edges = { top?: unknown; right?: unknown; bottom?: unknown; left?: unknown; x?: unknown; y?: unknown };

function isEdges(value: unknown): value is Edges {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Writes `padding`/`margin` (number, CSS length, or per-edge object) as longhand properties. */
export function spacingInto(style: StyleRecord, property: 'padding' | 'margin', value: unknown): void {
  if (value === undefined) return;
  const allowNegative = property === 'margin';
  if (!isEdges(value)) {
    const v = cssSpacing(value, { allowNegative });
    if (v) style[property] = v;
    return;
  }
  const edge = (side: keyof Edges, axis: 'x' | 'y') => cssSpacing(value[side] ?? value[axis], { allowNegative });
  style[`${property}-top`] = edge('top', 'y');
  style[`${property}-bottom`] = edge('bottom', 'y');
  style[`${property}-left`] = edge('left', 'x');
  style[`${property}-right`] = edge('right', 'x');
}

/** Writes `border` (px number, one border, or per-edge borders). */
export function borderInto(style: StyleRecord, value: unknown): void {
  if (value === undefined) return;
  const whole = cssBorder(value);
  if (whole) {
    style.border = whole;
    return;
  }
  if (!isEdges(value)) return;
  const edge = (side: keyof Edges, axis: 'x' | 'y') => cssBorder(value[side] ?? value[axis]);
  style['border-top'] = edge('top', 'y');
  style['border-bottom'] = edge('bottom', 'y');
  style['border-left'] = edge('left', 'x');
  style['border-right'] = edge('right', 'x');
}

export interface BlockProps {
  height?: unknown;
  width?: unknown;
  size?: unknown;
  minHeight?: unknown;
  minWidth?: unknown;
  minSize?: unknown;
  maxHeight?: unknown;
  maxWidth?: unknown;
  maxSize?: unknown;
  aspectRatio?: unknown;
  radius?: unknown;
  margin?: unknown;
}

/** Sizes, radius and margin (ChatKit's BlockProps). `size` sets width and height together. */
export function blockInto(style: StyleRecord, node: BlockProps): void {
  style.width = cssSize(node.width ?? node.size);
  style.height = cssSize(node.height ?? node.size);
  style['min-width'] = cssSize(node.minWidth ?? node.minSize);
  style['min-height'] = cssSize(node.minHeight ?? node.minSize);
  style['max-width'] = cssSize(node.maxWidth ?? node.maxSize);
  style['max-height'] = cssSize(node.maxHeight ?? node.maxSize);
  style['aspect-ratio'] = cssAspectRatio(node.aspectRatio);
  style['border-radius'] = cssRadius(node.radius);
  spacingInto(style, 'margin', node.margin);
}

const ALIGN: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', baseline: 'baseline', stretch: 'stretch' };
const JUSTIFY: Record<string, string> = {
  start: 'flex-start', center: 'center', end: 'flex-end', between: 'space-between', around: 'space-around', evenly: 'space-evenly', stretch: 'stretch',
};
const WRAP = new Set(['nowrap', 'wrap', 'wrap-reverse']);

export interface BoxProps extends BlockProps {
  align?: unknown;
  justify?: unknown;
  wrap?: unknown;
  flex?: unknown;
  gap?: unknown;
  padding?: unknown;
  border?: unknown;
  background?: unknown;
}

/** The flex container style of Box, Row, Col, Form and Basic. */
export function boxStyle(node: BoxProps): StyleRecord {
  const style: StyleRecord = {};
  if (typeof node.align === 'string' && Object.hasOwn(ALIGN, node.align)) style['align-items'] = ALIGN[node.align];
  if (typeof node.justify === 'string' && Object.hasOwn(JUSTIFY, node.justify)) style['justify-content'] = JUSTIFY[node.justify];
  if (typeof node.wrap === 'string' && WRAP.has(node.wrap)) style['flex-wrap'] = node.wrap;
  style.flex = cssFlex(node.flex);
  style.gap = cssSpacing(node.gap);
  spacingInto(style, 'padding', node.padding);
  borderInto(style, node.border);
  style.background = cssColor(node.background, 'background');
  blockInto(style, node);
  return style;
}

export { ALIGN };
