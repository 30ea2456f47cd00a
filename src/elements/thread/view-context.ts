import type { InputTagContent, UserMessageItem } from '../../protocol/types.js';
import type { ThemeOption } from '../../style/theme.js';
import type { MarkdownModule } from './markdown.js';

/** Draws an @mention chip of a sent message (`<ck-chat>` makes them clickable, with previews). */
export type TagRenderer = (tag: InputTagContent, item: UserMessageItem) => unknown;

/** The page's `onClientTool` handler at work on one call (a call it never saw has no run). */
export type ToolRun = { status: 'running' } | { status: 'failed'; message: string };

/** Everything an item view needs besides the item; each value is a dependency of the item's render. */
export interface ItemViewContext {
  /** Added by the running response and not done yet (streams in). */
  unfinished: boolean;
  /** A response is running in this thread. */
  streaming: boolean;
  /** The Markdown renderer once its chunk arrived; plain text until then (or if it never does). */
  markdown: MarkdownModule | undefined;
  tool: ToolRun | undefined;
  /** The user's choice for a collapsible item; undefined until they toggle it. */
  expanded: boolean | undefined;
  toggle(itemId: string, expanded: boolean): void;
  /** Generation progress (0–1) of an image still being made. */
  imageProgress: number | undefined;
  /** Passed on to inner `<ck-widget>`s: each sets its own color-scheme. */
  theme: string | undefined;
  /** Passed on to inner `<ck-widget>`s as `themeOptions`. */
  themeOptions: ThemeOption | undefined;
  /** The thread's `renderTag`, if any; the default is a plain chip. */
  renderTag: TagRenderer | undefined;
}
