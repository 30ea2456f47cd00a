/**
 * Thread state as a pure function of what the server sent: `(state, event) → state`.
 *
 * Immutable with structural sharing: an event that changes one item gives a new `items` array in
 * which every other item is the same object as before, so elements can skip re-rendering by
 * identity. Besides the stream events, three client-side rules the stream does not carry keep the
 * state equal to what a reload (`threads.get_by_id`) returns:
 * - `threads.retry_after_item`: the server deletes every later item without `thread.item.removed`;
 * - `threads.add_client_tool_output`: the server marks the pending call completed without an event;
 * - an item added but never done when the stream ended is not stored by the server.
 * The first two are applied once the server accepts the request (its first event, or a clean end
 * of an empty stream), never on a failed request.
 */
import type { ChatKitRequest, StreamingRequestType } from '../protocol/requests.js';
import type {
  AssistantMessageContent,
  AssistantMessageItem,
  ErrorEvent,
  NoticeEvent,
  Page,
  StreamOptionsEvent,
  Thread,
  ThreadItem,
  ThreadItemUpdate,
  ThreadMetadata,
  ThreadStreamEvent,
} from '../protocol/types.js';
import { applyWidgetUpdate } from './widget-updates.js';

/** A client-side rule waiting for the server to accept the request it belongs to. */
export type PendingRule =
  | { type: 'retry_after_item'; itemId: string }
  | { type: 'client_tool_output'; result: unknown };

export interface ThreadState {
  /** The thread's title, status and metadata (its items are in `items`). */
  thread: ThreadMetadata | null;
  /** Items oldest first. */
  items: readonly ThreadItem[];
  /** Ids of items added in the current stream and not done yet. */
  unfinishedItemIds: readonly string[];
  /**
   * `items.list` cursors (opaque: may name a hidden item). Older items: `{order: 'desc', after:
   * olderCursor}` while `hasOlder`. Newer items not loaded yet (a long thread read with
   * `threads.get_by_id` gives its oldest page): `{order: 'asc', after: newerCursor}` while `hasNewer`.
   */
  olderCursor: string | null;
  hasOlder: boolean;
  newerCursor: string | null;
  hasNewer: boolean;
  /** True between `beginStream` and `endStream`: one stream at a time per thread. */
  streaming: boolean;
  streamOptions: StreamOptionsEvent['stream_options'] | null;
  /** The latest progress text of the running response; cleared by the next item and at the end. */
  progress: { text: string; icon: string | null } | null;
  /** Notices of the current (or last) response. */
  notices: readonly NoticeEvent[];
  /** The error event of the current (or last) response; `allow_retry` offers `threads.retry_after_item`. */
  error: ErrorEvent | null;
  /** Generation progress (0–1) of generated images still being made, by item id. */
  imageProgress: Readonly<Record<string, number>>;
  pendingRule: PendingRule | null;
}

export const emptyThreadState: ThreadState = Object.freeze({
  thread: null,
  items: [],
  unfinishedItemIds: [],
  olderCursor: null,
  hasOlder: false,
  newerCursor: null,
  hasNewer: false,
  streaming: false,
  streamOptions: null,
  progress: null,
  notices: [],
  error: null,
  imageProgress: {},
  pendingRule: null,
});

function metadataOf(thread: Thread | ThreadMetadata): ThreadMetadata {
  // `thread.created` / `thread.updated` carry an empty items page, never the thread's items.
  const { items: _items, ...metadata } = thread as Thread;
  return metadata;
}

/**
 * State for a thread read with `threads.get_by_id`. The server sends its *oldest* page of items
 * (order asc); when `has_more`, newer items follow with `items.list {order: 'asc', after:
 * newerCursor}`, or show the newest first with `threadStateFromLatestItems`.
 */
export function threadStateFromThread(thread: Thread): ThreadState {
  const items = thread.items.data;
  const hasNewer = thread.items.has_more === true;
  return {
    ...emptyThreadState,
    thread: metadataOf(thread),
    items,
    newerCursor: hasNewer ? (thread.items.after ?? items.at(-1)?.id ?? null) : null,
    hasNewer,
  };
}

/**
 * State showing the newest items of a thread: `page` is `items.list {order: 'desc'}` (newest
 * first); older items then come with `mergeItemsPage(state, olderPage, 'desc')`.
 */
export function threadStateFromLatestItems(thread: Thread | ThreadMetadata, page: Page<ThreadItem>): ThreadState {
  const hasOlder = page.has_more === true;
  return {
    ...emptyThreadState,
    thread: metadataOf(thread),
    items: [...page.data].reverse(),
    olderCursor: hasOlder ? (page.after ?? page.data.at(-1)?.id ?? null) : null,
    hasOlder,
  };
}

/**
 * Merges an `items.list` page. Order desc (paging back from `olderCursor`): the page is older items,
 * newest first, and goes before the loaded ones. Order asc (paging on from `newerCursor`): appended.
 * Items already present are skipped, so a page that overlaps what a stream added duplicates nothing
 * and items already shown keep their identity.
 */
