import { html, css } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { ListViewItem as ListViewItemNode } from '../schema/index.js';
import { cssSpacing } from '../style/css-values.js';
import { ALIGN, inlineStyle } from './box-style.js';

const ACTIVATION_KEYS = new Set(['Enter', ' ']);

export const ListViewItem: ComponentDescriptor<ListViewItemNode> = {
  render(node, ctx) {
    const style = {
      gap: cssSpacing(node.gap),
      'align-items': typeof node.align === 'string' && Object.hasOwn(ALIGN, node.align) ? ALIGN[node.align] : undefined,
    };
    const content = ctx.children(node.children);
    const action = node.onClickAction;
    if (!action) return html`<div role="listitem" class="item" part="list-item" style=${inlineStyle(style)}>${content}</div>`;
    const run = (event: Event) => {
      // A control inside the row handles its own click.
      const inner = (event.target as Element).closest('button, a, input, select, textarea, label, [role="button"]');
      if (inner && inner !== event.currentTarget) return;
      ctx.act({ action, source: event.currentTarget as Element });
    };
    return html`<div role="listitem" class="item-wrap">
      <div class="item clickable" part="list-item" role="button" tabindex="0" data-ck-action style=${inlineStyle(style)}
        @click=${run}
        @keydown=${(event: KeyboardEvent) => {
          if (ACTIVATION_KEYS.has(event.key) && event.target === event.currentTarget) {
            event.preventDefault();
            run(event);
          }
        }}>${content}</div>
    </div>`;
  },
  styles: css`
    .item {
      display: flex;
      align-items: center;
      gap: calc(var(--ck-space-unit) * 3);
      padding: calc(var(--ck-space-unit) * 2.5) calc(var(--ck-space-unit) * 3);
      border-radius: var(--ck-radius-lg);
      min-width: 0;
    }
    .item.clickable {
      cursor: pointer;
      transition: background var(--ck-transition);
    }
    .item.clickable:hover {
      background: var(--ck-color-hover);
    }
    .item.clickable[aria-busy='true'] {
      opacity: 0.6;
      cursor: progress;
    }
    .item.clickable:focus-visible {
      outline-offset: -2px;
    }
  `,
};
