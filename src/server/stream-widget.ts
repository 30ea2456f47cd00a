/**
 * streamWidget: a widget, or an async sequence of widget states, as stream events. One state is a
 * single `thread.item.done`; a sequence is `thread.item.added` with the first state, the diffWidget
 * updates between consecutive states, and `thread.item.done` with the last (chatkit-python's
 * stream_widget, event for event).
 */
import type { ThreadItemAddedEvent, ThreadItemDoneEvent, ThreadItemUpdatedEvent, WidgetItem, WidgetRoot } from '../protocol/types.js';
import { widgetMessage, type ItemBase } from './events.js';
import { diffWidget, type DiffWidgetOptions } from './widget-diff.js';

export interface StreamWidgetOptions extends DiffWidgetOptions {
  copyText?: string;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<WidgetRoot> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

export async function* streamWidget(
  base: ItemBase,
  widget: WidgetRoot | AsyncIterable<WidgetRoot>,
  options: StreamWidgetOptions = {},
): AsyncGenerator<ThreadItemAddedEvent | ThreadItemUpdatedEvent | ThreadItemDoneEvent> {
  if (!isAsyncIterable(widget)) {
    yield widgetMessage(base, widget, options.copyText);
    return;
  }
  let last: WidgetRoot | undefined;
  for await (const state of widget) {
    if (last === undefined) {
      const item: WidgetItem = { ...base, type: 'widget', widget: state };
      if (options.copyText !== undefined) item.copy_text = options.copyText;
      yield { type: 'thread.item.added', item };
    } else {
      for (const update of diffWidget(last, state, options)) {
        yield { type: 'thread.item.updated', item_id: base.id, update };
      }
    }
    last = state;
  }
  if (last !== undefined) yield widgetMessage(base, last, options.copyText);
}
