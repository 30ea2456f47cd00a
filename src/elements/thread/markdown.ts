import type { CSSResultGroup } from 'lit';
import { lazyModule } from '../../catalog.js';

/** What the thread uses of the Markdown module (src/markdown): one sanitizing renderer and its styles. */
export interface MarkdownModule {
  renderMarkdown(source: string, options: { streaming: boolean }): unknown;
  markdownStyles: CSSResultGroup;
}

// The same chunk the Markdown widget component loads: a thread without assistant text never loads it.
export const markdownModule = lazyModule(async () => (await import('../../markdown/index.js')) as MarkdownModule);
