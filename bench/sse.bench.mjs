// SSE parse (+ JSON.parse, + check + reduce) throughput: our SseParser vs eventsource-parser on the
// same synthetic ChatKit stream, in the same run; and reducing 2,000 text deltas into one message.
// Run: node --import tsx bench/sse.bench.mjs [--mb 20] [--runs 5] [--json]
// (without tsx it uses dist/, after `npx tsc -p tsconfig.build.json`; `npm run bench` sets
// CK_BENCH_BUILD to an esbuild bundle of src/). `--json` adds one `BENCH_JSON {...}` line for
// bench/run.mjs. Numbers swing with machine load: compare rows of one run, never figures across
// runs or machines.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createParser } from 'eventsource-parser';

async function load(path) {
  if (process.env.CK_BENCH_BUILD) return await import(new URL(`${path}.js`, `file://${process.env.CK_BENCH_BUILD}/`).href);
  try {
    return await import(`../src/${path}.ts`);
  } catch {
    return await import(`../dist/${path}.js`);
  }
}
const { SseParser } = await load('protocol/sse');
const { checkStreamEvent, checkThread } = await load('protocol/schemas');
const { applyStreamEvent, beginStream, endStream, threadStateFromThread } = await load('thread/reducer');

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const TARGET_MB = opt('--mb', 20);
const RUNS = opt('--runs', 5);
const CHUNK = 64 * 1024;

// ---- the stream: frames taken from the golden transcripts ----------------------------------------
const FIXTURES = new URL('../../shared/fixtures/chatkit-python/', import.meta.url);
const frameTexts = (name) =>
  readFileSync(new URL(`${name}.response`, FIXTURES), 'utf8')
    .split('\n\n')
    .filter((f) => f.startsWith('data: '))
    .map((f) => JSON.parse(f.slice(6)));
void readdirSync(FIXTURES);

const slow = frameTexts('007-create-slow');
const deltaTemplate = slow.find((e) => e.update?.type === 'assistant_message.content_part.text_delta');
const added = slow.find((e) => e.type === 'thread.item.added');
const done = slow.at(-1);
const list = frameTexts('008-create-widget-list').find((e) => e.item?.type === 'widget');
const streamed = frameTexts('015-create-widget-stream');
const widgetDelta = streamed.find((e) => e.update?.type === 'widget.streaming_text.value_delta');
const widgetAdded = streamed.find((e) => e.type === 'thread.item.added');

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const words = ['the', 'metro', 'line', 'résumé', '東京', 'station', '🚇', 'north', 'transfer', 'سلام', 'platform', 'ok'];

function turn(n, out) {
  const id = `msg_${n}`;
  out.push({ ...added, item: { ...added.item, id } });
  const deltas = 150 + Math.floor(random() * 200);
  let text = '';
  for (let i = 0; i < deltas; i++) {
    const delta = `${words[Math.floor(random() * words.length)]} `;
    text += delta;
    out.push({ ...deltaTemplate, item_id: id, update: { ...deltaTemplate.update, delta } });
  }
  out.push({ ...done, item: { ...done.item, id, content: [{ annotations: [], text, type: 'output_text' }] } });
  if (n % 8 === 0) {
    // A 35–70 KB ListView (the recorded one, its rows repeated), then 20 widget value deltas.
    const rows = list.item.widget.children;
    const repeat = Math.ceil((35_000 + random() * 35_000) / JSON.stringify(rows).length);
    const children = Array.from({ length: repeat }, (_, r) => rows.map((row) => ({ ...row, key: `${row.key ?? 'row'}-${r}` }))).flat();
    const wid = `wid_${n}`;
    out.push({ ...list, item: { ...list.item, id: wid, widget: { ...list.item.widget, children } } });
    out.push({ ...widgetAdded, item: { ...widgetAdded.item, id: `ws_${n}` } });
    for (let i = 0; i < 20; i++) out.push({ ...widgetDelta, item_id: `ws_${n}` });
  }
}

const events = [];
let bytesSoFar = 0;
for (let n = 1; bytesSoFar < TARGET_MB * 1e6; n++) {
  const start = events.length;
  turn(n, events);
  for (let i = start; i < events.length; i++) bytesSoFar += JSON.stringify(events[i]).length + 8;
}
const streamText = events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('');
const streamBytes = new TextEncoder().encode(streamText);
const chunks = [];
for (let i = 0; i < streamBytes.length; i += CHUNK) chunks.push(streamBytes.subarray(i, i + CHUNK));
const MB = streamBytes.length / 1e6;

// ---- the variants ----------------------------------------------------------------------------
const base = checkThread(JSON.parse(readFileSync(new URL('004-create-stream-read.response', FIXTURES), 'utf8'))).value;
const baseState = threadStateFromThread(base);
const request = { type: 'threads.add_user_message', params: { thread_id: base.id } };

