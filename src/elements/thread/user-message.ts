import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment, UserMessageItem } from '../../protocol/types.js';
import { renderIcon } from '../../icons/index.js';
import { safeImageUrl } from '../../style/url-policy.js';
import type { ItemViewContext } from './view-context.js';

function renderAttachment(attachment: Attachment): TemplateResult {
  const name = String(attachment.name ?? '');
  // Only what the page's image policy allows is loaded; anything else keeps the icon.
  const preview = attachment.type === 'image' ? safeImageUrl(attachment.preview_url) : undefined;
  return preview
    ? html`<li class="attachment with-preview" part="attachment">
        <img class="attachment-preview" part="attachment-preview" src=${preview} alt=${name} loading="lazy" decoding="async" /><span aria-hidden="true">${name}</span>
      </li>`
    : html`<li class="attachment" part="attachment">
        ${renderIcon(attachment.type === 'image' ? 'images' : 'document')}<span>${name}</span>
      </li>`;
}

/** What the user sent: text, @mention chips (input_tag) and attached files (images with their preview). */
export function renderUserMessage(item: UserMessageItem, ctx?: ItemViewContext): TemplateResult {
  const attachments = Array.isArray(item.attachments) ? item.attachments : [];
  const content = Array.isArray(item.content) ? item.content : [];
  return html`<article class="message user" part="user-message" aria-label="You">
    ${typeof item.quoted_text === 'string' && item.quoted_text !== ''
      ? html`<blockquote class="quote" part="quote">${item.quoted_text}</blockquote>`
      : nothing}
    <!-- No whitespace inside the bubble: it is white-space: pre-wrap, so template indentation would show. -->
    <div class="bubble" part="user-bubble">${content.map((part) =>
      part.type === 'input_tag'
        ? ctx?.renderTag
          ? ctx.renderTag(part, item)
          : html`<span class="tag" part="tag">@${String(part.text ?? '')}</span>`
        : html`<span class="text">${String(part.text ?? '')}</span>`,
    )}</div>
    ${attachments.length
      ? html`<ul class="attachments" aria-label="Attachments">${attachments.map(renderAttachment)}</ul>`
      : nothing}
  </article>`;
}
