/**
 * Markdown for widgets and assistant messages: GitHub-flavoured, parsed by marked's lexer and
 * rendered as Lit templates (never an HTML string). Loaded lazily; no side effects on import.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { parseMarkdown } from './parse.js';
import { renderTokens } from './render.js';

export { markdownStyles } from './styles.js';
export { MAX_MARKDOWN_LENGTH } from './limits.js';

export interface RenderMarkdownOptions {
  /** The text is still arriving: complete its unfinished tail and show a caret at the end. */
  streaming?: boolean;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Renders Markdown `source` as a `.ck-markdown` element; problems render as visible notes. */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): TemplateResult {
  const text = typeof source === 'string' ? source : String(source ?? '');
  const parsed = parseMarkdown(text, { streaming: options.streaming === true });
  if (parsed.kind === 'too-long') {
    return html`<div class="ck-markdown-error" data-ck-error="markdown-too-long" part="error" role="note">
      Markdown too long: ${formatCount(parsed.length)} characters (limit ${formatCount(parsed.limit)})
    </div>`;
  }
  if (parsed.kind === 'failed') {
    return html`<div class="ck-markdown">
      <div class="ck-markdown-error" data-ck-error="markdown-failed" part="error" role="note">
        Markdown could not be formatted (${parsed.message}); showing it as plain text.
      </div>
      <p class="ck-markdown-fallback">${text}</p>
    </div>`;
  }
  return html`<div class="ck-markdown" part="markdown" ?data-streaming=${options.streaming === true}>
    ${renderTokens(parsed.tokens)}
  </div>`;
}
