/**
 * Builders for what hooks yield: items with the wire's field shapes, and the small events
 * (progress, notices, client effects, errors). Each takes an `ItemBase` from
 * `server.itemBase(thread, context)` so ids and timestamps come from the store and clock.
 */
import type {
  AssistantMessageContent,
  AssistantMessageItem,
  ClientEffectEvent,
  ErrorEvent,
  JsonObject,
  NoticeEvent,
  ProgressUpdateEvent,
  ThreadItemAddedEvent,
  ThreadItemDoneEvent,
  ThreadItemUpdatedEvent,
  WidgetItem,
  WidgetRoot,
} from '../protocol/types.js';
import type { HiddenContextItem } from './items.js';

/** Identity of a new item: its id, thread and creation time. */
export interface ItemBase {
  id: string;
  thread_id: string;
  created_at: string;
}

/** A `thread.item.done` for hidden context: stored, never sent (the server swallows it). */
export interface HiddenContextDoneEvent {
  type: 'thread.item.done';
  item: HiddenContextItem;
}

export const outputText = (text: string, annotations: AssistantMessageContent['annotations'] = []): AssistantMessageContent => ({
  annotations,
  text,
  type: 'output_text',
});

export function assistantMessage(base: ItemBase, text: string | AssistantMessageContent[]): ThreadItemDoneEvent {
  const content = typeof text === 'string' ? [outputText(text)] : text;
  const item: AssistantMessageItem = { ...base, type: 'assistant_message', content };
  return { type: 'thread.item.done', item };
}

/**
 * Streams assistant text as the Python server does: item added (no content), content_part.added,
 * one text_delta per chunk, content_part.done, item done with the full text.
 */
export async function* streamAssistantText(
  base: ItemBase,
  chunks: Iterable<string> | AsyncIterable<string>,
): AsyncGenerator<ThreadItemAddedEvent | ThreadItemUpdatedEvent | ThreadItemDoneEvent> {
  yield { type: 'thread.item.added', item: { ...base, type: 'assistant_message', content: [] } };
  yield {
    type: 'thread.item.updated',
    item_id: base.id,
    update: { type: 'assistant_message.content_part.added', content_index: 0, content: outputText('') },
  };
  let text = '';
  for await (const delta of chunks) {
    text += delta;
    yield {
      type: 'thread.item.updated',
      item_id: base.id,
      update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta },
    };
  }
  yield {
    type: 'thread.item.updated',
    item_id: base.id,
    update: { type: 'assistant_message.content_part.done', content_index: 0, content: outputText(text) },
  };
  yield assistantMessage(base, text);
}

export function widgetMessage(base: ItemBase, widget: WidgetRoot, copyText?: string): ThreadItemDoneEvent {
  const item: WidgetItem = { ...base, type: 'widget', widget };
  if (copyText !== undefined) item.copy_text = copyText;
  return { type: 'thread.item.done', item };
}

export function hiddenContext(base: ItemBase, content: unknown): HiddenContextDoneEvent {
  return { type: 'thread.item.done', item: { ...base, type: 'hidden_context_item', content } };
}

export const clientEffect = (name: string, data: JsonObject = {}): ClientEffectEvent => ({ type: 'client_effect', name, data });

export function progressUpdate(text: string, icon?: string): ProgressUpdateEvent {
  return icon === undefined ? { type: 'progress_update', text } : { type: 'progress_update', icon, text };
}

export function notice(level: NoticeEvent['level'], message: string, title?: string): NoticeEvent {
  return title === undefined ? { type: 'notice', level, message } : { type: 'notice', level, message, title };
}

/** An error the user reads as is; yielding it does not end the stream (throw CustomStreamError for that). */
export const errorEvent = (message: string, allowRetry = false): ErrorEvent => ({
  type: 'error',
  code: 'custom',
  message,
  allow_retry: allowRetry,
});
