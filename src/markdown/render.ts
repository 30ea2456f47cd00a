/**
 * marked tokens -> Lit templates. Every string from the source reaches the DOM as a text
 * binding or an attribute value; URLs only through the URL policy; raw HTML as literal text.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Token, Tokens } from 'marked';
import { safeImageUrl, safeLinkUrl } from '../style/url-policy.js';
import { decodeCharacterReferences } from './entities.js';
import { MAX_RENDER_DEPTH, MAX_RENDERED_ELEMENTS } from './limits.js';

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

/** Source text of the tokens from `start` on, shown literally once the element budget is spent. */
function rawText(tokens: readonly Token[], start: number): string {
  let raw = '';
  for (let i = start; i < tokens.length; i++) raw += tokens[i]?.raw ?? '';
  return raw;
}

/** Walks one token tree, counting the elements it creates against the budget. */
class TokenRenderer {
  private remaining = MAX_RENDERED_ELEMENTS;

  /** Takes one element from the budget; false once it is spent. */
  private spend(): boolean {
    this.remaining--;
    return this.remaining >= 0;
  }

  inlines(tokens: readonly Token[] | undefined, depth: number): Rendered {
    if (!tokens) return nothing;
    const out: Rendered[] = [];
    let text = '';
    for (let i = 0; i < tokens.length; i++) {
      if (this.remaining <= 0) {
        text += rawText(tokens, i);
        break;
      }
      const rendered = this.inline(tokens[i]!, depth);
      // Adjacent text becomes one text node: `*_*_…` would otherwise make one part per character.
      if (typeof rendered === 'string') {
        text += rendered;
      } else {
        if (text !== '') out.push(text);
        text = '';
        out.push(rendered);
      }
    }
    if (text !== '') out.push(text);
    return out;
  }

  private link(token: Tokens.Link, depth: number): Rendered {
    const href = safeLinkUrl(decodeCharacterReferences(token.href));
    const children = this.inlines(token.tokens, depth + 1);
    if (href === undefined) return html`<span class="refused-link">${children}</span>`;
    const title = token.title ? decodeCharacterReferences(token.title) : undefined;
    return html`<a href=${href} title=${title ?? nothing} target="_blank" rel="noopener noreferrer nofollow" part="link"
      >${children}</a
    >`;
  }

  private image(token: Tokens.Image): Rendered {
    const alt = plainText(token);
    const src = safeImageUrl(decodeCharacterReferences(token.href));
    // A refused image makes no request: the reader sees its alt text instead.
    if (src === undefined) return alt === '' ? '' : html`<span class="image-alt">${alt}</span>`;
    const title = token.title ? decodeCharacterReferences(token.title) : undefined;
    return html`<img src=${src} alt=${alt} title=${title ?? nothing} loading="lazy" referrerpolicy="no-referrer" />`;
  }

  private inline(token: Token, depth: number): Rendered {
    if (depth > MAX_RENDER_DEPTH) return plainText(token);
    switch (token.type) {
      case 'text':
        return token.tokens ? this.inlines(token.tokens, depth + 1) : decodeCharacterReferences(token.text);
      case 'escape':
        return token.text;
      case 'html':
        // Raw HTML is shown as the characters that were written, never parsed.
        return token.text;
      case 'checkbox':
        return '';
    }
    if (!this.spend()) return token.raw;
    switch (token.type) {
      case 'strong':
        return html`<strong>${this.inlines(token.tokens, depth + 1)}</strong>`;
      case 'em':
        return html`<em>${this.inlines(token.tokens, depth + 1)}</em>`;
      case 'del':
        return html`<del>${this.inlines(token.tokens, depth + 1)}</del>`;
      case 'codespan':
        return html`<code>${token.text}</code>`;
      case 'br':
        return html`<br />`;
      case 'link':
        return this.link(token as Tokens.Link, depth);
      case 'image':
        return this.image(token as Tokens.Image);
      default:
        return plainText(token);
    }
  }

