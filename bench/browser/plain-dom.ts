// The baseline: a hand-written renderer that builds the same DOM as <ck-widget> does for the bench
// ListView (same elements, classes, parts, roles and style sheets, one click listener per button),
// with createElement and textContent, no framework and no validation. What no runtime can beat.
import type { RowData } from './widgets.js';

const BADGE_CLASS: Record<RowData['badgeColor'], string> = {
  success: 'badge color-success variant-soft size-sm',
  secondary: 'badge color-secondary variant-soft size-sm',
  warning: 'badge color-warning variant-soft size-sm',
};

export interface PlainList {
  host: HTMLElement;
  rows: HTMLElement[];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

export function plainRow(row: RowData, onSelect: (key: string) => void): HTMLElement {
  const item = el('div', 'item');
  item.setAttribute('role', 'listitem');
  item.setAttribute('part', 'list-item');
  const title = el('p', 'text size-md');
  title.style.fontWeight = '500';
  title.textContent = row.title;
  const caption = el('p', 'caption size-md');
  caption.textContent = row.caption;
  const badge = el('span', BADGE_CLASS[row.badgeColor]);
  badge.setAttribute('part', 'badge');
  badge.textContent = row.badge;
  const button = el('button', 'button color-primary size-sm variant-outline');
  button.type = 'button';
  button.setAttribute('part', 'button');
  button.setAttribute('data-ck-action', '');
  const label = el('span', 'label');
  label.textContent = 'Select';
  button.append(label);
  button.addEventListener('click', () => onSelect(row.key));
  item.append(title, caption, badge, button);
  return item;
}

/** A host with an open shadow root sharing `sheets` (the very sheets <ck-widget> adopts). */
export function plainHost(sheets: CSSStyleSheet[]): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  return { host, root };
}

export function renderPlainList(container: HTMLElement, sheets: CSSStyleSheet[], rows: RowData[], onSelect: (key: string) => void): PlainList {
  const { host, root } = plainHost(sheets);
  const list = el('div', 'list');
  list.setAttribute('part', 'widget list');
  const items = el('div', 'list-items');
  items.setAttribute('role', 'list');
  const rendered = rows.map((row) => plainRow(row, onSelect));
  items.append(...rendered);
  list.append(items);
  root.append(list);
  container.append(host);
  return { host, rows: rendered };
}

/** The minimal update a hand-written app would do for a one-row edit: touch that row's text nodes. */
export function patchPlainRow(list: PlainList, index: number, row: RowData): void {
  const item = list.rows[index]!;
  (item.children[0] as HTMLElement).textContent = row.title;
  (item.children[1] as HTMLElement).textContent = row.caption;
  (item.children[2] as HTMLElement).textContent = row.badge;
}
