// Transport faults at the protocol client (issue 9): each one ends the request promptly with its own
// error kind and releases the connection, whatever the server (or a custom fetch) does next.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ChatKitClient, ChatKitProtocolError } from '../../src/protocol/client.js';
import { requests, textInput } from '../../src/protocol/requests.js';
import { SseEventTooLargeError, SseParser, type SseMessage } from '../../src/protocol/sse.js';
import type { ThreadStreamEvent } from '../../src/protocol/types.js';

const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);
const recorded = (name: string): string => readFileSync(new URL(`${name}.response`, FIXTURES), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);
const createReq = requests.createThread(textInput('hello there'));

/** A body the test feeds by hand; `cancelled` says whether the client released it. */
function manualBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return {
    stream,
    state,
    push: (bytes: Uint8Array) => controller.enqueue(bytes),
    close: () => controller.close(),
  };
}

const respond = (body: BodyInit | null, status = 200, contentType = 'text/event-stream; charset=utf-8') =>
  new Response(body, { status, headers: { 'content-type': contentType } });

async function failure(promise: Promise<unknown>): Promise<ChatKitProtocolError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ChatKitProtocolError, `not a ChatKitProtocolError: ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}

async function collectInto(events: ThreadStreamEvent[], iterable: AsyncIterable<ThreadStreamEvent>): Promise<void> {
  for await (const event of iterable) events.push(event);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a frame larger than the limit', () => {
  it('a 10 MB frame fails as too-large before it is parsed; earlier events arrive; the body is cancelled', async () => {
    const body = manualBody();
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: async () => respond(body.stream) });
    const first = encode('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n');
    const huge = encode(`data: {"type":"notice","level":"info","message":"${'x'.repeat(10_000_000)}"}\n\n`);
    body.push(first);
    // The 10 MB frame arrives in 64 KiB chunks, as from a socket.
    for (let at = 0; at < huge.length; at += 65536) body.push(huge.subarray(at, at + 65536));
    body.close();
    const events: ThreadStreamEvent[] = [];
    const error = await failure(collectInto(events, client.stream(createReq)));
    assert.equal(error.kind, 'too-large');
    assert.equal(error.frameIndex, 1);
    assert.match(error.message, /event #1 is larger than 8388608 characters/);
    assert.deepEqual(events.map((e) => e.type), ['stream_options']);
    assert.equal(body.state.cancelled, true);
  });

  it('the limit is an option (maxEventLength), and an event at the limit passes', async () => {
    const frame = '{"type":"notice","level":"info","message":"12345"}';
    const serve = () => async () => respond(encode(`data: ${frame}\n\n`));
    const atLimit = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: serve(), maxEventLength: frame.length });
    const events: ThreadStreamEvent[] = [];
    await collectInto(events, atLimit.stream(createReq));
    assert.deepEqual(events.map((e) => e.type), ['notice']);
    const below = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: serve(), maxEventLength: frame.length - 1 });
    assert.equal((await failure(collectInto([], below.stream(createReq)))).kind, 'too-large');
  });

  it('the parser counts an unterminated line too, so a frame without a line end is bounded', () => {
    const parser = new SseParser(() => undefined, { maxEventLength: 1000 });
    parser.feed(encode(`data: ${'y'.repeat(900)}`));
    assert.throws(() => parser.feed(encode('y'.repeat(200))), SseEventTooLargeError);
  });

  it('a long line in many small chunks parses exactly (split CRLF, split multi-byte characters)', () => {
    const text = 'é€😀'.repeat(40_000);
    const body = encode(`data: ${text}\r\n\r\ndata: after\r\n\r\n`);
    for (const size of [1, 3, 7, 4096]) {
      const seen: SseMessage[] = [];
      const parser = new SseParser((message) => seen.push(message));
      for (let at = 0; at < body.length; at += size) parser.feed(body.subarray(at, at + size));
      assert.equal(parser.end(), false);
      assert.deepEqual(seen.map((m) => m.data), [text, 'after'], `chunks of ${size}`);
    }
  });
});

describe('a server that drips', () => {
  it('each event is delivered as soon as its last byte arrives, and abort ends the stream at once', async () => {
    const body = manualBody();
    const abort = new AbortController();
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: async () => respond(body.stream) });
    const events: ThreadStreamEvent[] = [];
    const done = failure(collectInto(events, client.stream(createReq, { signal: abort.signal })));
    const frames = recorded('007-create-slow').split(/(?<=\n\n)/);
    const firstTwo = encode(frames[0]! + frames[1]!);
    for (const byte of firstTwo) {
      body.push(Uint8Array.of(byte));
      await tick();
    }
    assert.equal(events.length, 2, 'both events arrived, byte by byte');
    body.push(encode(frames[2]!.slice(0, 10)));
    await tick();
    abort.abort();
    const error = await done;
    assert.equal(error.kind, 'aborted');
    assert.equal(events.length, 2);
    assert.equal(body.state.cancelled, true);
  });
});

describe('a custom fetch that ignores the AbortSignal', () => {
  it('abort before the headers settles the request as aborted; a late response is released', async () => {
    let answer!: (response: Response) => void;
    const late = manualBody();
    const client = new ChatKitClient({
      url: 'http://127.0.0.1/ck',
      // Drops init.signal, as a hand-written wrapper might.
      fetch: () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const abort = new AbortController();
    const done = failure(collectInto([], client.stream(createReq, { signal: abort.signal })));
    await tick();
    abort.abort();
    assert.equal((await done).kind, 'aborted');
    answer(respond(late.stream));
    for (let i = 0; i < 10 && !late.state.cancelled; i++) await tick();
    assert.equal(late.state.cancelled, true);
  });

  it('abort while a JSON answer is still arriving settles as aborted', async () => {
    const body = manualBody();
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: async () => respond(body.stream, 200, 'application/json') });
    const abort = new AbortController();
    const done = failure(client.request(requests.getThread('thr_1'), { signal: abort.signal }));
    body.push(encode('{"id":"thr_1",'));
    await tick();
    abort.abort();
    assert.equal((await done).kind, 'aborted');
  });
});

describe('error bodies that never end', () => {
  it('a 500 whose body drips forever is an http error with what arrived, and the body is cancelled', { timeout: 10_000 }, async () => {
    const body = manualBody();
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: async () => respond(body.stream, 500, 'text/plain') });
    body.push(encode('Internal Server Error'));
    const error = await failure(collectInto([], client.stream(createReq)));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 500);
    assert.equal(error.bodyExcerpt, 'Internal Server Error');
    assert.equal(body.state.cancelled, true);
  });

  it('a 200 HTML page of 10 MB is a content-type error; only its start is read', async () => {
    const body = manualBody();
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: async () => respond(body.stream, 200, 'text/html') });
    const page = encode(`<!doctype html><title>Sign in</title>${'<p>filler</p>'.repeat(800_000)}`);
    for (let at = 0; at < page.length; at += 65536) body.push(page.subarray(at, at + 65536));
    const error = await failure(collectInto([], client.stream(createReq)));
    assert.equal(error.kind, 'content-type');
    assert.ok(error.bodyExcerpt!.startsWith('<!doctype html><title>Sign in</title>'));
    assert.ok(error.bodyExcerpt!.length <= 301);
    assert.equal(body.state.cancelled, true);
  });

  it('a JSON request answered with an HTML page is a content-type error without reading the whole page', async () => {
    const body = manualBody();
    const client = new ChatKitClient({ url: 'http://127.0.0.1/ck', fetch: async () => respond(body.stream, 200, 'text/html') });
    body.push(encode('<!doctype html><p>Please sign in'));
    // The body never ends: reading it whole would never settle.
    const error = await failure(client.request(requests.getThread('thr_1')));
    assert.equal(error.kind, 'content-type');
    assert.equal(error.bodyExcerpt, '<!doctype html><p>Please sign in');
    assert.equal(body.state.cancelled, true);
  });
});
