// The fetch client: what goes over the wire, and how every way a request can end is surfaced.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ChatKitClient, ChatKitProtocolError } from '../../src/protocol/client.js';
import type { ProtocolLogEntry } from '../../src/protocol/client.js';
import { requests, textInput } from '../../src/protocol/requests.js';
import type { ThreadStreamEvent } from '../../src/protocol/types.js';

const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);
const recorded = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`${name}.response`, FIXTURES)));
const meta = (name: string): { status: number; content_type: string; event_types?: string[] } =>
  JSON.parse(readFileSync(new URL(`${name}.meta.json`, FIXTURES), 'utf8'));

interface Served {
  status?: number;
  contentType?: string;
  chunks: Uint8Array[];
  /** What happens after the last chunk: a clean end, or the connection failing. */
  end?: 'close' | 'error';
}

interface Wire {
  url: string;
  init: RequestInit;
  cancelled: boolean;
  pulls: number;
}

/** A fetch answering with the given bytes, one chunk per read, recording what was sent. */
function fakeFetch(served: Served, wire: Wire[] = []): typeof fetch {
  return async (input, init = {}) => {
    const record: Wire = { url: String(input), init, cancelled: false, pulls: 0 };
    wire.push(record);
    if (init.signal?.aborted) throw init.signal.reason;
    const chunks = served.chunks.slice();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        record.pulls++;
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else if (served.end === 'error') controller.error(new TypeError('terminated'));
        else controller.close();
      },
      cancel() {
        record.cancelled = true;
      },
    });
    return new Response(body, {
      status: served.status ?? 200,
      headers: { 'content-type': served.contentType ?? 'text/event-stream; charset=utf-8' },
    });
  };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const createReq = requests.createThread(textInput('hello there'));

