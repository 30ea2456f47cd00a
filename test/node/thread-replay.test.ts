// Replays every golden transcript from the reference Python server through the real client and
// reducer, against a fetch that serves the recorded bytes, and checks that the thread state rebuilt
// from the streams equals what the server returns when the thread is read back.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { ChatKitClient, ChatKitProtocolError } from '../../src/protocol/client.js';
import type { ChatKitRequest, JsonRequestType, StreamingRequestType } from '../../src/protocol/requests.js';
import { isStreamingRequest } from '../../src/protocol/requests.js';
import type { Page, Thread, ThreadItem } from '../../src/protocol/types.js';
import {
  applyStreamEvent,
  applyThreadMetadata,
  applyUpdatedItem,
  beginStream,
  emptyThreadState,
  endStream,
} from '../../src/thread/reducer.js';
import type { ThreadState } from '../../src/thread/reducer.js';

const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);

interface Transcript {
  name: string;
  requestText: string;
  response: Uint8Array;
  meta: {
    request_type: string | null;
    status: number;
    content_type: string;
    streaming: boolean;
    complete: boolean;
    http_chunks?: number[];
    event_types?: string[];
  };
}

function loadTranscripts(): Transcript[] {
  const names = readdirSync(FIXTURES)
    .filter((f) => /^\d{3}-.*\.meta\.json$/.test(f))
    .map((f) => f.replace(/\.meta\.json$/, ''))
    .sort();
  return names.map((name) => ({
    name,
    requestText: readFileSync(new URL(`${name}.request.json`, FIXTURES), 'latin1'),
    response: new Uint8Array(readFileSync(new URL(`${name}.response`, FIXTURES))),
    meta: JSON.parse(readFileSync(new URL(`${name}.meta.json`, FIXTURES), 'utf8')),
  }));
}

// Small seeded PRNG (mulberry32): random split points that are the same on every run.
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Chunking = { kind: 'recorded' } | { kind: 'random'; seed: number };

function chunksOf(t: Transcript, chunking: Chunking): Uint8Array[] {
  const bytes = t.response;
  const cuts: number[] = [];
  if (chunking.kind === 'recorded') {
    let at = 0;
    for (const size of t.meta.http_chunks ?? [bytes.length]) cuts.push((at += size));
  } else {
    const random = seededRandom(chunking.seed + bytes.length);
    let at = 0;
    while (at < bytes.length) cuts.push((at = Math.min(bytes.length, at + 1 + Math.floor(random() * 97))));
  }
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const end of cuts) {
    if (end > start) chunks.push(bytes.slice(start, end));
    start = end;
  }
  return chunks;
}

/** A fetch that answers with the transcript's recorded status, content type and bytes. */
function recordedFetch(t: Transcript, chunking: Chunking, sent: string[]): typeof fetch {
  return async (_input, init) => {
    sent.push(String(init?.body));
    const chunks = chunksOf(t, chunking);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        // A connection closed without the final chunk: what fetch reports as "terminated".
        else if (!t.meta.complete) controller.error(new TypeError('terminated'));
        else controller.close();
      },
    });
    return new Response(body, { status: t.meta.status, headers: { 'content-type': t.meta.content_type } });
  };
}

function threadIdOf(req: ChatKitRequest): string | undefined {
  const params = req.params as { thread_id?: unknown };
  return typeof params.thread_id === 'string' ? params.thread_id : undefined;
}

interface ReplayResult {
  comparisons: { name: string; threadId: string; expected: ThreadItem[]; actual: readonly ThreadItem[] }[];
  threadChecks: { name: string; expected: unknown; actual: unknown }[];
  failures: { name: string; kind: string }[];
  requestMismatches: string[];
  logs: string[];
}

