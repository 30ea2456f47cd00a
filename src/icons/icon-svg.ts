/**
 * Draws a lucide IconNode (`[tag, attrs][]`) with Lit `svg` templates: no innerHTML, and only an
 * allowlist of shape tags and geometric attributes is ever written, even though lucide's data is trusted.
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

/** What an unknown or refused icon name shows: a small neutral dot the size of any icon. */
export const fallbackShapes: SVGTemplateResult = svg`<circle cx="12" cy="12" r="4"></circle>`;
