// The thread controller (client + reducer, no DOM) under transport faults, on the recorded
// transcripts: every fault ends the response (not busy, not streaming) with the state the server
// could have, and the thread accepts the next request.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ThreadController, type ControllerEvent } from '../../src/dispatch/thread-controller.js';
import { textInput } from '../../src/protocol/requests.js';

const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`${name}.response`, FIXTURES)));
const json = (name: string) => JSON.parse(readFileSync(new URL(`${name}.response`, FIXTURES), 'utf8'));
const meta = (name: string): { status: number; content_type: string; complete?: boolean } =>
  JSON.parse(readFileSync(new URL(`${name}.meta.json`, FIXTURES), 'utf8'));

type Answer = string | ((signal: AbortSignal | undefined) => Response | Promise<Response>);

/** A fetch serving recorded transcripts (a cut one ends with a network error) or hand-made answers, by request type. */
function wire(answers: Record<string, Answer[]>) {
  const sent: Array<{ type: string; params: Record<string, unknown> }> = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body));
    sent.push(body);
    const answer = answers[body.type]?.shift();
    if (answer === undefined) throw new TypeError(`no answer left for ${body.type}`);
    if (typeof answer === 'function') return answer(init?.signal ?? undefined);
    const info = meta(answer);
    const data = bytes(answer);
    let delivered = false;
    // The bytes on the first read, the end on the next (erroring discards what is still queued).
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!delivered) {
          delivered = true;
          if (data.length) return controller.enqueue(data);
        }
        if (info.complete === false) controller.error(new TypeError('network error'));
        else controller.close();
      },
    });
    return new Response(stream, { status: info.status, headers: { 'content-type': info.content_type } });
  }) as typeof fetch;
  return { fetch: fetchImpl, sent };
}

function record(controller: ThreadController) {
  const events: ControllerEvent[] = [];
  controller.subscribe((event) => events.push(event));
  return {
    events,
    errors: () => events.flatMap((e) => (e.type === 'error' && e.error ? [e.error.kind] : [])),
    outcomes: () => events.flatMap((e) => (e.type === 'response-end' ? [e.outcome] : [])),
  };
}

describe('the faults of the parked <ck-thread> tests, reproduced without a DOM', () => {
  it('200 headers then a cut with no event (107, a deleted thread): failed, state unchanged, reload works', async () => {
    const read = json('002-create-text-read');
    const net = wire({
      'threads.get_by_id': ['002-create-text-read', '002-create-text-read'],
      'threads.add_user_message': ['107-add-message-deleted-thread'],
    });
    const controller = new ThreadController({ api: { url: 'http://127.0.0.1/ck', fetch: net.fetch } });
    const seen = record(controller);
    await controller.load(read.id);
    const before = controller.state.items;
    assert.equal(await controller.sendUserMessage(textInput('are you there?')), 'failed');
    assert.deepEqual(seen.errors(), ['dropped']);
    assert.deepEqual(seen.outcomes(), ['failed']);
    assert.equal(controller.busy, false);
    assert.equal(controller.state.streaming, false);
    assert.deepEqual(controller.state.items, before);
    await controller.load(read.id);
    assert.deepEqual(controller.state.items.map((item) => item.id), read.items.data.map((item: { id: string }) => item.id));
  });

  it('a long thread: load shows the newest page (get_by_id answers the oldest), paging back merges without duplicates', async () => {
    const thread = json('050-action-line-select-read');
    const oldest = json('052-items-list-asc-3');
    const newest = json('055-items-list-desc-3');
    const ok = (value: unknown) => () => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
    const net = wire({
      'threads.get_by_id': [ok({ ...thread, items: oldest })],
      // After the newest page, the whole thread newest first (057): the two already shown are skipped.
      'items.list': [ok(newest), '057-items-list-limit-0'],
    });
    const controller = new ThreadController({ api: { url: 'http://127.0.0.1/ck', fetch: net.fetch } });
    await controller.load('thr_0016');
    assert.deepEqual(controller.state.items.map((item) => item.id), ['msg_0097', 'msg_0099']);
    assert.equal(controller.state.hasOlder, true);
    await controller.loadOlder(20);
    assert.deepEqual(net.sent.map((r) => [r.type, r.params]), [
      ['threads.get_by_id', { thread_id: 'thr_0016' }],
      ['items.list', { thread_id: 'thr_0016', limit: 20, order: 'desc' }],
      ['items.list', { thread_id: 'thr_0016', limit: 20, order: 'desc', after: 'msg_0097' }],
    ]);
    assert.deepEqual(controller.state.items.map((item) => item.id), ['msg_0017', 'msg_0018', 'msg_0097', 'msg_0099']);
    assert.equal(controller.state.hasOlder, false);
  });
});

