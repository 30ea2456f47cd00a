/**
 * Where threads, items and attachments live. Every method takes the request context so a store can
 * scope data per user or tenant. Missing records are `undefined`, not exceptions: the server turns
 * them into a 404 the user can read.
 */
import type { Attachment, Page, ThreadMetadata } from '../protocol/types.js';
import type { StoreItemType } from './ids.js';
import type { StoredThreadItem } from './items.js';

export type ListOrder = 'asc' | 'desc';

export interface PageRequest {
  /** An item or thread id from a previous page's `after`; an id the store does not know gives an empty page. */
  after?: string | undefined;
  limit: number;
  order: ListOrder;
}

export interface Store<Context = unknown> {
  generateThreadId(context: Context): string;
  generateItemId(type: StoreItemType, thread: ThreadMetadata, context: Context): string;

  loadThread(threadId: string, context: Context): Promise<ThreadMetadata | undefined>;
  saveThread(thread: ThreadMetadata, context: Context): Promise<void>;
  loadThreads(page: PageRequest, context: Context): Promise<Page<ThreadMetadata>>;
  deleteThread(threadId: string, context: Context): Promise<void>;

  /** A page of the thread's items, hidden context included (the server filters it). */
  loadThreadItems(threadId: string, page: PageRequest, context: Context): Promise<Page<StoredThreadItem>>;
  /** Appends; an item whose id already exists is replaced in place. */
  addThreadItem(threadId: string, item: StoredThreadItem, context: Context): Promise<void>;
  /** Replaces in place (keeps the position); appends when the id is new. */
  saveItem(threadId: string, item: StoredThreadItem, context: Context): Promise<void>;
  loadItem(threadId: string, itemId: string, context: Context): Promise<StoredThreadItem | undefined>;
  deleteThreadItem(threadId: string, itemId: string, context: Context): Promise<void>;

  saveAttachment(attachment: Attachment, context: Context): Promise<void>;
  loadAttachment(attachmentId: string, context: Context): Promise<Attachment | undefined>;
  deleteAttachment(attachmentId: string, context: Context): Promise<void>;
}

/**
 * Cursor paging over an ordered list, with chatkit-python's in-memory semantics: `after` names the
 * last record of the previous page; an unknown `after` gives an empty page; `after` in the answer is
 * the last record returned (absent on an empty page).
 */
export function pageOf<T extends { id: string }>(all: readonly T[], request: PageRequest): Page<T> {
  const ordered = request.order === 'desc' ? [...all].reverse() : all;
  let start = 0;
  if (request.after !== undefined) {
    const index = ordered.findIndex((record) => record.id === request.after);
    if (index === -1) return { data: [], has_more: false };
    start = index + 1;
  }
  const data = ordered.slice(start, start + request.limit);
  const page: Page<T> = { data, has_more: start + request.limit < ordered.length };
  const last = data[data.length - 1];
  if (last) page.after = last.id;
  return page;
}
