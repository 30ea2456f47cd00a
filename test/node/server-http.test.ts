/**
 * The HTTP adapters: the node:http handler over real loopback HTTP and the web-standard handler
 * with Request/Response. What goes over the wire: status, content type, SSE frames, JSON errors,
 * and a client that hangs up mid-stream leaving its partial message saved.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ChatKitServer,
  MemoryStore,
  createFetchHandler,
  sequentialIds,
  streamAssistantText,
  type ServerStreamEvent,
} from '../../src/server/index.js';
import { createNodeHandler } from '../../src/server/node.js';
import { requests, textInput } from '../../src/protocol/requests.js';
import type { ThreadMetadata, UserMessageItem } from '../../src/protocol/types.js';

interface Ctx {
  user: string;
}

// Replies "slow" wait for the test to release them, so a disconnect lands mid-stream.
let releaseSlow: () => void = () => {};
const store = new MemoryStore<Ctx>({ ids: sequentialIds() });
const chatkit: ChatKitServer<Ctx> = new ChatKitServer<Ctx>({
  store,
  limits: { maxBodyBytes: 4096 },
  async *respond(thread: ThreadMetadata, input: UserMessageItem | null, ctx: Ctx): AsyncGenerator<ServerStreamEvent> {
    const text = input?.content.map((part) => part.text).join('') ?? '';
    async function* chunks() {
      yield 'partial ';
      if (text === 'slow') await new Promise<void>((resolve) => (releaseSlow = resolve));
      yield 'answer';
    }
    yield* streamAssistantText(chatkit.itemBase(thread, ctx), chunks());
  },
});

let clientClosed: () => void = () => {};
let httpServer: Server;
let url: string;

before(async () => {
  httpServer = createServer(
    createNodeHandler(chatkit, {
      context: (req) => ({ user: String(req.headers['x-user'] ?? 'anon') }),
      maxBodyBytes: 4096,
      onStreamEnd: (outcome) => outcome === 'client-closed' && clientClosed(),
    }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/chatkit`;
});
after(() => new Promise<void>((resolve) => httpServer.close(() => resolve())));

const post = (body: string) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('node:http handler', () => {
  it('streams SSE frames for a streaming request', async () => {
    const response = await post(JSON.stringify(requests.createThread(textInput('hi'))));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const text = await response.text();
    assert.match(text, /^(data: [^\n]+\n\n)+$/);
    assert.equal(JSON.parse(text.trim().split('\n\n').at(-1)!.slice(6)).item.content[0].text, 'partial answer');
  });

  it('answers JSON requests and JSON errors', async () => {
    const list = await post(JSON.stringify(requests.listThreads()));
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('content-type'), 'application/json');
    assert.ok(Array.isArray((await list.json()).data));
    const bad = await post('{nope');
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).error.code, 'invalid_json');
    const get = await fetch(url);
    assert.equal(get.status, 405);
  });

  it('refuses an oversized body with 413 without reading it all', async () => {
    const response = await post(JSON.stringify(requests.createThread(textInput('x'.repeat(10_000)))));
    assert.equal(response.status, 413);
    assert.equal((await response.json()).error.code, 'body_too_large');
  });

  it('a client that disconnects mid-stream stops the reply; the partial message is kept', async () => {
    const body = JSON.stringify(requests.createThread(textInput('slow')));
    const serverSawClose = new Promise<void>((resolve) => (clientClosed = resolve));
    const threadId = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('"delta":"partial "')) {
            const id = /"thread":\{"id":"([^"]+)"/.exec(text)![1]!;
            req.destroy();
            resolve(id);
          }
        });
      });
      req.on('error', () => {});
      req.end(body);
      setTimeout(() => reject(new Error('no delta arrived')), 5000).unref();
    });
    // The hook is parked on an await; cancellation takes effect at its next yield, so let it go.
    await serverSawClose;
    releaseSlow();
    let items = (await store.loadThreadItems(threadId, { limit: 10, order: 'asc' })).data;
    for (let tries = 0; tries < 250 && !items.some((item) => item.type === 'sdk_hidden_context'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      items = (await store.loadThreadItems(threadId, { limit: 10, order: 'asc' })).data;
    }
    assert.deepEqual(items.map((item) => item.type), ['user_message', 'assistant_message', 'sdk_hidden_context']);
    const partial = items[1]!;
    assert.ok(partial.type === 'assistant_message');
    assert.match(partial.content[0]!.text, /^partial /);
  });
});

describe('web-standard fetch handler', () => {
  const handler = createFetchHandler(chatkit, { context: (request) => ({ user: request.headers.get('x-user') ?? 'anon' }), maxBodyBytes: 4096 });
  const call = (body: string) => handler(new Request('http://localhost/chatkit', { method: 'POST', body }));

  it('streams SSE and answers JSON', async () => {
    const stream = await call(JSON.stringify(requests.createThread(textInput('hi'))));
    assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
    const frames = (await stream.text()).trim().split('\n\n');
    assert.deepEqual(
      frames.map((frame) => JSON.parse(frame.slice(6)).type).slice(0, 3),
      ['thread.created', 'thread.item.done', 'stream_options'],
    );
    const json = await call(JSON.stringify(requests.listThreads({ limit: 1 })));
    assert.equal(json.status, 200);
    assert.equal((await json.json()).has_more, true);
  });

  it('gives 4xx JSON errors for bad bodies and methods', async () => {
    const tooBig = await call('x'.repeat(5000));
    assert.equal(tooBig.status, 413);
    const unknown = await call(JSON.stringify({ type: 'threads.explode', params: {} }));
    assert.equal(unknown.status, 400);
    assert.equal((await unknown.json()).error.code, 'unknown_request_type');
    const get = await handler(new Request('http://localhost/chatkit'));
    assert.equal(get.status, 405);
  });
});
