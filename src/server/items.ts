/**
 * Thread items as the server stores them: every wire item, plus hidden context items that are
 * kept for the model but never streamed, listed or returned (chatkit-python's HiddenContextItem
 * and SDKHiddenContextItem).
 */
import type { JsonObject, KnownThreadItem, ThreadMetadata } from '../protocol/types.js';

export interface HiddenContextItem extends JsonObject {
  id: string;
  thread_id: string;
  created_at: string;
  type: 'hidden_context_item' | 'sdk_hidden_context';
  content: unknown;
}

/** What a store holds for a thread: visible items and hidden context, in thread order. */
export type StoredThreadItem = KnownThreadItem | HiddenContextItem;

export function isHiddenItem(item: { type: string }): item is HiddenContextItem {
  return item.type === 'hidden_context_item' || item.type === 'sdk_hidden_context';
}

/**
 * Thread metadata as stored. `metadata` is for the integration (owner, tags) and is never sent:
 * responses always carry `metadata: {}`, as the Python server does.
 */
export type StoredThread = ThreadMetadata;
