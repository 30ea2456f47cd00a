import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment, UserMessageItem } from '../../protocol/types.js';
import { renderIcon } from '../../icons/index.js';
import type { ItemViewContext } from './view-context.js';

function renderAttachment(attachment: Attachment): TemplateResult {
  return html`<li class="attachment" part="attachment">
    ${renderIcon(attachment.type === 'image' ? 'images' : 'document')}<span>${String(attachment.name ?? '')}</span>
  </li>`;
}

/** What the user sent: text, @mention chips (input_tag) and the names of attached files. */
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
