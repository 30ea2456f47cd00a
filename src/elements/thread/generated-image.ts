import { html, nothing, type TemplateResult } from 'lit';
import type { GeneratedImageItem } from '../../protocol/types.js';
import { safeImageUrl } from '../../style/url-policy.js';
import type { ItemViewContext } from './view-context.js';

/** An image the assistant generated; only URLs the page's image policy allows are loaded. */
export function renderGeneratedImage(item: GeneratedImageItem, ctx: ItemViewContext): TemplateResult {
  const raw = item.image?.url;
  const url = safeImageUrl(raw);
  const making = ctx.unfinished && ctx.streaming;
  let picture: unknown;
  if (url) picture = html`<img src=${url} alt="Generated image" part="image" />`;
  else if (raw) picture = html`<div class="image-note" part="image-blocked">Image not shown: its address is not allowed by this page's image policy.</div>`;
  else picture = html`<div class="image-note">${making ? 'Generating image…' : 'No image.'}</div>`;
  const progress = ctx.imageProgress;
  return html`<figure class="generated-image" part="generated-image">
    ${picture}
    ${making
      ? html`<progress max="1" value=${progress ?? nothing} aria-label="Generating image"></progress>`
      : nothing}
  </figure>`;
}
