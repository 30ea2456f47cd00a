import { html, nothing, type TemplateResult } from 'lit';
import type { AssistantMessageItem, Source } from '../../protocol/types.js';
import { safeLinkUrl } from '../../style/url-policy.js';
import type { ItemViewContext } from './view-context.js';

/** Sources cited by the message's annotations, once each (a source cited twice is listed once). */
export function sourcesOf(item: AssistantMessageItem): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const part of item.content) {
    for (const annotation of Array.isArray(part.annotations) ? part.annotations : []) {
      const source = annotation?.source;
      if (!source || typeof source !== 'object') continue;
      const key = JSON.stringify([source.type, source['url'] ?? source['filename'] ?? source['id'] ?? '', source['title'] ?? '']);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(source);
    }
  }
  return out;
}

function renderSource(source: Source): TemplateResult {
  const title = typeof source['title'] === 'string' && source['title'] !== '' ? source['title'] : undefined;
  const href = source.type === 'url' ? safeLinkUrl(source['url']) : undefined;
  const label = title ?? (typeof source['url'] === 'string' ? source['url'] : typeof source['filename'] === 'string' ? source['filename'] : 'Source');
  return html`<li class="source" part="source">
    ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : html`<span>${label}</span>`}
  </li>`;
}

function renderPart(text: string, ctx: ItemViewContext): unknown {
  if (ctx.markdown) {
    try {
      return html`<div class="markdown" part="markdown">${ctx.markdown.renderMarkdown(text, { streaming: ctx.unfinished })}</div>`;
    } catch {
      // A renderer bug must not blank the thread: the reply is still readable as plain text.
    }
  }
  return html`<div class="plain">${text}</div>`;
}

/** The assistant's reply: Markdown text (plain text until the Markdown chunk arrives) and its sources. */
export function renderAssistantMessage(item: AssistantMessageItem, ctx: ItemViewContext): TemplateResult {
  const parts = (Array.isArray(item.content) ? item.content : []).filter((part) => typeof part?.text === 'string');
  const sources = sourcesOf(item);
  return html`<article class="message assistant" part="assistant-message" aria-label="Assistant" aria-busy=${ctx.unfinished ? 'true' : 'false'}>
    ${parts.map((part) => renderPart(part.text, ctx))}
    ${sources.length
      ? html`<ul class="sources" part="sources" aria-label="Sources">${sources.map(renderSource)}</ul>`
      : nothing}
  </article>`;
}
