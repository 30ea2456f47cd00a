/**
 * One icon `<svg>` per render, cloned from a prototype built once per glyph with the DOM API (the
 * allowlisted shapes of icon-svg.ts). An icon was a Lit template for the frame plus one per shape:
 * a clone, a tree walk and a dozen parts each, which made a list of a thousand rows with icons pay
 * more for its icons than for its text. A clone is one native call; the per-icon values (size,
 * colour, accessible name) are written with the DOM API and patched in place.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type IconState = 'glyph' | 'fallback' | 'loading';

/** What one icon shows: `key` names the prototype (glyph, paint, state); `draw` fills a new one. */
export interface IconSpec {
  key: string;
  draw: (svg: SVGSVGElement) => void;
  state: IconState;
  name: string | undefined;
  /** Validated CSS values (or undefined). */
  size: string | undefined;
  color: string | undefined;
  label: string | undefined;
}

const prototypes = new Map<string, SVGSVGElement>();
const MAX_PROTOTYPES = 512;

const FRAME: ReadonlyArray<readonly [string, string]> = [
  ['class', 'ck-icon'],
  ['part', 'icon'],
  ['viewBox', '0 0 24 24'],
  ['width', '1em'],
  ['height', '1em'],
  ['fill', 'none'],
  ['stroke', 'currentColor'],
  ['stroke-width', '2'],
  ['stroke-linecap', 'round'],
  ['stroke-linejoin', 'round'],
  ['focusable', 'false'],
];

function prototypeFor(spec: IconSpec): SVGSVGElement {
  let svg = prototypes.get(spec.key);
  if (svg) return svg;
  svg = document.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of FRAME) svg.setAttribute(name, value);
  if (spec.name !== undefined) svg.setAttribute('data-ck-icon', spec.name);
  if (spec.state === 'fallback') svg.setAttribute('data-ck-icon-fallback', '');
  if (spec.state === 'loading') svg.setAttribute('data-ck-icon-loading', '');
  spec.draw(svg);
  // Names are bounded (icon-name.ts) but a hostile widget could still cycle through many.
  if (prototypes.size < MAX_PROTOTYPES) prototypes.set(spec.key, svg);
  return svg;
}

function setStyle(svg: SVGSVGElement, property: string, before: string | undefined, after: string | undefined): void {
  if (before === after) return;
  if (after === undefined) svg.style.removeProperty(property);
  else svg.style.setProperty(property, after);
}

function setLabel(svg: SVGSVGElement, label: string | undefined): void {
  if (label === undefined) {
    svg.removeAttribute('role');
    svg.removeAttribute('aria-label');
    svg.setAttribute('aria-hidden', 'true');
  } else {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    svg.removeAttribute('aria-hidden');
  }
}

class IconElement extends Directive {
  private svg: SVGSVGElement | undefined;
  private spec: IconSpec | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('icon() renders in a child position only');
  }

  render(_spec: IconSpec): unknown {
    return noChange;
  }

  override update(_part: unknown, [spec]: [IconSpec]): unknown {
    const previous = this.spec;
    this.spec = spec;
    if (!this.svg || !previous || previous.key !== spec.key) {
      const svg = prototypeFor(spec).cloneNode(true) as SVGSVGElement;
      setStyle(svg, '--ck-icon-size', undefined, spec.size);
      setStyle(svg, 'color', undefined, spec.color);
      setLabel(svg, spec.label);
      this.svg = svg;
      return svg;
    }
    setStyle(this.svg, '--ck-icon-size', previous.size, spec.size);
    setStyle(this.svg, 'color', previous.color, spec.color);
    if (previous.label !== spec.label) setLabel(this.svg, spec.label);
    return noChange;
  }
}

export const iconElement = directive(IconElement);