describe('the controller under transport faults', () => {
  it('cut mid-stream: done items stay, the unfinished reply goes, and the next message is accepted', async () => {
    const frames = new TextDecoder().decode(bytes('007-create-slow')).split(/(?<=\n\n)/);
    const cut = () => {
      let sent = false;
      return new Response(
        new ReadableStream<Uint8Array>({
          pull(c) {
            if (sent) return c.error(new TypeError('network error'));
            sent = true;
            c.enqueue(new TextEncoder().encode(frames.slice(0, 7).join('')));
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    };
    const net = wire({ 'threads.create': [cut], 'threads.add_user_message': ['107-add-message-deleted-thread'] });
    const controller = new ThreadController({ api: { url: 'http://127.0.0.1/ck', fetch: net.fetch } });
    const seen = record(controller);
    assert.equal(await controller.sendUserMessage(textInput('slow stream')), 'failed');
    assert.equal(controller.threadId, 'thr_0013', 'the thread was created before the cut');
    assert.deepEqual(controller.state.items.map((item) => [item.id, item.type]), [['msg_0014', 'user_message']]);
    assert.deepEqual(controller.state.unfinishedItemIds, []);
    assert.equal(controller.busy, false);
    assert.equal(await controller.sendUserMessage(textInput('again')), 'failed');
    assert.deepEqual(seen.outcomes(), ['failed', 'failed']);
    assert.equal(net.sent.length, 2, 'one POST per send, none retried');
  });

  it('abort before the headers ends the response even when a custom fetch ignores the signal', async () => {
    // Before the fix this request stayed "running" forever: Stop did nothing and the thread refused every later message.
    const never = () => new Promise<Response>(() => undefined);
    const net = wire({ 'threads.create': [never], 'threads.add_user_message': ['107-add-message-deleted-thread'] });
    const controller = new ThreadController({ api: { url: 'http://127.0.0.1/ck', fetch: net.fetch } });
    const seen = record(controller);
    const running = controller.sendUserMessage(textInput('hello'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.equal(controller.busy, true);
    controller.abort();
    assert.equal(await running, 'cancelled');
    assert.equal(controller.busy, false);
    assert.equal(controller.state.streaming, false);
    assert.deepEqual(seen.errors(), [], 'a stop is not an error');
  });

  it('a 10 MB frame: failed with too-large, nothing of it in the state', async () => {
    const huge = () =>
      new Response(`data: ${JSON.stringify({ type: 'notice', level: 'info', message: 'x'.repeat(10_000_000) })}\n\n`, {
        headers: { 'content-type': 'text/event-stream' },
      });
    const net = wire({ 'threads.create': [huge] });
    const controller = new ThreadController({ api: { url: 'http://127.0.0.1/ck', fetch: net.fetch } });
    const seen = record(controller);
    assert.equal(await controller.sendUserMessage(textInput('hello')), 'failed');
    assert.deepEqual(seen.errors(), ['too-large']);
    assert.deepEqual(controller.state.notices, []);
    assert.equal(controller.busy, false);
  });
});