async function replayAll(chunking: Chunking): Promise<ReplayResult> {
  const states = new Map<string, ThreadState>();
  const result: ReplayResult = { comparisons: [], threadChecks: [], failures: [], requestMismatches: [], logs: [] };
  for (const t of loadTranscripts()) {
    let req: ChatKitRequest;
    try {
      req = JSON.parse(t.requestText) as ChatKitRequest;
    } catch {
      continue; // deliberately malformed bodies: covered by the end-state tests
    }
    if (typeof req?.type !== 'string' || typeof req.params !== 'object' || req.params === null) continue;
    const sent: string[] = [];
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/chatkit',
      fetch: recordedFetch(t, chunking, sent),
      onLog: (entry) => result.logs.push(`${t.name}: ${entry.message}`),
    });
    const check = (): void => {
      // The client sends {type, params, metadata?}; 128 adds a stray top-level field on purpose.
      const { type, params, metadata } = JSON.parse(t.requestText) as Record<string, unknown>;
      const expected = metadata === undefined ? { type, params } : { type, params, metadata };
      const actual = JSON.parse(sent[0] ?? 'null') as Record<string, unknown>;
      try {
        assert.deepEqual(actual, expected);
      } catch {
        result.requestMismatches.push(t.name);
      }
    };

    if (isStreamingRequest(req)) {
      const streamReq = req as ChatKitRequest<StreamingRequestType>;
      let threadId = threadIdOf(req);
      let state = beginStream((threadId && states.get(threadId)) || emptyThreadState, streamReq);
      let outcome: 'completed' | 'failed' = 'completed';
      try {
        for await (const event of client.stream(streamReq)) {
          state = applyStreamEvent(state, event);
          if (event.type === 'thread.created') threadId = event.thread.id;
        }
      } catch (error) {
        assert.ok(error instanceof ChatKitProtocolError, `${t.name}: ${String(error)}`);
        result.failures.push({ name: t.name, kind: error.kind });
        outcome = 'failed';
      }
      check();
      if (threadId) states.set(threadId, endStream(state, outcome));
      continue;
    }

    const jsonReq = req as ChatKitRequest<JsonRequestType>;
    let answer: unknown;
    try {
      answer = await client.request(jsonReq);
    } catch (error) {
      assert.ok(error instanceof ChatKitProtocolError, `${t.name}: ${String(error)}`);
      result.failures.push({ name: t.name, kind: error.kind });
      check();
      continue;
    }
    check();
    const threadId = threadIdOf(req);
    const state = threadId ? states.get(threadId) : undefined;
    switch (req.type) {
      case 'threads.get_by_id':
        if (state) {
          const thread = answer as Thread;
          result.comparisons.push({ name: t.name, threadId: threadId!, expected: thread.items.data, actual: state.items });
          const { items: _items, ...metadata } = thread;
          result.threadChecks.push({ name: t.name, expected: metadata, actual: state.thread });
        }
        break;
      case 'items.list': {
        const page = answer as Page<ThreadItem>;
        const params = req.params as { after?: string; order?: string };
        // A full page (no cursor, nothing more) must be the whole thread, in the asked order.
        if (state && !params.after && !page.has_more) {
          const actual = params.order === 'asc' ? state.items : [...state.items].reverse();
          result.comparisons.push({ name: t.name, threadId: threadId!, expected: page.data, actual });
        }
        break;
      }
      case 'threads.sync_custom_action': {
        const item = (answer as { updated_item?: ThreadItem | null }).updated_item;
        if (state && item) states.set(threadId!, applyUpdatedItem(state, item));
        break;
      }
      case 'threads.update':
        if (state) states.set(threadId!, applyThreadMetadata(state, answer as Thread));
        break;
      case 'threads.delete':
        if (threadId) states.delete(threadId);
        break;
      default:
        break;
    }
  }
  return result;
}

const CUT_OFF = loadTranscripts()
  .filter((t) => t.meta.streaming && !t.meta.complete)
  .map((t) => t.name);

for (const chunking of [{ kind: 'recorded' }, { kind: 'random', seed: 1 }, { kind: 'random', seed: 2 }, { kind: 'random', seed: 3 }] as Chunking[]) {
  const label = chunking.kind === 'recorded' ? 'as the server chunked it' : `re-chunked at random (seed ${chunking.seed})`;
  describe(`replaying every transcript, ${label}`, async () => {
    const result = await replayAll(chunking);

    it('rebuilds from the streams exactly the items every later read returns', () => {
      // 18 threads.get_by_id reads after streams, plus the two full items.list pages.
      assert.ok(result.comparisons.length >= 20, `only ${result.comparisons.length} reads compared`);
      for (const c of result.comparisons) assert.deepStrictEqual(c.actual, c.expected, `${c.name} (${c.threadId})`);
    });

    it('keeps the thread title and status the reads return', () => {
      for (const c of result.threadChecks) assert.deepStrictEqual(c.actual, c.expected, c.name);
    });

    it('sends every request body exactly as recorded', () => {
      assert.deepEqual(result.requestMismatches, []);
    });

    it('reports each cut-off stream as dropped and each 500 as an http error, nothing else', () => {
      const dropped = result.failures.filter((f) => f.kind === 'dropped').map((f) => f.name);
      assert.deepEqual(dropped, CUT_OFF);
      const other = result.failures.filter((f) => f.kind !== 'dropped' && f.kind !== 'http');
      assert.deepEqual(other, []);
    });

    it('logs nothing: the reference server sends only known events and items', () => {
      assert.deepEqual(result.logs, []);
    });
  });
}
