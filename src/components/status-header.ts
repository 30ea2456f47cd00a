import { html, nothing, css } from 'lit';
import { renderIcon } from '../icons/index.js';
import { safeImageUrl } from '../style/url-policy.js';
import { typeStep } from '../style/tokens.js';

/** The status line above a Card or ListView: `{text, icon}` or `{text, favicon, frame}`. */
export function renderStatus(status: unknown): unknown {
  if (status === null || typeof status !== 'object') return nothing;
  const { text, icon, favicon, frame } = status as { text?: unknown; icon?: unknown; favicon?: unknown; frame?: unknown };
  if (typeof text !== 'string') return nothing;
  const faviconUrl = favicon === undefined ? undefined : safeImageUrl(favicon);
  return html`<div class="status" part="status">
    ${faviconUrl
      ? html`<img class=${frame ? 'favicon framed' : 'favicon'} src=${faviconUrl} alt="" width="16" height="16" />`
      : icon !== undefined
        ? renderIcon(icon, { size: '16px' })
        : nothing}
    <span>${text}</span>
  </div>`;
}

/** The raised surface of the two list-like roots, Card (`.card`) and ListView (`.list`). */
export const surfaceStyles = css`
  .card,
  .list {
    display: flex;
    flex-direction: column;
    max-width: 100%;
    overflow: hidden;
    background: var(--ck-color-surface);
    border: 1px solid var(--ck-color-border-subtle);
    border-radius: var(--ck-radius-card);
    box-shadow: var(--ck-shadow-card);
  }
`;

export const statusStyles = css`
  .status {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 0 4px 8px;
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.sm};
    line-height: 20px;
  }
  .favicon {
    width: 16px;
    height: 16px;
    border-radius: 4px;
    object-fit: cover;
  }
  .favicon.framed {
    padding: 2px;
    width: 20px;
    height: 20px;
    background: var(--ck-color-surface);
    border: 1px solid var(--ck-color-border-subtle);
  }
`;