export function mergeItemsPage(state: ThreadState, page: Page<ThreadItem>, order: 'asc' | 'desc'): ThreadState {
  const known = new Set(state.items.map((item) => item.id));
  const fresh = page.data.filter((item) => !known.has(item.id));
  const more = page.has_more === true;
  if (order === 'desc') {
    return {
      ...state,
      items: fresh.length ? [...fresh.reverse(), ...state.items] : state.items,
      olderCursor: more ? (page.after ?? state.olderCursor) : null,
      hasOlder: more,
    };
  }
  return {
    ...state,
    items: fresh.length ? [...state.items, ...fresh] : state.items,
    newerCursor: more ? (page.after ?? state.newerCursor) : null,
    hasNewer: more,
  };
}

// ---- the stream lifecycle --------------------------------------------------------------------

function ruleFor(request: ChatKitRequest<StreamingRequestType>): PendingRule | null {
  if (request.type === 'threads.retry_after_item') {
    return { type: 'retry_after_item', itemId: (request as ChatKitRequest<'threads.retry_after_item'>).params.item_id };
  }
  if (request.type === 'threads.add_client_tool_output') {
    return { type: 'client_tool_output', result: (request as ChatKitRequest<'threads.add_client_tool_output'>).params.result };
  }
  return null;
}

/** Starts a response: clears the previous response's error, notices and progress. */
export function beginStream(state: ThreadState, request: ChatKitRequest<StreamingRequestType>): ThreadState {
  return {
    ...state,
    streaming: true,
    unfinishedItemIds: [],
    progress: null,
    notices: [],
    error: null,
    streamOptions: null,
    pendingRule: ruleFor(request),
  };
}

/**
 * How a stream ended: `completed` (the body ended cleanly, error events included), `cancelled`
 * (the user or the page aborted it), `failed` (dropped, non-2xx, bad content type, bad frame).
 */
export type StreamOutcome = 'completed' | 'cancelled' | 'failed';

function hasText(item: ThreadItem): boolean {
  return item.type === 'assistant_message' && item.content.some((part) => part.text.trim() !== '');
}

/**
 * Ends a response. Unfinished items go, as the server does not store them, except on `cancelled`:
 * the Python server's default `handle_stream_cancelled` keeps assistant messages that have text.
 * After `failed` the server's state is unknown; callers should reload the thread.
 */
export function endStream(state: ThreadState, outcome: StreamOutcome): ThreadState {
  let next = state;
  if (outcome === 'completed' && next.pendingRule) next = applyPendingRule(next);
  if (next.unfinishedItemIds.length) {
    const unfinished = new Set(next.unfinishedItemIds);
    const items = next.items.filter((item) => !unfinished.has(item.id) || (outcome === 'cancelled' && hasText(item)));
    next = { ...next, items: items.length === next.items.length ? next.items : items };
  }
  return { ...next, streaming: false, unfinishedItemIds: [], progress: null, pendingRule: null, imageProgress: {} };
}

function applyPendingRule(state: ThreadState): ThreadState {
  const rule = state.pendingRule;
  if (!rule) return state;
  const cleared = { ...state, pendingRule: null };
  if (rule.type === 'retry_after_item') {
    const index = state.items.findIndex((item) => item.id === rule.itemId);
    if (index === -1 || index === state.items.length - 1) return cleared;
    return { ...cleared, items: state.items.slice(0, index + 1) };
  }
  // The server completes the newest pending client tool call.
  for (let i = state.items.length - 1; i >= 0; i--) {
    const item = state.items[i]!;
    if (item.type === 'client_tool_call' && item.status === 'pending') {
      return { ...cleared, items: replaceAt(state.items, i, { ...item, status: 'completed', output: rule.result }) };
    }
  }
  return cleared;
}

// ---- items -----------------------------------------------------------------------------------

function indexOfItem(items: readonly ThreadItem[], id: string): number {
  // Streams touch the newest items: search from the end.
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.id === id) return i;
  return -1;
}

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  const copy = list.slice();
  copy[index] = value;
  return copy;
}

function setAt<T>(list: readonly T[] | undefined | null, index: number, value: T): T[] {
  const copy = list ? list.slice() : [];
  if (index >= copy.length) copy.push(value);
  else copy[index] = value;
  return copy;
}

function upsertItem(state: ThreadState, item: ThreadItem): ThreadState {
  const index = indexOfItem(state.items, item.id);
  return { ...state, items: index === -1 ? [...state.items, item] : replaceAt(state.items, index, item) };
}

/**
 * The item a retry names (`requests.retryAfterItem(threadId, id)`): the newest user message. The
 * server regenerates everything after it and deletes the rest without events.
 */
export function retryTargetId(state: ThreadState): string | null {
  for (let i = state.items.length - 1; i >= 0; i--) if (state.items[i]!.type === 'user_message') return state.items[i]!.id;
  return null;
}

