import { html, type TemplateResult } from 'lit';
import type { ClientToolCallItem } from '../../protocol/types.js';
import { renderIcon } from '../../icons/index.js';
import type { ItemViewContext } from './view-context.js';

/**
 * A tool the server asked the page to run. The spinner shows only while the page's handler runs;
 * a call nobody handles says so instead of spinning forever.
 */
export function renderClientToolCall(item: ClientToolCallItem, ctx: ItemViewContext): TemplateResult {
  const name = String(item.name ?? 'tool');
  let status: TemplateResult;
  if (item.status === 'completed') {
    status = html`${renderIcon('check-circle')}<span>Ran <code>${name}</code></span>`;
  } else if (ctx.tool?.status === 'running') {
    status = html`<span class="ck-spinner" aria-hidden="true"></span><span>Running <code>${name}</code>…</span>`;
  } else if (ctx.tool?.status === 'failed') {
    status = html`${renderIcon('circle-question')}<span><code>${name}</code> failed: ${ctx.tool.message}</span>`;
  } else {
    status = html`${renderIcon('empty-circle')}<span>Waiting for <code>${name}</code></span>`;
  }
  return html`<div class="tool-call" part="tool-call" data-status=${ctx.tool?.status ?? item.status}>${status}</div>`;
}
