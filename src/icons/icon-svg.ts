/**
 * Draws a lucide IconNode (`[tag, attrs][]`) as Lit `svg` templates (the chat chrome's icons) or as
 * DOM (`appendGlyphShapes`, the prototypes widget icons are cloned from): no innerHTML either way,
 * and only an allowlist of shape tags and geometric attributes is ever written, even though lucide's
 * data is trusted.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { IconNode } from 'lucide';
import type { GlyphPaint } from './chatkit-icons.js';

type Attrs = IconNode[number][1];
type Value = string | typeof nothing;

// Digits, separators and path commands: enough for every geometric attribute lucide uses.
const GEOMETRY = /^[\d\s.,eE+\-MmLlHhVvCcSsQqTtAaZz]{1,4096}$/;

function geometry(attrs: Attrs, key: string): Value {
  const value = Object.prototype.hasOwnProperty.call(attrs, key) ? attrs[key] : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && GEOMETRY.test(value) ? value : nothing;
}

/** lucide fills a few dots with `currentColor`; the paint mode may fill a shape too. */
function fill(attrs: Attrs, filled: boolean): Value {
  if (filled) return 'currentColor';
  const value = attrs['fill'];
  return value === 'currentColor' || value === 'none' ? value : nothing;
}

function shape(tag: string, attrs: Attrs, filled: boolean, knockout: boolean): SVGTemplateResult | typeof nothing {
  const g = (key: string) => geometry(attrs, key);
  const f = fill(attrs, filled);
  // The marks inside a filled badge are drawn in the surface colour so they stay visible.
  const cls = knockout ? 'ck-icon-knockout' : nothing;
  const stroke = knockout ? 'Canvas' : nothing;
  switch (tag) {
    case 'path':
      return svg`<path d=${g('d')} fill=${f} class=${cls} stroke=${stroke}></path>`;
    case 'circle':
      return svg`<circle cx=${g('cx')} cy=${g('cy')} r=${g('r')} fill=${f} class=${cls} stroke=${stroke}></circle>`;
    case 'ellipse':
      return svg`<ellipse cx=${g('cx')} cy=${g('cy')} rx=${g('rx')} ry=${g('ry')} fill=${f} class=${cls} stroke=${stroke}></ellipse>`;
    case 'rect':
      return svg`<rect x=${g('x')} y=${g('y')} width=${g('width')} height=${g('height')} rx=${g('rx')} ry=${g('ry')} fill=${f} class=${cls} stroke=${stroke}></rect>`;
    case 'line':
      return svg`<line x1=${g('x1')} y1=${g('y1')} x2=${g('x2')} y2=${g('y2')} class=${cls} stroke=${stroke}></line>`;
    case 'polyline':
      return svg`<polyline points=${g('points')} fill=${f} class=${cls} stroke=${stroke}></polyline>`;
    case 'polygon':
      return svg`<polygon points=${g('points')} fill=${f} class=${cls} stroke=${stroke}></polygon>`;
    default:
      return nothing;
  }
}

/** The shapes of one glyph, painted as outline, solid, or badge (first shape filled, rest knocked out). */
export function glyphShapes(node: IconNode, paint: GlyphPaint): Array<SVGTemplateResult | typeof nothing> {
  return node.map(([tag, attrs], index) => {
    const filled = paint === 'solid' || (paint === 'badge' && index === 0);
    const knockout = paint === 'badge' && index > 0;
    return shape(tag, attrs, filled, knockout);
  });
}


// ---- the same shapes as DOM, for icons drawn by cloning (see icon-element.ts) --------------------

const SVG_NS = 'http://www.w3.org/2000/svg';
const SHAPE_ATTRS: Readonly<Record<string, readonly string[]>> = {
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
};

/** Appends the shapes of one glyph to `parent`: the allowlist and checks of `glyphShapes`. */
export function appendGlyphShapes(parent: Element, node: IconNode, paint: GlyphPaint): void {
  node.forEach(([tag, attrs], index) => {
    const keys = Object.hasOwn(SHAPE_ATTRS, tag) ? SHAPE_ATTRS[tag]! : undefined;
    if (!keys) return;
    const filled = paint === 'solid' || (paint === 'badge' && index === 0);
    const knockout = paint === 'badge' && index > 0;
    const element = document.createElementNS(SVG_NS, tag);
    for (const key of keys) {
      const value = geometry(attrs, key);
      if (value !== nothing) element.setAttribute(key, value);
    }
    if (tag !== 'line') {
      const f = fill(attrs, filled);
      if (f !== nothing) element.setAttribute('fill', f);
    }
    if (knockout) {
      element.setAttribute('class', 'ck-icon-knockout');
      element.setAttribute('stroke', 'Canvas');
    }
    parent.append(element);
  });
}

/** What an unknown or refused icon name shows: a small neutral dot the size of any icon. */
export function appendFallbackShapes(parent: Element): void {
  const circle = document.createElementNS(SVG_NS, 'circle');
  circle.setAttribute('cx', '12');
  circle.setAttribute('cy', '12');
  circle.setAttribute('r', '4');
  parent.append(circle);
}
