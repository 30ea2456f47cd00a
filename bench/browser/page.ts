// The browser half of `npm run bench`: every scenario as a function on `window.ckBench`, driven by
// bench/run.mjs through Playwright. Bundled by esbuild from src/ in production mode (no Lit dev mode).
import '../../src/index.js';
import { CkWidget } from '../../src/elements/ck-widget.js';
import { CkThread } from '../../src/elements/ck-thread.js';
import { setSchemaValidation } from '../../src/catalog.js';
import { deepCopy, editedRows, EDITED_ROW, listWidget, rowData, type RowData } from './widgets.js';
import { patchPlainRow, plainHost, renderPlainList } from './plain-dom.js';
import { renderLitList } from './lit-reference.js';
import {
  consumePlain, MESSAGE_ITEM, replyDeltas, replyEvents, sseBytes, sseResponse, THREAD_ID, threadJson, userItem, WIDGET_ITEM,
  widgetItem, widgetUpdateEvents, type WidgetStreamKind,
} from './streams.js';

export type RenderImpl = 'ck' | 'ck-novalidate' | 'lit' | 'plain';
export type ReplaceImpl = 'ck' | 'lit' | 'plain';
export type StreamKind = WidgetStreamKind | 'reply';
export type StreamImpl = 'ck' | 'plain';

const container = document.createElement('div');
container.style.cssText = 'width: 720px;';
document.body.append(container);
const noop = () => {};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves once the next frame has been rendered (style, layout, paint): a task after its rAF. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function forceLayout(element: HTMLElement): number {
  return element.offsetHeight;
}

/** Removes everything a previous scenario left and lets the page settle for a frame. */
async function clear(): Promise<void> {
  container.replaceChildren();
  await frame();
  (window as unknown as { gc?: () => void }).gc?.();
  await frame();
}

/** The style sheets <ck-widget> adopts, so the baselines style and lay out the very same CSS. */
let sheets: CSSStyleSheet[] = [];

async function setup(): Promise<string> {
  const el = document.createElement('ck-widget');
  el.widget = listWidget(rowData(3));
  container.append(el);
  await el.updateComplete;
  sheets = [...el.shadowRoot!.adoptedStyleSheets];
  await clear();
  return navigator.userAgent;
}

async function mountWidget(widget: Record<string, unknown>): Promise<CkWidget> {
  const el = document.createElement('ck-widget');
  el.widget = widget;
  container.append(el);
  await el.updateComplete;
  return el;
}

// ---- first render -------------------------------------------------------------------------------

/**
 * A scenario is prepared (untimed), then measured, then verified (untimed). bench/run.mjs reads
 * the renderer's main-thread CPU time (CDP Performance metrics) around the measure call only.
 */
export interface Armed {
  measure(): Promise<Record<string, number>>;
  verify?(): Record<string, number> | void;
}

/** Creates, renders and lays out a `rows`-row ListView: `ms` to a laid-out page, `domMs` before layout. */
async function firstRender(impl: RenderImpl, rows: number): Promise<Armed> {
  const data = rowData(rows);
  // A fresh object each run, as parsed from the wire: nothing cached by identity from a previous run.
  const widget = deepCopy(listWidget(data));
  let host: HTMLElement | undefined;
  return {
    async measure() {
      const t0 = performance.now();
      if (impl === 'ck' || impl === 'ck-novalidate') {
        setSchemaValidation(impl === 'ck');
        try {
          host = await mountWidget(widget);
        } finally {
          setSchemaValidation(true);
        }
      } else if (impl === 'lit') {
        host = renderLitList(container, sheets, data, noop).host;
      } else {
        host = renderPlainList(container, sheets, data, noop).host;
      }
      const t1 = performance.now();
      forceLayout(host);
      const ms = performance.now() - t0;
      // The CPU time measured around this call then always includes exactly one painted frame.
      await painted();
      return { ms, domMs: t1 - t0 };
    },
    verify() {
      check(host!.shadowRoot!.querySelectorAll('[part~="list-item"]').length === rows, `${impl} rendered every row`);
    },
  };
}

// ---- replace with one row changed ----------------------------------------------------------------

function rowElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('[part~="list-item"]')];
}

function countKept(before: Element[], after: Element[]): number {
  let kept = 0;
  for (let i = 0; i < after.length; i++) if (after[i] === before[i]) kept++;
  return kept;
}

/**
 * Renders `rows` rows, then applies a version with one row changed and measures that update:
 * <ck-widget> gets a whole new widget (a deep copy, as `thread.item.replaced` delivers it); the Lit
 * reference re-renders with one row object replaced; plain DOM patches that row's text.
 */
