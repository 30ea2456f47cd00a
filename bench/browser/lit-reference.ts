// The keyed Lit reference: the same ListView DOM written as one Lit template with `repeat` keyed by
// row key, as a hand-written Lit app would. Its one-row patch (re-render with one row object
// replaced) is the goal for <ck-widget>'s replace-the-whole-widget path.
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { RowData } from './widgets.js';
import { plainHost } from './plain-dom.js';

const rowTemplate = (row: RowData, onSelect: (key: string) => void) =>
  html`<div role="listitem" class="item" part="list-item"><p class="text size-md" style="font-weight:500;">${row.title}</p><p class="caption size-md">${row.caption}</p><span part="badge" class=${`badge color-${row.badgeColor} variant-soft size-sm`}>${row.badge}</span><button part="button" type="button" class="button color-primary size-sm variant-outline" data-ck-action="" @click=${() => onSelect(row.key)}><span class="label">Select</span></button></div>`;

const listTemplate = (rows: RowData[], onSelect: (key: string) => void) =>
  html`<div class="list" part="widget list"><div role="list" class="list-items">${repeat(rows, (row) => row.key, (row) => rowTemplate(row, onSelect))}</div></div>`;

export interface LitList {
  host: HTMLElement;
  root: ShadowRoot;
  update(rows: RowData[]): void;
}

export function renderLitList(container: HTMLElement, sheets: CSSStyleSheet[], rows: RowData[], onSelect: (key: string) => void): LitList {
  const { host, root } = plainHost(sheets);
  render(listTemplate(rows, onSelect), root);
  container.append(host);
  return { host, root, update: (next) => render(listTemplate(next, onSelect), root) };
}