/** Puts an item the server returned outside a stream (a sync action's `updated_item`) in place. */
export function applyUpdatedItem(state: ThreadState, item: ThreadItem): ThreadState {
  const index = indexOfItem(state.items, item.id);
  return index === -1 ? state : { ...state, items: replaceAt(state.items, index, item) };
}

/** Applies new thread metadata (e.g. the answer of `threads.update`). */
export function applyThreadMetadata(state: ThreadState, thread: Thread | ThreadMetadata): ThreadState {
  return { ...state, thread: metadataOf(thread) };
}

function updateContent(
  item: AssistantMessageItem,
  index: number,
  change: (part: AssistantMessageContent | undefined) => AssistantMessageContent,
): AssistantMessageItem {
  return { ...item, content: setAt(item.content, index, change(item.content[index])) };
}

function applyItemUpdate(item: ThreadItem, update: ThreadItemUpdate): ThreadItem {
  switch (update.type) {
    case 'assistant_message.content_part.added':
    case 'assistant_message.content_part.done':
      if (item.type !== 'assistant_message') return item;
      return updateContent(item, update.content_index, () => update.content);
    case 'assistant_message.content_part.text_delta':
      if (item.type !== 'assistant_message') return item;
      return updateContent(item, update.content_index, (part) =>
        part ? { ...part, text: part.text + update.delta } : { annotations: [], type: 'output_text', text: update.delta },
      );
    case 'assistant_message.content_part.annotation_added':
      if (item.type !== 'assistant_message') return item;
      return updateContent(item, update.content_index, (part) => ({
        type: 'output_text',
        text: '',
        ...part,
        annotations: setAt(part?.annotations, update.annotation_index, update.annotation),
      }));
    case 'widget.streaming_text.value_delta':
    case 'widget.root.updated':
    case 'widget.component.updated': {
      if (item.type !== 'widget') return item;
      const widget = applyWidgetUpdate(item.widget, update);
      return widget === item.widget ? item : { ...item, widget };
    }
    case 'workflow.task.added':
    case 'workflow.task.updated':
      if (item.type !== 'workflow') return item;
      return { ...item, workflow: { ...item.workflow, tasks: setAt(item.workflow.tasks, update.task_index, update.task) } };
    case 'generated_image.updated':
      if (item.type !== 'generated_image') return item;
      return { ...item, image: update.image };
    default:
      return item;
  }
}

/**
 * Applies one stream event. Events that change nothing the thread shows (`client_effect`) return
 * the same state object; updates for an item this state does not hold are ignored.
 */
export function applyStreamEvent(state: ThreadState, event: ThreadStreamEvent): ThreadState {
  // The first event proves the server accepted the request: apply its client-side rule now.
  const s = state.pendingRule ? applyPendingRule(state) : state;
  switch (event.type) {
    case 'thread.created':
    case 'thread.updated':
      return { ...s, thread: metadataOf(event.thread) };
    case 'thread.item.added': {
      const next = upsertItem(s, event.item);
      return { ...next, progress: null, unfinishedItemIds: [...s.unfinishedItemIds, event.item.id] };
    }
    case 'thread.item.done': {
      const next = upsertItem(s, event.item);
      const unfinished = s.unfinishedItemIds.includes(event.item.id)
        ? s.unfinishedItemIds.filter((id) => id !== event.item.id)
        : s.unfinishedItemIds;
      let imageProgress = s.imageProgress;
      if (event.item.id in imageProgress) {
        const { [event.item.id]: _done, ...rest } = imageProgress;
        imageProgress = rest;
      }
      return { ...next, progress: null, unfinishedItemIds: unfinished, imageProgress };
    }
    case 'thread.item.replaced': {
      const index = indexOfItem(s.items, event.item.id);
      return index === -1 ? s : { ...s, items: replaceAt(s.items, index, event.item) };
    }
    case 'thread.item.removed': {
      const index = indexOfItem(s.items, event.item_id);
      if (index === -1) return s;
      return {
        ...s,
        items: s.items.filter((_, i) => i !== index),
        unfinishedItemIds: s.unfinishedItemIds.filter((id) => id !== event.item_id),
      };
    }
    case 'thread.item.updated': {
      const index = indexOfItem(s.items, event.item_id);
      if (index === -1) return s;
      const item = s.items[index]!;
      const updated = applyItemUpdate(item, event.update);
      let next = updated === item ? s : { ...s, items: replaceAt(s.items, index, updated) };
      if (event.update.type === 'generated_image.updated' && typeof event.update.progress === 'number') {
        next = { ...next, imageProgress: { ...next.imageProgress, [event.item_id]: event.update.progress } };
      }
      return next;
    }
    case 'stream_options':
      return { ...s, streamOptions: event.stream_options };
    case 'progress_update':
      return { ...s, progress: { text: event.text, icon: event.icon ?? null } };
    case 'notice':
      return { ...s, notices: [...s.notices, event] };
    case 'error':
      return { ...s, error: event };
    case 'client_effect':
      // A side effect for the page (`ck-effect`), not thread state.
      return s;
    default:
      return s;
  }
}