async function replace(impl: ReplaceImpl, rows: number): Promise<Armed> {
  const data = rowData(rows);
  const next = editedRows(data, 1);
  const at = EDITED_ROW(rows);
  const edited = next[at]!;
  let root: ShadowRoot;
  let apply: () => Promise<void> | void;
  if (impl === 'ck') {
    const el = await mountWidget(deepCopy(listWidget(data)));
    const widget = deepCopy(listWidget(next));
    root = el.shadowRoot!;
    apply = async () => {
      el.widget = widget;
      await el.updateComplete;
    };
  } else if (impl === 'lit') {
    const list = renderLitList(container, sheets, data, noop);
    root = list.root;
    apply = () => list.update(next);
  } else {
    const list = renderPlainList(container, sheets, data, noop);
    root = list.host.shadowRoot!;
    apply = () => patchPlainRow(list, at, edited);
  }
  forceLayout(container);
  await frame();
  // The first render's garbage is collected now, not during the measured update.
  (window as unknown as { gc?: () => void }).gc?.();
  await frame();
  const before = rowElements(root);
  return {
    async measure() {
      const t0 = performance.now();
      await apply();
      const script = performance.now() - t0;
      forceLayout(container);
      const ms = performance.now() - t0;
      await painted();
      return { ms, script };
    },
    verify() {
      const after = rowElements(root);
      check(after[at]!.textContent!.includes(edited.title), `${impl} shows the edited row`);
      return { kept: countKept(before, after), rows: after.length };
    },
  };
}

// ---- streaming -----------------------------------------------------------------------------------

/** Counts renders of every <ck-widget> and <ck-thread> per animation frame. */
class RenderCounter {
  frames = 0;
  renders = 0;
  maxPerFrame = 0;
  #perElement = new Map<Element, { frame: number; count: number }>();
  #running = true;
  #originals: Array<() => void> = [];

  constructor() {
    const tick = () => {
      if (!this.#running) return;
      this.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    for (const proto of [CkWidget.prototype, CkThread.prototype] as unknown as Array<{ update(changed: unknown): void }>) {
      const original = proto.update;
      const counter = this;
      proto.update = function (this: Element, changed: unknown) {
        counter.#count(this);
        original.call(this, changed);
      };
      this.#originals.push(() => (proto.update = original));
    }
  }

  #count(element: Element): void {
    this.renders++;
    const seen = this.#perElement.get(element);
    if (seen && seen.frame === this.frames) seen.count++;
    else this.#perElement.set(element, { frame: this.frames, count: 1 });
    this.maxPerFrame = Math.max(this.maxPerFrame, this.#perElement.get(element)!.count);
  }

  stop(): void {
    this.#running = false;
    for (const restore of this.#originals) restore();
  }
}

async function observeLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; longTasks: number[] }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const result = await work();
  // Long-task entries are delivered after the task ends.
  await frame();
  await frame();
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  return { result, longTasks };
}

const STREAM_ROWS = 1000;
const STREAM_EVENTS = 2000;
const CHUNK_BYTES = 4096;
const STREAM_ROW_KEY = `row-${EDITED_ROW(STREAM_ROWS)}`;

function fakeServer(initialItems: unknown[], stream: Uint8Array): typeof fetch {
  return (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { type: string };
    if (body.type === 'threads.get_by_id') return new Response(JSON.stringify(threadJson(initialItems)), { headers: { 'content-type': 'application/json' } });
    return sseResponse(stream, CHUNK_BYTES);
  }) as typeof fetch;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  check(condition(), what);
}

/**
 * 2,000 `widget.component.updated` (one Badge) or `widget.streaming_text.value_delta` (one Text)
 * into a 1,000-row widget in <ck-thread>, or 2,000 assistant text deltas into one message, streamed
 * over SSE in 4 KiB chunks; against a plain-DOM consumer of the same bytes.
 */
