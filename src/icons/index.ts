/**
 * Icons for widgets: `renderIcon(name)` draws a ChatKit icon name or `lucide:<name>`, and a neutral
 * fallback for anything else. Nothing here ever requests a URL built from a name.
 */
import { css, html, type CSSResult, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import type { IconNode } from 'lucide';
import { cssColor, cssSize } from '../style/css-values.js';
import type { GlyphPaint } from './chatkit-icons.js';
import { appendFallbackShapes, appendGlyphShapes } from './icon-svg.js';
import { iconElement, type IconState } from './icon-element.js';
import { resolveIconName } from './icon-name.js';
import { loadLucideSet, loadedLucideSet, lucideGlyph } from './lucide-set.js';

export { chatkitIcons, chatkitGlyph } from './chatkit-icons.js';
export type { GlyphPaint, IconGlyph } from './chatkit-icons.js';
export { resolveIconName, lucideExportName, MAX_LUCIDE_NAME_LENGTH } from './icon-name.js';
export type { IconRef } from './icon-name.js';

export interface IconOptions {
  /** A CSS length (or pixel number as string); default `1em`, so the icon follows the text size. */
  size?: string;
  /** Accessible name. Without it the icon is decorative and hidden from assistive technology. */
  label?: string;
  /** A ChatKit color (token, CSS color); default `currentColor`. */
  color?: string;
}

type IconResult = ReturnType<typeof iconElement>;

function frame(key: string, draw: (svg: SVGSVGElement) => void, state: IconState, name: string | undefined, options: IconOptions): IconResult {
  const size = cssSize(options.size);
  const color = options.color === undefined ? undefined : cssColor(options.color, 'text');
  const label = typeof options.label === 'string' && options.label !== '' ? options.label : undefined;
  return iconElement({ key, draw, state, name, size, color, label });
}

const noShapes = () => {};

function glyph(node: IconNode, paint: GlyphPaint, name: string, options: IconOptions): IconResult {
  return frame(`glyph ${paint} ${name}`, (svg) => appendGlyphShapes(svg, node, paint), 'glyph', name, options);
}

function fallback(options: IconOptions): IconResult {
  return frame('fallback', appendFallbackShapes, 'fallback', undefined, options);
}

function lucideIcon(name: string, exportName: string, options: IconOptions): IconResult | TemplateResult {
  const fromSet = (set: Readonly<Record<string, IconNode>>) => {
    const node = lucideGlyph(set, exportName);
    return node ? glyph(node, 'outline', `lucide:${name}`, options) : fallback(options);
  };
  const set = loadedLucideSet();
  if (set) return fromSet(set);
  // An empty frame of the same size holds the place, so the layout does not jump when the glyph arrives.
  const loaded = loadLucideSet().then(fromSet, () => fallback(options));
  return html`${until(loaded, frame(`loading ${name}`, noShapes, 'loading', `lucide:${name}`, options))}`;
}

/** Draws an icon. Unknown, malformed or hostile names draw a fallback dot and request nothing. */
export function renderIcon(name: unknown, options: IconOptions = {}): IconResult | TemplateResult {
  const ref = resolveIconName(name);
  switch (ref.kind) {
    case 'chatkit':
      return glyph(ref.glyph.node, ref.glyph.paint, ref.name, options);
    case 'lucide':
      return lucideIcon(ref.name, ref.exportName, options);
    case 'invalid':
      return fallback(options);
  }
}

/** Adopt in any shadow root that renders icons. */
export const iconStyles: CSSResult = css`
  .ck-icon {
    display: inline-block;
    flex: none;
    width: var(--ck-icon-size, 1em);
    height: var(--ck-icon-size, 1em);
    vertical-align: -0.125em;
    overflow: visible;
  }
  .ck-icon .ck-icon-knockout {
    stroke: var(--ck-color-surface, Canvas);
  }
  .ck-icon[data-ck-icon-fallback] {
    opacity: 0.5;
  }
`;