  private heading(token: Tokens.Heading, depth: number): Rendered {
    const content = this.inlines(token.tokens, depth + 1);
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

  private listItem(item: Tokens.ListItem, depth: number): Rendered {
    const content = this.blocks(item.tokens, depth + 1);
    if (!item.task) return html`<li>${content}</li>`;
    return html`<li class="task"><input type="checkbox" disabled .checked=${item.checked === true} />${content}</li>`;
  }

  private list(token: Tokens.List, depth: number): Rendered {
    const items: Rendered[] = [];
    for (const item of token.items) {
      if (!this.spend()) {
        items.push(html`<li class="raw-html">${rawText(token.items, items.length)}</li>`);
        break;
      }
      items.push(this.listItem(item, depth + 1));
    }
    const kind = token.loose ? 'loose' : 'tight';
    if (!token.ordered) return html`<ul class=${kind}>${items}</ul>`;
    const start = typeof token.start === 'number' && token.start !== 1 ? token.start : undefined;
    return html`<ol class=${kind} start=${start ?? nothing}>${items}</ol>`;
  }

  private cell(cell: Tokens.TableCell, header: boolean, depth: number): Rendered {
    this.spend();
    const content = this.inlines(cell.tokens, depth + 1);
    const align = alignOf(cell.align);
    return header
      ? html`<th scope="col" data-align=${align}>${content}</th>`
      : html`<td data-align=${align}>${content}</td>`;
  }

  private table(token: Tokens.Table, depth: number): Rendered {
    const header = token.header.map((cell) => this.cell(cell, true, depth));
    const rows: Rendered[] = [];
    for (const row of token.rows) {
      if (this.remaining <= 0) break;
      rows.push(html`<tr>${row.map((cell) => this.cell(cell, false, depth))}</tr>`);
    }
    const omitted = token.rows.length - rows.length;
    return html`<div class="table-scroll" part="table">
        <table>
          <thead>
            <tr>${header}</tr>
          </thead>
          <tbody>${rows}</tbody>
        </table>
      </div>
      ${omitted > 0 ? html`<p class="ck-markdown-omitted">${omitted.toLocaleString('en-US')} more rows not shown</p>` : nothing}`;
  }

  private block(token: Token, depth: number): Rendered {
    if (depth > MAX_RENDER_DEPTH) return html`<p>${plainText(token)}</p>`;
    switch (token.type) {
      case 'space':
      case 'def':
        return nothing;
      case 'text':
        // Tight list items hold inline text directly.
        return token.tokens ? this.inlines(token.tokens, depth + 1) : decodeCharacterReferences(token.text);
    }
    if (!this.spend()) return html`<p class="raw-html">${token.raw}</p>`;
    switch (token.type) {
      case 'paragraph':
        return html`<p>${this.inlines(token.tokens, depth + 1)}</p>`;
      case 'heading':
        return this.heading(token as Tokens.Heading, depth);
      case 'code':
        return renderCode(token as Tokens.Code);
      case 'blockquote':
        return html`<blockquote>${this.blocks(token.tokens, depth + 1)}</blockquote>`;
      case 'list':
        return this.list(token as Tokens.List, depth);
      case 'table':
        return this.table(token as Tokens.Table, depth);
      case 'hr':
        return html`<hr />`;
      case 'html':
        return html`<p class="raw-html">${token.text}</p>`;
      default:
        return html`<p>${this.inline(token, depth)}</p>`;
    }
  }

  blocks(tokens: readonly Token[] | undefined, depth: number): Rendered {
    if (!tokens) return nothing;
    const out: Rendered[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (this.remaining <= 0) {
        const rest = rawText(tokens, i).trim();
        if (rest !== '') out.push(html`<p class="raw-html">${rest}</p>`);
        break;
      }
      out.push(this.block(tokens[i]!, depth));
    }
    return out;
  }
}

function alignOf(align: string | null | undefined): string | typeof nothing {
  return align && ALIGNMENTS.has(align) ? align : nothing;
}

function renderCode(token: Tokens.Code): Rendered {
  const lang = token.lang ? decodeCharacterReferences(token.lang).slice(0, MAX_LANG_LENGTH) : '';
  return html`<pre part="code-block"><code data-lang=${lang || nothing}>${token.text}</code></pre>`;
}

/** Renders a parsed token list as the inner content of a Markdown container. */
export function renderTokens(tokens: readonly Token[]): Rendered {
  return new TokenRenderer().blocks(tokens, 0);
}