async function stream(kind: StreamKind, impl: StreamImpl): Promise<Armed> {
  const data = rowData(STREAM_ROWS);
  const events = kind === 'reply' ? replyEvents(STREAM_EVENTS, 'msg_bench_user') : widgetUpdateEvents(kind, STREAM_EVENTS, STREAM_ROW_KEY);
  const bytes = sseBytes(events);
  const initial = kind === 'reply' ? [userItem('msg_bench_first', 'hello')] : [widgetItem(listWidget(data))];
  let run: () => Promise<void>;
  let verify: () => void;
  let counter: RenderCounter | undefined;
  if (impl === 'ck') {
    const thread = document.createElement('ck-thread');
    thread.api = { url: '/chatkit', fetch: fakeServer(initial, bytes) };
    thread.threadId = THREAD_ID;
    container.append(thread);
    await until(() => thread.state.items.length === initial.length, 'the thread loaded');
    await thread.updateComplete;
    const widget = thread.shadowRoot!.querySelector('ck-widget');
    await widget?.updateComplete;
    run = async () => {
      counter = new RenderCounter();
      const outcome = kind === 'reply' ? await thread.sendUserMessage('tell me about line 12') : await thread.sendCustomAction({ type: 'bench.stream' }, WIDGET_ITEM);
      check(outcome === 'completed', `the ${kind} stream completed`);
      await thread.updateComplete;
      await widget?.updateComplete;
      counter.stop();
    };
    verify = () => {
      const at = EDITED_ROW(STREAM_ROWS);
      if (kind === 'reply') {
        check(thread.shadowRoot!.querySelector(`[data-item-id="${MESSAGE_ITEM}"]`)!.textContent!.includes('exit 3.'), 'the reply is shown');
        return;
      }
      const row = widget!.shadowRoot!.querySelectorAll('[part~="list-item"]')[at]!;
      if (kind === 'component') check(row.textContent!.includes(`ETA ${STREAM_EVENTS - 1} min`), 'the last component update is shown');
      const expected = data[at]!.title + replyDeltas(STREAM_EVENTS).join('');
      if (kind === 'delta') check(row.querySelector('p')!.textContent!.replace(/\s+/g, '') === expected.replace(/\s+/g, ''), 'the streamed text is shown');
    };
  } else {
    let apply: (event: Record<string, unknown>) => void;
    let flush: () => void;
    if (kind === 'reply') {
      const { host, root } = plainHost(sheets);
      const p = document.createElement('p');
      root.append(p);
      container.append(host);
      let text = '';
      apply = (event) => {
        const update = event['update'] as { type?: string; delta?: string } | undefined;
        if (update?.type === 'assistant_message.content_part.text_delta') text += update.delta;
      };
      flush = () => (p.textContent = text);
    } else {
      const list = renderPlainList(container, sheets, data, noop);
      const row = list.rows[EDITED_ROW(STREAM_ROWS)]!;
      const title = row.children[0] as HTMLElement;
      const badge = row.children[2] as HTMLElement;
      let value = title.textContent ?? '';
      let label = badge.textContent ?? '';
      let color = 'success';
      apply = (event) => {
        const update = event['update'] as { type: string; delta?: string; component?: { label: string; color: string } };
        if (update.type === 'widget.streaming_text.value_delta') value += update.delta;
        else if (update.component) ({ label, color } = update.component);
      };
      flush = () => {
        title.textContent = value;
        badge.textContent = label;
        badge.className = `badge color-${color} variant-soft size-sm`;
      };
    }
    run = () => consumePlain(sseResponse(bytes, CHUNK_BYTES), apply, flush);
    verify = () => {};
  }
  forceLayout(container);
  await frame();
  return {
    async measure() {
      const t0 = performance.now();
      const { longTasks } = await observeLongTasks(async () => {
        await run();
        forceLayout(container);
      });
      return {
        ms: performance.now() - t0,
        events: events.length,
        bytes: bytes.length,
        longTasks: longTasks.filter((d) => d > 50).length,
        longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
        maxRendersPerFrame: counter?.maxPerFrame ?? 1,
        renders: counter?.renders ?? 0,
        frames: counter?.frames ?? 0,
      };
    },
    verify,
  };
}

// ---- heap -------------------------------------------------------------------------------------

/** Renders `copies` separate copies of the `rows`-row widget and leaves them on the page. */
async function renderCopies(impl: 'ck' | 'plain', copies: number, rows: number): Promise<number> {
  const data: RowData[] = rowData(rows);
  let nodes = 0;
  for (let i = 0; i < copies; i++) {
    if (impl === 'ck') {
      const el = await mountWidget(deepCopy(listWidget(data)));
      nodes += el.shadowRoot!.querySelectorAll('*').length;
    } else {
      const list = renderPlainList(container, sheets, data, noop);
      nodes += list.host.shadowRoot!.querySelectorAll('*').length;
    }
  }
  forceLayout(container);
  return nodes;
}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`bench check failed: ${what}`);
}

// ---- the driver's interface ----------------------------------------------------------------------

const scenarios = {
  firstRender,
  replace,
  stream,
  /** Measures nothing: what one measure call costs by itself, subtracted from the others. */
  noop: async (): Promise<Armed> => ({ measure: async () => ({ ms: 0 }) }),
};
export type ScenarioName = keyof typeof scenarios;

let armed: Armed | undefined;
let measured: Record<string, number> = {};

const bench = {
  setup,
  clear,
  renderCopies,
  /** Clears the page and sets a scenario up, untimed. */
  async prepare(name: ScenarioName, ...params: unknown[]): Promise<void> {
    await clear();
    armed = await (scenarios[name] as (...args: unknown[]) => Promise<Armed>)(...params);
  },
  /** Runs the prepared scenario's timed part. */
  async measure(): Promise<Record<string, number>> {
    measured = await armed!.measure();
    return measured;
  },
  /** Checks what the scenario rendered, untimed; returns the measurements and what the checks counted. */
  finish(): Record<string, number> {
    const extra = armed!.verify?.() ?? {};
    armed = undefined;
    return { ...measured, ...extra };
  },
};
export type CkBench = typeof bench;
(window as unknown as { ckBench: CkBench }).ckBench = bench;
