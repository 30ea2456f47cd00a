import { html, css, nothing } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { ListView as ListViewNode } from '../schema/index.js';
import { renderStatus, statusStyles, surfaceStyles } from './status-header.js';
import { typeStep } from '../style/tokens.js';

/** `limit: 'auto'` shows this many items before "Show more". */
export const AUTO_LIST_LIMIT = 5;

export const ListView: ComponentDescriptor<ListViewNode> = {
  render(node, ctx) {
    const items = Array.isArray(node.children) ? node.children : [];
    const limit = node.limit === 'auto' ? AUTO_LIST_LIMIT : typeof node.limit === 'number' && node.limit >= 0 ? Math.floor(node.limit) : Infinity;
    const [expanded, setExpanded] = ctx.state('expanded', false);
    const shown = expanded || items.length <= limit ? items : items.slice(0, limit);
    const hidden = items.length - shown.length;
    const style = node.theme === 'light' || node.theme === 'dark' ? `color-scheme: ${node.theme}` : nothing;
    return html`${renderStatus(node.status)}
      <div class="list" part="widget list" style=${style}>
        <div role="list" class="list-items">${ctx.children(shown)}</div>
        ${hidden > 0
          ? html`<button type="button" class="list-more" part="show-more" aria-expanded="false" @click=${() => setExpanded(true)}>
              Show ${hidden} more
            </button>`
          : nothing}
      </div>`;
  },
  styles: [
    statusStyles,
    surfaceStyles,
    css`
      .list {
        padding: calc(var(--ck-space-unit) * 2);
      }
      .list-items {
        display: flex;
        flex-direction: column;
      }
      .list-more {
        all: unset;
        cursor: pointer;
        margin: 4px 8px 4px;
        padding: 8px;
        border-radius: var(--ck-radius-md);
        color: var(--ck-color-text-secondary);
        font-size: ${typeStep.sm};
        text-align: center;
      }
      .list-more:hover {
        background: var(--ck-color-hover);
        color: var(--ck-color-text);
      }
      .list-more:focus-visible {
        outline: 2px solid var(--ck-color-focus-ring);
      }
    `,
  ],
};