async function collect(iterable: AsyncIterable<ThreadStreamEvent>): Promise<ThreadStreamEvent[]> {
  const events: ThreadStreamEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

async function failure(promise: Promise<unknown>): Promise<ChatKitProtocolError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ChatKitProtocolError, `not a ChatKitProtocolError: ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}

describe('what goes over the wire', () => {
  it('POSTs {type, params, metadata} as JSON with the configured and per-call headers', async () => {
    const wire: Wire[] = [];
    const client = new ChatKitClient({
      url: 'http://127.0.0.1:8765/chatkit',
      fetch: fakeFetch({ chunks: [recorded('001-create-text')] }, wire),
      headers: async () => ({ authorization: 'Bearer t0k' }),
      metadata: { app: 'demo', tenant: 'a' },
    });
    await collect(client.stream({ ...createReq, metadata: { tenant: 'b' } }));
    const [sent] = wire;
    assert.equal(sent!.url, 'http://127.0.0.1:8765/chatkit');
    assert.equal(sent!.init.method, 'POST');
    const headers = new Headers(sent!.init.headers);
    assert.equal(headers.get('authorization'), 'Bearer t0k');
    assert.equal(headers.get('content-type'), 'application/json');
    assert.equal(headers.get('accept'), 'text/event-stream');
    assert.deepEqual(JSON.parse(String(sent!.init.body)), {
      type: 'threads.create',
      params: { input: { content: [{ type: 'input_text', text: 'hello there' }], attachments: [], inference_options: {} } },
      metadata: { app: 'demo', tenant: 'b' },
    });
  });

  it('calls a headers function before every request (fresh tokens)', async () => {
    let n = 0;
    const wire: Wire[] = [];
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/ck',
      fetch: fakeFetch({ contentType: 'application/json', chunks: [encode('{}')] }, wire),
      headers: () => ({ authorization: `Bearer ${++n}` }),
    });
    await client.request(requests.deleteThread('thr_1'));
    await client.request(requests.deleteThread('thr_2'));
    assert.deepEqual(
      wire.map((w) => new Headers(w.init.headers).get('authorization')),
      ['Bearer 1', 'Bearer 2'],
    );
  });

  it('never retries a POST on its own', async () => {
    const wire: Wire[] = [];
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ chunks: [encode('data: {"type":')], end: 'error' }, wire) });
    await failure(collect(client.stream(createReq)));
    assert.equal(wire.length, 1);
  });
});

describe('a stream that completes', () => {
  it('yields every event of a recorded stream, in order, then finishes', async () => {
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ chunks: [recorded('007-create-slow')] }) });
    const events = await collect(client.stream(createReq));
    const want = meta('007-create-slow').event_types!;
    assert.deepEqual(
      events.map((e) => (e.type === 'thread.item.updated' ? `${e.type}:${e.update.type}` : e.type)),
      want,
    );
  });

  it('an error event is an event, not a failure: the stream still ends cleanly', async () => {
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ chunks: [recorded('039-create-crash')] }) });
    const events = await collect(client.stream(createReq));
    assert.deepEqual(events.at(-1), { type: 'error', code: 'stream.error', allow_retry: true });
  });
});

describe('a stream that fails', () => {
  it('dropped: the connection closes mid-stream (transcript 092: one event, then cut)', async () => {
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/ck',
      fetch: fakeFetch({ chunks: [recorded('092-create-with-deleted-attachment')], end: 'error' }),
    });
    const events: ThreadStreamEvent[] = [];
    const error = await failure((async () => {
      for await (const event of client.stream(createReq)) events.push(event);
    })());
    assert.equal(error.kind, 'dropped');
    assert.equal(error.eventsReceived, 1);
    assert.deepEqual(events.map((e) => e.type), ['thread.created']);
  });

  it('dropped: headers, then zero bytes and a cut (transcript 121)', async () => {
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ chunks: [], end: 'error' }) });
    const error = await failure(collect(client.stream(createReq)));
    assert.equal(error.kind, 'dropped');
    assert.equal(error.eventsReceived, 0);
  });

  it('dropped: the body ends cleanly but inside a frame (a proxy cut it short)', async () => {
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/ck',
      fetch: fakeFetch({ chunks: [encode('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\ndata: {"type":"noti')] }),
    });
    const error = await failure(collect(client.stream(createReq)));
    assert.equal(error.kind, 'dropped');
    assert.equal(error.eventsReceived, 1);
  });

  it('http: a non-2xx answer, with its status and body text', async () => {
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/ck',
      fetch: fakeFetch({ status: 500, contentType: 'text/plain; charset=utf-8', chunks: [recorded('124-bad-input-missing-inference-options')] }),
    });
    const error = await failure(collect(client.stream(createReq)));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 500);
    assert.equal(error.bodyExcerpt, 'Internal Server Error');
  });

  it('content-type: a 200 HTML error page instead of an event stream', async () => {
    const page = '<!doctype html><html><body><h1>Sign in to continue</h1><script>alert(1)</script></body></html>';
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/ck',
      fetch: fakeFetch({ contentType: 'text/html; charset=utf-8', chunks: [encode(page)] }),
    });
    const error = await failure(collect(client.stream(createReq)));
    assert.equal(error.kind, 'content-type');
    assert.match(error.message, /expected an event stream, got "text\/html/);
    assert.equal(error.bodyExcerpt, page);
  });

  it('invalid-json: a frame that is not JSON, named by its index', async () => {
    const body = new TextDecoder().decode(recorded('003-create-stream')).split('\n\n');
    body[4] = 'data: {"type":"thread.item.updated", oops';
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ chunks: [encode(body.join('\n\n'))] }) });
    const seen: string[] = [];
    const error = await failure((async () => {
      for await (const event of client.stream(createReq)) seen.push(event.type);
    })());
    assert.equal(error.kind, 'invalid-json');
    assert.equal(error.frameIndex, 4);
    assert.equal(seen.length, 4);
  });

  it('aborted: the signal fires mid-stream; the body is cancelled, not read to the end', async () => {
    const wire: Wire[] = [];
    const chunks = new TextDecoder().decode(recorded('007-create-slow')).split(/(?<=\n\n)/).map(encode);
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ chunks }, wire) });
    const controller = new AbortController();
    let seen = 0;
    const error = await failure((async () => {
      for await (const _event of client.stream(createReq, { signal: controller.signal })) {
        if (++seen === 5) controller.abort();
      }
    })());
    assert.equal(error.kind, 'aborted');
    assert.equal(seen, 5);
    assert.equal(wire[0]!.cancelled, true);
    assert.ok(wire[0]!.pulls < chunks.length);
  });

  it('aborted: a signal that already fired sends nothing', async () => {
    const wire: Wire[] = [];
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ chunks: [] }, wire) });
    const error = await failure(collect(client.stream(createReq, { signal: AbortSignal.abort() })));
    assert.equal(error.kind, 'aborted');
    assert.equal(wire.length, 0);
  });

  it('network: fetch itself rejects (offline, CORS)', async () => {
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/ck',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const error = await failure(collect(client.stream(createReq)));
    assert.equal(error.kind, 'network');
    assert.match(error.message, /Failed to fetch/);
  });

  it('leaving the loop early cancels the response body', async () => {
    const wire: Wire[] = [];
    const chunks = new TextDecoder().decode(recorded('007-create-slow')).split(/(?<=\n\n)/).map(encode);
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ chunks }, wire) });
    for await (const event of client.stream(createReq)) if (event.type === 'stream_options') break;
    assert.equal(wire[0]!.cancelled, true);
  });
});

describe('tolerating what a newer or hand-written server sends', () => {
  it('logs unknown event types, unknown update types and invalid events, and keeps reading', async () => {
    const frames = [
      { type: 'stream_options', stream_options: { allow_cancel: true } },
      { type: 'thread.typing', who: 'assistant' },
      { type: 'thread.item.updated', item_id: 'msg_1', update: { type: 'assistant_message.reasoning.delta', delta: 'x' } },
      { type: 'notice', level: 'info' },
      { type: 'thread.item.done', item: { id: 'msg_2', thread_id: 'thr_1', created_at: '2026-01-01T12:00:00', type: 'hologram', beam: 3 } },
      { type: 'progress_update', text: 'still here', extra_field: [1, 2] },
    ];
    const logs: ProtocolLogEntry[] = [];
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/ck',
      fetch: fakeFetch({ chunks: [encode(frames.map((f) => `data: ${JSON.stringify(f)}\n\n`).join(''))] }),
      onLog: (entry) => logs.push(entry),
    });
    const events = await collect(client.stream(createReq));
    assert.deepEqual(events.map((e) => e.type), ['stream_options', 'thread.item.done', 'progress_update']);
    const done = events[1] as Extract<ThreadStreamEvent, { type: 'thread.item.done' }>;
    assert.equal(done.item.type, 'unknown');
    assert.deepEqual(events[2], frames[5], 'unknown fields are kept');
    assert.deepEqual(logs.map((l) => l.message), [
      'ignored an event of unknown type "thread.typing"',
      'ignored an event of unknown type "thread.item.updated:assistant_message.reasoning.delta"',
      'ignored an invalid notice event: message: expected string',
      'unknown item type "hologram" (item msg_2)',
    ]);
  });
});

describe('JSON requests', () => {
  const answer = (name: string, contentType = 'application/json') =>
    new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ contentType, status: meta(name).status, chunks: [recorded(name)] }) });

  it('threads.get_by_id returns the checked thread with its items', async () => {
    const thread = await answer('002-create-text-read').request(requests.getThread('thr_0001'));
    assert.equal(thread.id, 'thr_0001');
    assert.deepEqual(thread.items.data.map((i) => i.type), ['user_message', 'assistant_message']);
  });

  it('threads.sync_custom_action returns {updated_item}, or null for the two bytes {}', async () => {
    const action = { type: 'counter.add', payload: { n: 0 } };
    const updated = await answer('071-sync-action-counter').request(requests.syncCustomAction('thr_0028', 'msg_0030', action));
    assert.equal(updated.updated_item?.id, 'msg_0030');
    const none = await answer('074-sync-action-none').request(requests.syncCustomAction('thr_0028', 'msg_0030', action));
    assert.equal(none.updated_item, null);
  });

  it('threads.list, items.list, attachments.create and input.transcribe answer their shapes', async () => {
    const threads = await answer('095-threads-list-desc-3').request(requests.listThreads({ limit: 3, order: 'desc' }));
    assert.deepEqual([threads.data.length, threads.has_more, threads.after], [3, true, 'thr_0105']);
    const items = await answer('055-items-list-desc-3').request(requests.listItems('thr_0016', { limit: 3, order: 'desc' }));
    assert.deepEqual(items.data.map((i) => i.id), ['msg_0099', 'msg_0097']);
    const attachment = await answer('088-attachments-create-image').request(
      requests.createAttachment({ name: 'cat.png', size: 2048, mime_type: 'image/png' }),
    );
    assert.equal(attachment.preview_url, 'https://uploads.example.test/atc_0110/preview');
    const text = await answer('093-input-transcribe').request(requests.transcribe('AAECAwQ=', 'audio/webm;codecs=opus'));
    assert.equal(text.text, '(5 bytes of audio/webm)');
  });

  it('a 500 is an http error with the body text (transcript 106: a deleted thread)', async () => {
    const error = await failure(answer('106-threads-get-deleted', 'text/plain; charset=utf-8').request(requests.getThread('thr_0046')));
    assert.deepEqual([error.kind, error.status, error.bodyExcerpt], ['http', 500, 'Internal Server Error']);
  });

  it('an HTML page, a body that is not JSON, and JSON of the wrong shape are each told apart', async () => {
    const html = await failure(answer('002-create-text-read', 'text/html').request(requests.getThread('thr_0001')));
    assert.equal(html.kind, 'content-type');
    const client = (body: string) =>
      new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: fakeFetch({ contentType: 'application/json', chunks: [encode(body)] }) });
    const bad = await failure(client('{"id": "thr_1", ').request(requests.getThread('thr_1')));
    assert.equal(bad.kind, 'invalid-json');
    const shape = await failure(client('{"title": "no id"}').request(requests.getThread('thr_1')));
    assert.equal(shape.kind, 'invalid-response');
  });
});
