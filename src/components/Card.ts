import { html, css, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor, RenderContext } from '../catalog.js';
import type { Card as CardNode, CardAction } from '../schema/index.js';
import { cssColor } from '../style/css-values.js';
import { borderInto, spacingInto, type StyleRecord } from './box-style.js';
import { renderStatus, statusStyles, surfaceStyles } from './status-header.js';
import { typeStep } from '../style/tokens.js';

const SIZES = new Set(['sm', 'md', 'lg', 'full']);

function footerButton(kind: 'confirm' | 'cancel', cardAction: CardAction, ctx: RenderContext) {
  const onClick = (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const form = button.form;
    // Confirm checks required fields first, like a native submit; cancel never does.
    if (kind === 'confirm' && form && !form.reportValidity()) return;
    ctx.act({ action: cardAction.action, source: button });
  };
  return html`<button type="button" class=${`card-${kind} button size-md ${kind === 'confirm' ? 'color-primary variant-solid' : 'color-secondary variant-outline'}`}
    part=${`card-${kind}`} data-ck-action @click=${onClick}>${cardAction.label}</button>`;
}

function body(node: CardNode, ctx: RenderContext) {
  const style: StyleRecord = {};
  spacingInto(style, 'padding', node.padding);
  const footer = node.confirm || node.cancel
    ? html`<div class="card-footer" part="card-footer">
        ${node.cancel ? footerButton('cancel', node.cancel, ctx) : nothing}
        ${node.confirm ? footerButton('confirm', node.confirm, ctx) : nothing}
      </div>`
    : nothing;
  const content = html`<div class="card-body" style=${styleMap(style)}>${ctx.children(node.children)}</div>${footer}`;
  return node.asForm
    ? html`<form class="card-form" novalidate @submit=${(event: SubmitEvent) => submitCardForm(event, node, ctx)}>${content}</form>`
    : content;
}

/** Enter in a field of an `asForm` card confirms it, like a native form. */
function submitCardForm(event: SubmitEvent, node: CardNode, ctx: RenderContext): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  if (!node.confirm || !form.reportValidity()) return;
  ctx.act({ action: node.confirm.action, source: (event.submitter as HTMLElement | null) ?? form });
}

export const Card: ComponentDescriptor<CardNode> = {
  render(node, ctx) {
    const style: StyleRecord = { background: cssColor(node.background, 'background') };
    borderInto(style, node.border);
    if (node.theme === 'light' || node.theme === 'dark') style['color-scheme'] = node.theme;
    const size = node.size && SIZES.has(node.size) ? node.size : 'md';
    const [expanded, setExpanded] = ctx.state('expanded', false);
    const collapsed = node.collapsed === true && !expanded;
    return html`${renderStatus(node.status)}
      <div class=${`card size-${size}${collapsed ? ' collapsed' : ''}`} part="widget card" style=${styleMap(style)}>
        ${collapsed
          ? html`<button type="button" class="card-expand" aria-expanded="false" @click=${() => setExpanded(true)}>Show details</button>`
          : body(node, ctx)}
      </div>`;
  },
  styles: [
    statusStyles,
    surfaceStyles,
    css`
      .card {
        color: var(--ck-color-text);
        --ck-card-padding: calc(var(--ck-space-unit) * 4);
      }
      .card.size-sm { width: 360px; }
      .card.size-md { width: 440px; }
      .card.size-lg { width: 600px; }
      .card.size-full { width: 100%; }
      .card-form {
        display: contents;
      }
      .card-body {
        display: flex;
        flex-direction: column;
        gap: calc(var(--ck-space-unit) * 2);
        padding: var(--ck-card-padding);
        min-width: 0;
      }
      .card-footer {
        display: flex;
        justify-content: flex-end;
        gap: calc(var(--ck-space-unit) * 2);
        padding: 0 var(--ck-card-padding) var(--ck-card-padding);
      }
      .card-footer > .button {
        flex: 1;
      }
      .card-expand {
        all: unset;
        cursor: pointer;
        padding: 12px 16px;
        color: var(--ck-color-text-secondary);
        font-size: ${typeStep.sm};
      }
      .card-expand:focus-visible {
        outline: 2px solid var(--ck-color-focus-ring);
      }
    `,
  ],
};
