// Streamed responses for the streaming scenarios: the SSE bytes a ChatKit server would send, fed to
// the page in network-sized chunks one task apart, and a hand-written plain-DOM consumer of them.
import type { WidgetJson } from './widgets.js';

export const THREAD_ID = 'thr_bench';
export const WIDGET_ITEM = 'wdg_bench';
export const MESSAGE_ITEM = 'msg_bench_reply';
const CREATED = '2026-01-01T12:00:00';

export function threadJson(items: unknown[]): unknown {
  return {
    id: THREAD_ID,
    created_at: CREATED,
    status: { type: 'active' },
    metadata: {},
    items: { data: items, has_more: false, after: null },
  };
}

export function widgetItem(widget: WidgetJson): unknown {
  return { id: WIDGET_ITEM, thread_id: THREAD_ID, created_at: CREATED, type: 'widget', widget, copy_text: null };
}

export function userItem(id: string, text: string): unknown {
  return { id, thread_id: THREAD_ID, created_at: CREATED, type: 'user_message', content: [{ type: 'input_text', text }], attachments: [], inference_options: {} };
}

const WORDS = ['The', 'metro', 'map', 'shows', 'line', '12', 'with', '**seven**', 'transfers;', 'résumé', '東京', 'station', 'is', 'north.', '\n\n', 'Next', 'train', 'in', '`4 min`', 'from', 'platform', 'B,', 'then', 'walk', 'to', 'exit', '3.'];

/** The deltas of a long reply: words with a little Markdown, paragraphs every ~27 words. */
export function replyDeltas(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const word = WORDS[i % WORDS.length]!;
    return word === '\n\n' ? word : `${word} `;
  });
}

export type WidgetStreamKind = 'component' | 'delta';

/** `widget.component.updated` of one Badge, or `widget.streaming_text.value_delta` into one Text, `count` times. */
export function widgetUpdateEvents(kind: WidgetStreamKind, count: number, rowKey: string): unknown[] {
  const deltas = replyDeltas(count);
  return Array.from({ length: count }, (_, i) => ({
    type: 'thread.item.updated',
    item_id: WIDGET_ITEM,
    update:
      kind === 'component'
        ? { type: 'widget.component.updated', component_id: `${rowKey}-badge`, component: { type: 'Badge', id: `${rowKey}-badge`, label: `ETA ${i} min`, color: i % 2 ? 'warning' : 'success' } }
        : { type: 'widget.streaming_text.value_delta', component_id: `${rowKey}-title`, delta: deltas[i], done: i === count - 1 },
  }));
}

/** A reply streamed into the thread after a user message: added, 2,000 deltas, done. */
export function replyEvents(count: number, userId: string): unknown[] {
  const deltas = replyDeltas(count);
  const text = deltas.join('');
  const message = (content: unknown[]) => ({ id: MESSAGE_ITEM, thread_id: THREAD_ID, created_at: CREATED, type: 'assistant_message', content });
  return [
    { type: 'thread.item.done', item: userItem(userId, 'tell me about line 12') },
    { type: 'thread.item.added', item: message([]) },
    { type: 'thread.item.updated', item_id: MESSAGE_ITEM, update: { type: 'assistant_message.content_part.added', content_index: 0, content: { annotations: [], text: '', type: 'output_text' } } },
    ...deltas.map((delta) => ({ type: 'thread.item.updated', item_id: MESSAGE_ITEM, update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta } })),
    { type: 'thread.item.updated', item_id: MESSAGE_ITEM, update: { type: 'assistant_message.content_part.done', content_index: 0, content: { annotations: [], text, type: 'output_text' } } },
    { type: 'thread.item.done', item: message([{ annotations: [], text, type: 'output_text' }]) },
  ];
}

export function sseBytes(events: unknown[]): Uint8Array {
  return new TextEncoder().encode(events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join(''));
}

const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** The next task (a message, not setTimeout: nested timeouts are clamped to 4 ms). */
export const nextTask = () => new Promise<void>((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(0);
});

/** An SSE response whose body arrives in `chunkSize`-byte chunks, one task apart, as from a network. */
export function sseResponse(bytes: Uint8Array, chunkSize: number): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      await nextTask();
      controller.enqueue(bytes.slice(at, at + chunkSize));
      at += chunkSize;
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

/**
 * The plain-DOM consumer: decode, split frames, JSON.parse, apply to the DOM at most once per
 * animation frame. `apply` gets each event; `flush` writes the DOM. Resolves after the last flush.
 */
export async function consumePlain(response: Response, apply: (event: Record<string, unknown>) => void, flush: () => void): Promise<void> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let scheduled = false;
  let lastFlush: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    lastFlush = new Promise((resolve) =>
      requestAnimationFrame(() => {
        scheduled = false;
        flush();
        resolve();
      }),
    );
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (frame.startsWith('data: ')) apply(JSON.parse(frame.slice(6)) as Record<string, unknown>);
    }
    schedule();
  }
  await lastFlush;
}
