/**
 * marked tokens -> Lit templates. Every string from the source reaches the DOM as a text
 * binding or an attribute value; URLs only through the URL policy; raw HTML as literal text.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Token, Tokens } from 'marked';
import { safeImageUrl, safeLinkUrl } from '../style/url-policy.js';
import { decodeCharacterReferences } from './entities.js';
import { MAX_RENDER_DEPTH } from './limits.js';

type Rendered = TemplateResult | string | typeof nothing | Rendered[];

const MAX_LANG_LENGTH = 64;
const ALIGNMENTS = new Set(['left', 'center', 'right']);

/** Plain text of a token subtree, gathered without recursion (for over-deep content). */
function plainText(root: Token): string {
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const token = stack.pop() as Partial<Tokens.Generic> | undefined;
    if (!token || typeof token !== 'object') continue;
    const children: unknown[] = Array.isArray(token.tokens)
      ? token.tokens
      : Array.isArray(token.items)
        ? token.items
        : [];
    if (children.length > 0) {
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      out.push(' ');
    } else if (typeof token.text === 'string') {
      out.push(token.type === 'codespan' || token.type === 'code' ? token.text : decodeCharacterReferences(token.text));
    }
  }
  return out.join('').replace(/ {2,}/g, ' ').trim();
}

function renderInlines(tokens: readonly Token[] | undefined, depth: number): Rendered {
  return tokens ? tokens.map((token) => renderInline(token, depth)) : nothing;
}

function renderLink(token: Tokens.Link, depth: number): Rendered {
  const href = safeLinkUrl(decodeCharacterReferences(token.href));
  const children = renderInlines(token.tokens, depth + 1);
  if (href === undefined) return html`<span class="refused-link">${children}</span>`;
  const title = token.title ? decodeCharacterReferences(token.title) : undefined;
  return html`<a href=${href} title=${title ?? nothing} target="_blank" rel="noopener noreferrer nofollow" part="link"
    >${children}</a
  >`;
}

function renderImage(token: Tokens.Image): Rendered {
  const alt = plainText(token);
  const src = safeImageUrl(decodeCharacterReferences(token.href));
  // A refused image makes no request: the reader sees its alt text instead.
  if (src === undefined) return alt === '' ? nothing : html`<span class="image-alt">${alt}</span>`;
  const title = token.title ? decodeCharacterReferences(token.title) : undefined;
  return html`<img src=${src} alt=${alt} title=${title ?? nothing} loading="lazy" referrerpolicy="no-referrer" />`;
}

function renderInline(token: Token, depth: number): Rendered {
  if (depth > MAX_RENDER_DEPTH) return plainText(token);
  switch (token.type) {
    case 'text':
      return token.tokens ? renderInlines(token.tokens, depth + 1) : decodeCharacterReferences(token.text);
    case 'escape':
      return token.text;
    case 'strong':
      return html`<strong>${renderInlines(token.tokens, depth + 1)}</strong>`;
    case 'em':
      return html`<em>${renderInlines(token.tokens, depth + 1)}</em>`;
    case 'del':
      return html`<del>${renderInlines(token.tokens, depth + 1)}</del>`;
    case 'codespan':
      return html`<code>${token.text}</code>`;
    case 'br':
      return html`<br />`;
    case 'link':
      return renderLink(token as Tokens.Link, depth);
    case 'image':
      return renderImage(token as Tokens.Image);
    case 'html':
      // Raw HTML is shown as the characters that were written, never parsed.
      return token.text;
    case 'checkbox':
      return nothing;
    default:
      return plainText(token);
  }
}

function renderHeading(token: Tokens.Heading, depth: number): Rendered {
  const content = renderInlines(token.tokens, depth + 1);
  switch (token.depth) {
    case 1:
      return html`<h1>${content}</h1>`;
    case 2:
      return html`<h2>${content}</h2>`;
    case 3:
      return html`<h3>${content}</h3>`;
    case 4:
      return html`<h4>${content}</h4>`;
    case 5:
      return html`<h5>${content}</h5>`;
    default:
      return html`<h6>${content}</h6>`;
  }
}

function renderListItem(item: Tokens.ListItem, depth: number): Rendered {
  const content = renderBlocks(item.tokens, depth + 1);
  if (!item.task) return html`<li>${content}</li>`;
  return html`<li class="task"><input type="checkbox" disabled .checked=${item.checked === true} />${content}</li>`;
}

function renderList(token: Tokens.List, depth: number): Rendered {
  const items = token.items.map((item) => renderListItem(item, depth + 1));
  if (!token.ordered) return html`<ul class=${token.loose ? 'loose' : 'tight'}>${items}</ul>`;
  const start = typeof token.start === 'number' && token.start !== 1 ? token.start : undefined;
  return html`<ol class=${token.loose ? 'loose' : 'tight'} start=${start ?? nothing}>${items}</ol>`;
}

function alignOf(align: string | null | undefined): string | typeof nothing {
  return align && ALIGNMENTS.has(align) ? align : nothing;
}

function renderTable(token: Tokens.Table, depth: number): Rendered {
  const header = token.header.map(
    (cell) => html`<th scope="col" data-align=${alignOf(cell.align)}>${renderInlines(cell.tokens, depth + 1)}</th>`,
  );
  const rows = token.rows.map(
    (row) =>
      html`<tr>
        ${row.map((cell) => html`<td data-align=${alignOf(cell.align)}>${renderInlines(cell.tokens, depth + 1)}</td>`)}
      </tr>`,
  );
  return html`<div class="table-scroll" part="table">
    <table>
      <thead>
        <tr>${header}</tr>
      </thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}

function renderCode(token: Tokens.Code): Rendered {
  const lang = token.lang ? decodeCharacterReferences(token.lang).slice(0, MAX_LANG_LENGTH) : '';
  return html`<pre part="code-block"><code data-lang=${lang || nothing}>${token.text}</code></pre>`;
}

function renderBlock(token: Token, depth: number): Rendered {
  if (depth > MAX_RENDER_DEPTH) return html`<p>${plainText(token)}</p>`;
  switch (token.type) {
    case 'paragraph':
      return html`<p>${renderInlines(token.tokens, depth + 1)}</p>`;
    case 'heading':
      return renderHeading(token as Tokens.Heading, depth);
    case 'code':
      return renderCode(token as Tokens.Code);
    case 'blockquote':
      return html`<blockquote>${renderBlocks(token.tokens, depth + 1)}</blockquote>`;
    case 'list':
      return renderList(token as Tokens.List, depth);
    case 'table':
      return renderTable(token as Tokens.Table, depth);
    case 'hr':
      return html`<hr />`;
    case 'html':
      return html`<p class="raw-html">${token.text}</p>`;
    case 'text':
      // Tight list items hold inline text directly.
      return token.tokens ? renderInlines(token.tokens, depth + 1) : decodeCharacterReferences(token.text);
    case 'space':
    case 'def':
      return nothing;
    default:
      return renderInline(token, depth);
  }
}

function renderBlocks(tokens: readonly Token[] | undefined, depth: number): Rendered {
  return tokens ? tokens.map((token) => renderBlock(token, depth)) : nothing;
}

/** Renders a parsed token list as the inner content of a Markdown container. */
export function renderTokens(tokens: readonly Token[]): Rendered {
  return renderBlocks(tokens, 0);
}