const variants = {
  'ours, parse only': () => {
    let n = 0;
    const p = new SseParser(() => n++);
    for (const c of chunks) p.feed(c);
    p.end();
    return n;
  },
  'eventsource-parser + TextDecoder, parse only': () => {
    let n = 0;
    const d = new TextDecoder();
    const p = createParser({ onEvent: () => n++ });
    for (const c of chunks) p.feed(d.decode(c, { stream: true }));
    p.feed(d.decode());
    return n;
  },
  'ours + JSON.parse': () => {
    let n = 0;
    const p = new SseParser((m) => {
      JSON.parse(m.data);
      n++;
    });
    for (const c of chunks) p.feed(c);
    p.end();
    return n;
  },
  'eventsource-parser + TextDecoder + JSON.parse': () => {
    let n = 0;
    const d = new TextDecoder();
    const p = createParser({
      onEvent: (m) => {
        JSON.parse(m.data);
        n++;
      },
    });
    for (const c of chunks) p.feed(d.decode(c, { stream: true }));
    p.feed(d.decode());
    return n;
  },
  'ours + JSON.parse + check': () => {
    let n = 0;
    const p = new SseParser((m) => {
      if (checkStreamEvent(JSON.parse(m.data)).kind !== 'event') throw new Error(`bench stream has a bad event: ${m.data.slice(0, 80)}`);
      n++;
    });
    for (const c of chunks) p.feed(c);
    p.end();
    return n;
  },
  'ours + JSON.parse + check + reduce (the client pipeline)': () => {
    let n = 0;
    // Each turn is one response into a thread of the read-back items: a new stream per turn.
    let state = beginStream(baseState, request);
    const p = new SseParser((m) => {
      const checked = checkStreamEvent(JSON.parse(m.data));
      if (checked.kind !== 'event') throw new Error(`bench stream has a bad event: ${m.data.slice(0, 80)}`);
      if (checked.event.type === 'thread.item.added' && checked.event.item.type === 'assistant_message') {
        state = beginStream(endStream(state, 'completed'), request);
        state = { ...state, items: baseState.items };
      }
      state = applyStreamEvent(state, checked.event);
      n++;
    });
    for (const c of chunks) p.feed(c);
    p.end();
    return n;
  },
};

const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
let count = 0;
for (let run = 0; run < RUNS + 1; run++) {
  for (const [name, fn] of Object.entries(variants)) {
    const t0 = performance.now();
    const n = fn();
    const ms = performance.now() - t0;
    if (run > 0) times[name].push(ms); // run 0 warms up the JIT
    if (count && n !== count) throw new Error(`${name} saw ${n} events, others ${count}`);
    count = n;
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`SSE stream: ${MB.toFixed(1)} MB, ${count} events (${Math.round(streamBytes.length / count)} B/event), ${CHUNK / 1024} KiB chunks, median of ${RUNS} interleaved runs, Node ${process.versions.node}`);
const rows = Object.entries(times).map(([name, ms]) => [name, median(ms)]);
const esp = rows.find(([name]) => name === 'eventsource-parser + TextDecoder + JSON.parse')[1];
for (const [name, ms] of rows) {
  console.log(`${name.padEnd(58)} ${(MB / (ms / 1000)).toFixed(0).padStart(5)} MB/s  ${((count / ms) * 1000 / 1e6).toFixed(2)} M events/s  ${(esp / ms).toFixed(2)}× esp+JSON`);
}

// ---- 2,000 text deltas into one message (the reducer's share of a long streamed reply) ------------
const REPLY_DELTAS = 2000;
const replyId = 'msg_reply';
let state = beginStream(baseState, request);
state = applyStreamEvent(state, { ...added, item: { ...added.item, id: replyId } });
state = applyStreamEvent(state, { type: 'thread.item.updated', item_id: replyId, update: { type: 'assistant_message.content_part.added', content_index: 0, content: { annotations: [], text: '', type: 'output_text' } } });
const deltaEvents = Array.from({ length: REPLY_DELTAS }, (_, i) => ({ ...deltaTemplate, item_id: replyId, update: { ...deltaTemplate.update, delta: `${words[i % words.length]} ` } }));
const reduceTimes = [];
const single = [];
for (let run = 0; run < RUNS; run++) {
  let s = state;
  const t0 = performance.now();
  for (const e of deltaEvents) {
    const t = performance.now();
    s = applyStreamEvent(s, e);
    single.push(performance.now() - t);
  }
  reduceTimes.push(performance.now() - t0);
}
const ms = median(reduceTimes);
single.sort((a, b) => a - b);
const p99 = single[Math.floor(single.length * 0.99)];
// The max is mostly GC and the scheduler on a busy machine; p99 is the reducer's own tail.
console.log(`reduce ${REPLY_DELTAS} text deltas into one message (thread of ${baseState.items.length + 1} items): ${ms.toFixed(1)} ms total, ${((ms / REPLY_DELTAS) * 1000).toFixed(1)} µs/delta, p99 ${(p99 * 1000).toFixed(0)} µs, max ${single.at(-1).toFixed(1)} ms`);

if (args.includes('--json')) {
  console.log(`BENCH_JSON ${JSON.stringify({
    mb: MB,
    events: count,
    runs: RUNS,
    variants: Object.fromEntries(rows.map(([name, ms]) => [name, { ms, mbPerS: MB / (ms / 1000) }])),
    reduceDeltas: { deltas: REPLY_DELTAS, ms, usPerDelta: (ms / REPLY_DELTAS) * 1000, p99Us: p99 * 1000 },
  })}`);
}
