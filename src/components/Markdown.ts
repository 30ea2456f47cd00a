import { html, css } from 'lit';
import { addCatalogStyles, lazyModule, type ComponentDescriptor } from '../catalog.js';
import type { Markdown as MarkdownNode } from '../schema/index.js';

// The Markdown parser is a lazy chunk: widgets without Markdown never load it.
const markdown = lazyModule(async () => {
  const module = await import('../markdown/index.js');
  addCatalogStyles('Markdown', module.markdownStyles);
  return module;
});

export const Markdown: ComponentDescriptor<MarkdownNode> = {
  render(node, ctx) {
    const module = ctx.lazy(markdown);
    if (!module) return html`<div class="markdown-pending">${node.value}</div>`;
    return html`<div class="markdown" part="markdown">${module.renderMarkdown(node.value, { streaming: node.streaming === true })}</div>`;
  },
  styles: css`
    .markdown,
    .markdown-pending {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .markdown-pending {
      white-space: pre-wrap;
    }
  `,
};
