/**
 * Helpers for the <ck-thread> tests: mount a thread on recorded transcripts, read its shadow DOM,
 * wait for what the user would see, and serve hand-built answers where no recording exists.
 */
import '../../src/index.js';
import './dom-safe-failures.js';
import type { CkThread } from '../../src/elements/ck-thread.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';

export const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);


export const $ = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) =>
  ((root instanceof Element && root.shadowRoot ? root.shadowRoot : root) as ParentNode).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) => [
  ...((root instanceof Element && root.shadowRoot ? root.shadowRoot : root) as ParentNode).querySelectorAll<T>(selector),
];
export const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Polls until `check` holds (the thread renders once per animation frame). */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

export async function readJson<T = any>(name: string): Promise<T> {
  return (await fetch(new URL(name, FIXTURES)).then((r) => r.json())) as T;
}

/** Mounts a <ck-thread> speaking to `fetchImpl`, optionally loading `threadId`. */
export async function mountThread(fetchImpl: typeof fetch, threadId?: string, setup?: (el: CkThread) => void): Promise<CkThread> {
  const el = document.createElement('ck-thread');
  el.api = { url: '/chatkit', fetch: fetchImpl };
  if (threadId) el.threadId = threadId;
  setup?.(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The rendered node of one item, by id. */
export const itemNode = (el: CkThread, id: string) => $(el, `[data-item-id="${id}"]`);
export const widgetOf = (el: CkThread, id: string) => $<CkWidget>(el, `[data-item-id="${id}"] ck-widget`);

/** A spinner left running anywhere in the thread or its widgets. */
export function spinners(el: CkThread): Element[] {
  const found = $$(el, '.ck-spinner, [aria-busy="true"], progress');
  for (const widget of $$<CkWidget>(el, 'ck-widget')) found.push(...$$(widget, '.ck-spinner, [aria-busy="true"]'));
  return found;
}

/** A fetch that answers every request with `answer(body)`, recording bodies and abort signals. */
export function scriptedFetch(answer: (body: { type: string; params: Record<string, unknown> }) => Response | Promise<Response>) {
  const requests: Array<{ type: string; params: Record<string, unknown> }> = [];
  const signals: AbortSignal[] = [];
  const fake = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { type: string; params: Record<string, unknown> };
    requests.push(body);
    if (init?.signal) signals.push(init.signal);
    return answer(body);
  };
  return { fetch: fake as typeof fetch, requests, signals };
}

export const jsonResponse = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

/** An SSE body fed frame by frame, one macrotask apart, so the page can render between frames. */
export function sseResponse(events: unknown[], options: { perChunk?: number; hold?: Promise<void>; holdAfter?: number; signal?: AbortSignal } = {}): Response {
  const encoder = new TextEncoder();
  const perChunk = options.perChunk ?? 1;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      options.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      for (let i = 0; i < events.length; i += perChunk) {
        if (options.hold && options.holdAfter !== undefined && i >= options.holdAfter) await options.hold;
        if (options.signal?.aborted) return;
        const frames = events.slice(i, i + perChunk).map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
        controller.enqueue(encoder.encode(frames));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      // Held past the last event: the response stays open, as a slow server's would.
      if (options.hold && options.holdAfter !== undefined && options.holdAfter >= events.length) await options.hold;
      if (options.signal?.aborted) return;
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

/** The events of a recorded stream transcript, parsed. */
export async function transcriptEvents(name: string): Promise<any[]> {
  const body = await fetch(new URL(`${name}.response`, FIXTURES)).then((r) => r.text());
  return body
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => JSON.parse(frame.slice('data: '.length)));
}
