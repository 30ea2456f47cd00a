import { noChange } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';
import type { StyleRecord } from './box-style.js';

/**
 * One text element (a `<p>` of a Text, a Badge's `<span>`, …) built with the DOM API and patched in
 * place, for the leaf components that make up most of a large widget. A Lit template per leaf
 * costs a template clone, a tree walk and marker comments; this costs what hand-written DOM does
 * (createElement, className, textContent), and keeps the element, so an update (a streamed text
 * delta) changes its text node rather than the element. Text only ever goes in as text, styles only
 * through the CSSOM (`style.setProperty`, allowed under a strict CSP).
 */
export interface LeafSpec {
  tag: 'p' | 'span' | 'button';
  className: string;
  /** Attributes fixed for the component (`part`, `role`): set when the element is created. */
  attrs?: Readonly<Record<string, string>>;
  /** Validated CSS values; absent ones are left out. */
  style?: StyleRecord;
  text: string;
  /** The text goes into an inner `<span class=…>` (a Button's label) instead of the element itself. */
  textClass?: string;
  /** A click listener; the element keeps one listener that calls the latest spec's. */
  onClick?: (event: Event) => void;
}

class Leaf extends Directive {
  private element: HTMLElement | undefined;
  private spec: LeafSpec | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('leaf() renders in a child position only');
  }

  render(_spec: LeafSpec): unknown {
    return noChange; // not used in SSR; update() builds the element
  }

  override update(_part: unknown, [spec]: [LeafSpec]): unknown {
    const previous = this.spec;
    let element = this.element;
    if (!element || !previous || previous.tag !== spec.tag || previous.attrs !== spec.attrs || previous.textClass !== spec.textClass) {
      element = document.createElement(spec.tag);
      if (spec.attrs) for (const name in spec.attrs) element.setAttribute(name, spec.attrs[name]!);
      element.className = spec.className;
      setStyle(element, undefined, spec.style);
      if (spec.textClass === undefined) element.textContent = spec.text;
      else {
        const inner = document.createElement('span');
        inner.className = spec.textClass;
        inner.textContent = spec.text;
        element.append(inner);
      }
      if (spec.onClick) element.addEventListener('click', (event) => this.spec?.onClick?.(event));
      this.element = element;
      this.spec = spec;
      return element;
    }
    if (previous.className !== spec.className) element.className = spec.className;
    setStyle(element, previous.style, spec.style);
    if (previous.text !== spec.text) setText(spec.textClass === undefined ? element : (element.firstElementChild as HTMLElement), spec.text);
    // A listener added only when the first spec had one: a spec that gains one needs a new element.
    if (!previous.onClick && spec.onClick) {
      this.element = undefined;
      return this.update(_part, [spec]);
    }
    this.spec = spec;
    return noChange;
  }
}

function setText(element: HTMLElement, text: string): void {
  const only = element.firstChild;
  // The one text node keeps its identity (a screen reader or selection stays on it).
  if (only && only === element.lastChild && only.nodeType === Node.TEXT_NODE) (only as Text).data = text;
  else element.textContent = text;
}

function setStyle(element: HTMLElement, before: StyleRecord | undefined, after: StyleRecord | undefined): void {
  if (before) for (const name in before) if (before[name] != null && after?.[name] == null) element.style.removeProperty(name);
  if (after) for (const name in after) {
    const value = after[name];
    if (value != null && value !== before?.[name]) element.style.setProperty(name, value);
  }
}

export const leaf = directive(Leaf);
