/**
 * The server kit request by request: what each of the 16 request types answers, what bad input
 * gets (a clear 4xx JSON error and nothing stored), body limits, prototype keys, and per-user
 * authorization.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ChatKitServer,
  MemoryStore,
  assistantMessage,
  sequentialIds,
  steppingClock,
  widgetMessage,
  type ProcessResult,
  type ServerStreamEvent,
} from '../../src/server/index.js';
import { requests, textInput } from '../../src/protocol/requests.js';
import type { JsonObject, ThreadMetadata, UserMessageItem } from '../../src/protocol/types.js';
import { readStreamEvents } from './stream-events.js';

interface User {
  userId: string;
}

function makeServer() {
  const store = new MemoryStore<User>({ ids: sequentialIds() });
  const feedback: unknown[] = [];
  const server: ChatKitServer<User> = new ChatKitServer<User>({
    store,
    clock: steppingClock(new Date('2026-01-01T12:00:00')),
    threadMetadata: (user) => ({ owner: user.userId }),
    authorize: (user, _threadId, operation, thread) => operation === 'create' || thread?.metadata?.owner === user.userId,
    async *respond(thread: ThreadMetadata, input: UserMessageItem | null, user: User): AsyncGenerator<ServerStreamEvent> {
      const text = input?.content.map((part) => part.text).join('') ?? '';
      if (text === 'widget') {
        yield widgetMessage(server.itemBase(thread, user), {
          type: 'Card',
          children: [{ type: 'Button', label: 'Go', onClickAction: { type: 'go' } }],
        });
        return;
      }
      yield assistantMessage(server.itemBase(thread, user), `echo: ${text}`);
    },
    async *action(thread, action, sender, user): AsyncGenerator<ServerStreamEvent> {
      yield assistantMessage(server.itemBase(thread, user), `did ${action.type} on ${sender?.id ?? 'nothing'}`);
    },
    async syncAction(_thread, action, sender) {
      return sender ? { updated_item: { ...sender, widget: { type: 'Card', children: [{ type: 'Text', value: action.type }] } } } : {};
    },
    async addFeedback(threadId, itemIds, kind) {
      feedback.push({ threadId, itemIds, kind });
    },
    onError: () => {},
  });
  return { server, store, feedback };
}

const alice: User = { userId: 'alice' };
const mallory: User = { userId: 'mallory' };

const events = (result: ProcessResult) => readStreamEvents<JsonObject>(result);

function json(result: ProcessResult, status = 200): JsonObject {
  assert.equal(result.kind, 'json');
  if (result.kind !== 'json') return {};
  assert.equal(result.status, status, result.body);
  return JSON.parse(result.body) as JsonObject;
}

const send = (server: ChatKitServer<User>, body: unknown, user = alice) =>
  server.process(typeof body === 'string' ? body : JSON.stringify(body), user);

async function createThread(server: ChatKitServer<User>, text = 'hi', user = alice) {
  const evs = await events(await send(server, requests.createThread(textInput(text)), user));
  return { threadId: (evs[0]!.thread as JsonObject).id as string, events: evs };
}

describe('streaming requests', () => {
  it('threads.create: thread.created, the user message, stream_options, then the reply', async () => {
    const { server } = makeServer();
    const { events: evs } = await createThread(server, 'hello');
    assert.deepEqual(
      evs.map((e) => e.type),
      ['thread.created', 'thread.item.done', 'stream_options', 'thread.item.done'],
    );
    assert.deepEqual(evs[0]!.thread, {
      id: 'thr_0001',
      created_at: '2026-01-01T12:00:01',
      status: { type: 'active' },
      metadata: {},
      items: { data: [], has_more: false },
    });
    assert.equal(((evs[3]!.item as JsonObject).content as JsonObject[])[0]!.text, 'echo: hello');
  });

  it('threads.add_user_message appends to an existing thread', async () => {
    const { server } = makeServer();
    const { threadId } = await createThread(server);
    const evs = await events(await send(server, requests.addUserMessage(threadId, textInput('again'))));
    assert.deepEqual(evs.map((e) => e.type), ['thread.item.done', 'stream_options', 'thread.item.done']);
  });

  it('threads.retry_after_item deletes later items and answers again', async () => {
    const { server } = makeServer();
    const { threadId, events: first } = await createThread(server, 'one');
    const userId = (first[1]!.item as JsonObject).id as string;
    await events(await send(server, requests.addUserMessage(threadId, textInput('two'))));
    const evs = await events(await send(server, requests.retryAfterItem(threadId, userId)));
    assert.deepEqual(evs.map((e) => e.type), ['stream_options', 'thread.item.done']);
    const thread = json(await send(server, requests.getThread(threadId)));
    assert.deepEqual(
      ((thread.items as JsonObject).data as JsonObject[]).map((item) => item.type),
      ['user_message', 'assistant_message'],
    );
  });

  it('threads.custom_action hands the widget item to action()', async () => {
    const { server } = makeServer();
    const { threadId, events: evs } = await createThread(server, 'widget');
    const widgetId = (evs[3]!.item as JsonObject).id as string;
    const answer = await events(await send(server, requests.customAction(threadId, widgetId, { type: 'go' })));
    assert.equal(((answer[1]!.item as JsonObject).content as JsonObject[])[0]!.text, `did go on ${widgetId}`);
  });

  it('threads.add_client_tool_output without a pending call is a 409, nothing streamed', async () => {
    const { server } = makeServer();
    const { threadId } = await createThread(server);
    const error = json(await send(server, requests.addClientToolOutput(threadId, { ok: true })), 409);
    assert.equal((error.error as JsonObject).code, 'conflict');
  });
});

describe('JSON requests', () => {
  it('threads.get_by_id, threads.update, threads.list, threads.delete', async () => {
    const { server } = makeServer();
    const { threadId } = await createThread(server);
    const renamed = json(await send(server, requests.updateThread(threadId, 'Trip')));
    assert.equal(renamed.title, 'Trip');
    assert.deepEqual(renamed.metadata, {}, 'integration metadata (the owner) is never sent');
    assert.equal(json(await send(server, requests.getThread(threadId))).title, 'Trip');
    const list = json(await send(server, requests.listThreads()));
    assert.deepEqual((list.data as JsonObject[]).map((t) => t.id), [threadId]);
    assert.deepEqual(json(await send(server, requests.deleteThread(threadId))), {});
    assert.equal((json(await send(server, requests.getThread(threadId)), 404).error as JsonObject).code, 'not_found');
  });

  it('items.list pages with an opaque after cursor; items.feedback reaches the hook', async () => {
    const { server, feedback } = makeServer();
    const { threadId } = await createThread(server);
    const first = json(await send(server, requests.listItems(threadId, { limit: 1, order: 'asc' })));
    assert.equal(first.has_more, true);
    const second = json(await send(server, requests.listItems(threadId, { limit: 1, order: 'asc', after: first.after as string })));
    assert.equal(second.has_more, false);
    assert.equal(((second.data as JsonObject[])[0]!).type, 'assistant_message');
    assert.deepEqual(json(await send(server, requests.feedback(threadId, ['msg_0003'], 'positive'))), {});
    assert.deepEqual(feedback, [{ threadId, itemIds: ['msg_0003'], kind: 'positive' }]);
  });

  it('threads.sync_custom_action answers {updated_item}', async () => {
    const { server } = makeServer();
    const { threadId, events: evs } = await createThread(server, 'widget');
    const widgetId = (evs[3]!.item as JsonObject).id as string;
    const answer = json(await send(server, requests.syncCustomAction(threadId, widgetId, { type: 'tick' })));
    assert.equal((answer.updated_item as JsonObject).id, widgetId);
  });

  it('attachments and transcription answer 501 when no handler is configured', async () => {
    const { server } = makeServer();
    assert.equal(json(await send(server, requests.createAttachment({ name: 'a', size: 1, mime_type: 'text/plain' })), 501).error !== undefined, true);
    assert.equal((json(await send(server, requests.transcribe('AAA=', 'audio/webm')), 501).error as JsonObject).code, 'not_supported');
  });
});

describe('bad input: a clear 4xx JSON error and nothing stored', () => {
  const cases: [string, string | object, number, string][] = [
    ['malformed JSON', '{"type": "threads.create",', 400, 'invalid_json'],
    ['empty body', '', 400, 'invalid_json'],
    ['unknown type', { type: 'threads.explode', params: {} }, 400, 'unknown_request_type'],
    ['missing type', { params: {} }, 400, 'invalid_request'],
    ['not an object', '[1,2]', 400, 'invalid_request'],
    ['wrong field type', { type: 'threads.list', params: { limit: 'ten' } }, 400, 'invalid_request'],
    ['content part type', { type: 'threads.create', params: { input: { content: [{ type: 'text', text: 'x' }], attachments: [], inference_options: {} } } }, 400, 'invalid_request'],
    ['unknown thread (stream)', requests.addUserMessage('thr_nope', textInput('x')), 404, 'not_found'],
    ['unknown thread (JSON)', requests.getThread('thr_nope'), 404, 'not_found'],
    ['unknown attachment', requests.createThread(textInput('x', { attachments: ['atc_nope'] })), 404, 'not_found'],
  ];
  for (const [name, body, status, code] of cases) {
    it(name, async () => {
      const { server, store } = makeServer();
      const error = json(await send(server, body), status).error as JsonObject;
      assert.equal(error.code, code);
      assert.equal(typeof error.message, 'string');
      assert.equal((await store.loadThreads({ limit: 100, order: 'asc' })).data.length, 0, 'nothing stored');
    });
  }

  it('an oversized body is 413 and a deeply nested one is 400', async () => {
    const store = new MemoryStore();
    const server = new ChatKitServer({ store, limits: { maxBodyBytes: 1000, maxDepth: 16 } });
    const big = JSON.stringify(requests.createThread(textInput('x'.repeat(2000))));
    assert.equal((json(await server.process(big, {}), 413).error as JsonObject).code, 'body_too_large');
    const deep = `{"type":"threads.list","params":{"after":${'['.repeat(50)}${']'.repeat(50)}}}`;
    assert.equal((json(await server.process(deep, {}), 400).error as JsonObject).code, 'too_deep');
    assert.equal((await store.loadThreads({ limit: 10, order: 'asc' })).data.length, 0);
  });

  it('__proto__ and constructor keys in a body never reach an object prototype', async () => {
    const { server, store } = makeServer();
    const body = `{"type":"threads.create","params":{"input":{"content":[{"type":"input_tag","id":"t","text":"x","data":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"ok":1}}],"attachments":[],"inference_options":{}}}}`;
    const evs = await events(await send(server, body));
    const tag = ((evs[1]!.item as JsonObject).content as JsonObject[])[0]!;
    assert.deepEqual(tag.data, { ok: 1 });
    assert.equal(({} as JsonObject).polluted, undefined);
    const stored = (await store.loadThreadItems('thr_0001', { limit: 5, order: 'asc' })).data[0] as JsonObject;
    assert.equal(Object.getPrototypeOf(((stored.content as JsonObject[])[0]!.data as object)), Object.prototype);
  });
});

describe('authorization: one user cannot read or act on another user\'s thread', () => {
  it('every thread request from another user is a 404, and list shows only your threads', async () => {
    const { server } = makeServer();
    const { threadId, events: evs } = await createThread(server, 'widget', alice);
    const widgetId = (evs[3]!.item as JsonObject).id as string;
    const attempts = [
      requests.getThread(threadId),
      requests.listItems(threadId),
      requests.updateThread(threadId, 'mine now'),
      requests.deleteThread(threadId),
      requests.feedback(threadId, [widgetId], 'negative'),
      requests.syncCustomAction(threadId, widgetId, { type: 'x' }),
      requests.addUserMessage(threadId, textInput('hi')),
      requests.customAction(threadId, widgetId, { type: 'x' }),
      requests.retryAfterItem(threadId, 'msg_0002'),
    ];
    for (const request of attempts) {
      const error = json(await send(server, request, mallory), 404).error as JsonObject;
      assert.equal(error.code, 'not_found', request.type);
    }
    assert.deepEqual(json(await send(server, requests.listThreads(), mallory)).data, []);
    const own = json(await send(server, requests.getThread(threadId), alice));
    assert.equal(own.title, undefined, 'the failed rename did not happen');
    assert.equal(((own.items as JsonObject).data as JsonObject[]).length, 2);
  });
});
