/** Thread state as a pure function of the server's stream: the reducer and widget updates. */
export {
  applyStreamEvent,
  applyThreadMetadata,
  applyUpdatedItem,
  beginStream,
  emptyThreadState,
  endStream,
  mergeItemsPage,
  retryTargetId,
  threadStateFromLatestItems,
  threadStateFromThread,
} from './reducer.js';
export type { PendingRule, StreamOutcome, ThreadState } from './reducer.js';
export { applyWidgetUpdate } from './widget-updates.js';
