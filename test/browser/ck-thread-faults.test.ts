/**
 * Transport faults (issue 9) in <ck-thread>: the server closes mid-stream, answers 500, answers 200
 * with an HTML page, drips, sends a frame that is not JSON or a 10 MB frame, or the element is
 * removed mid-stream. Each ends in a visible, recoverable state: no spinner left, no duplicate
 * items, nothing retried on its own, and "Reload thread" (or re-attaching) brings the server's view.
 */
import { expect } from '@esm-bundle/chai';
import type { CkThread } from '../../src/elements/ck-thread.js';
import type { CkErrorEvent } from '../../src/events.js';
import { $, jsonResponse, mountThread, readJson, scriptedFetch, spinners, text, transcriptEvents, until } from './ck-thread-harness.js';
import { bytesOf, encoder, frame, servedBody } from './served-body.js';
import './dom-safe-failures.js';

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

const nextAnimationFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));


/** Splits text into one-byte pieces: a server that drips. */

interface Setup {
  el: CkThread;
  wire: ReturnType<typeof scriptedFetch>;
  errors: CkErrorEvent[];
  outcomes: string[];
  read: { id: string; items: { data: Array<{ id: string }> } };
}

/** The recorded thread 002 (two items), loaded; `answer` serves threads.add_user_message. */
async function threadWith(answer: () => Response): Promise<Setup> {
  const read = await readJson('002-create-text-read.response');
  const wire = scriptedFetch((body) => (body.type === 'threads.get_by_id' ? jsonResponse(read) : answer()));
  const el = await mountThread(wire.fetch, read.id);
  await until(() => el.state.items.length === 2 && !el.state.streaming, 'the thread');
  const errors: CkErrorEvent[] = [];
  const outcomes: string[] = [];
  el.addEventListener('ck-error', (e) => errors.push(e));
  el.addEventListener('ck-response-end', (e) => outcomes.push(e.detail.outcome));
  return { el, wire, errors, outcomes, read };
}

/** The reply the thread streams for a new message (recorded 007, after its thread.created). */
async function replyEvents(): Promise<any[]> {
  return (await transcriptEvents('007-create-slow')).slice(1);
}

const renderedIds = (el: CkThread) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-item-id]')].map((node) => node.dataset.itemId!);

/** What every fault must leave: the failure, no spinner, no duplicate, no automatic retry; Reload recovers. */
async function expectRecoverable(setup: Setup, failure: string): Promise<void> {
  const { el, wire, read } = setup;
  await el.updateComplete;
  expect(text($(el, '[part=failure]'))).to.equal(`${failure} Reload thread`);
  expect(spinners(el), 'no spinner left running').to.deep.equal([]);
  expect($(el, '[part=items]')!.getAttribute('aria-busy')).to.equal('false');
  const ids = renderedIds(el);
  expect(new Set(ids).size, 'no duplicate items').to.equal(ids.length);
  expect(wire.requests.filter((r) => r.type === 'threads.add_user_message'), 'a POST is never retried on its own').to.have.length(1);

  $<HTMLButtonElement>(el, '[part=reload]')!.click();
  await until(() => wire.requests.filter((r) => r.type === 'threads.get_by_id').length === 2 && !$(el, '.ck-loading'), 'the reload');
  await el.updateComplete;
  expect($(el, '[part=failure]')).to.equal(null);
  expect(renderedIds(el), 'the server’s view of the thread').to.deep.equal(read.items.data.map((item) => item.id));
  expect(spinners(el)).to.deep.equal([]);
}

describe('<ck-thread> transport faults end in a visible, recoverable state', () => {
  it('the server closes the connection mid-stream: what was done stays, the unfinished reply goes', async () => {
    const events = await replyEvents();
    // user message done, stream_options, reply added, content part, two deltas: then the cut.
    const setup = await threadWith(() => servedBody(events.slice(0, 6).map(frame), 'error').response);
    expect(await setup.el.sendUserMessage('slow stream')).to.equal('failed');
    expect(setup.el.state.items.map((item) => item.id), 'the echoed user message stays; the unfinished reply is not kept').to.deep.equal([
      ...setup.read.items.data.map((item) => item.id),
      events[0].item.id,
    ]);
    expect(setup.errors.map((e) => e.detail.kind)).to.deep.equal(['stream']);
    expect(setup.outcomes).to.deep.equal(['failed']);
    await expectRecoverable(setup, 'The connection closed before the response finished.');
  });

  it('200 headers, then the connection is cut with no event (recorded: a deleted thread, 107)', async () => {
    const setup = await threadWith(() => servedBody([], 'error').response);
    expect(await setup.el.sendUserMessage('are you there?')).to.equal('failed');
    expect(setup.el.state.items).to.have.length(2);
    await expectRecoverable(setup, 'The connection closed before the response finished.');
  });

  it('the server answers 500', async () => {
    const setup = await threadWith(() => new Response('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain' } }));
    expect(await setup.el.sendUserMessage('hello')).to.equal('failed');
    expect(setup.errors[0]!.detail.message).to.match(/answered 500/);
    expect(setup.el.state.items, 'the thread is as it was').to.have.length(2);
    await expectRecoverable(setup, 'The server answered with an error (HTTP 500).');
  });

  it('the server answers 200 with an HTML page: neither rendered nor quoted', async () => {
    const page = '<!doctype html><title>Sign in</title><p>Please sign in</p><img src=x onerror="window.__ckFaultCanary=1">';
    const setup = await threadWith(() => new Response(page, { status: 200, headers: { 'content-type': 'text/html' } }));
    expect(await setup.el.sendUserMessage('hello')).to.equal('failed');
    expect($(setup.el, 'title, img'), 'no element from the page').to.equal(null);
    expect(text(setup.el.shadowRoot!)).not.to.include('Please sign in');
    expect((window as unknown as Record<string, unknown>)['__ckFaultCanary']).to.equal(undefined);
    await expectRecoverable(setup, 'The server answered with something that is not a ChatKit response (wrong content type).');
  });

  it('a frame that is not JSON: the events before it apply, the rest is never read', async () => {
    const events = await replyEvents();
    let served!: ReturnType<typeof servedBody>['served'];
    const setup = await threadWith(() => {
      const body = servedBody([...events.slice(0, 2).map(frame), 'data: {"type":"thread.item.added", oops\n\n', ...events.slice(2).map(frame)], 'close');
      served = body.served;
      return body.response;
    });
    expect(await setup.el.sendUserMessage('slow stream')).to.equal('failed');
    expect(setup.el.state.items.map((item) => item.id)).to.include(events[0].item.id);
    expect(setup.el.state.items.some((item) => item.type === 'assistant_message' && item.id === events[2].item.id), 'nothing after the bad frame').to.equal(false);
    expect(served.cancelled, 'the body is cancelled').to.equal(true);
    expect(served.bytes).to.be.below(served.total);
    await expectRecoverable(setup, 'The server sent a response this page could not read.');
  });

  it('a 10 MB frame is refused at the size limit, with a clear message and no freeze', async () => {
    const events = await replyEvents();
    const huge = encoder.encode(frame({ type: 'notice', level: 'info', message: 'x'.repeat(10_000_000) }));
    const pieces: Array<string | Uint8Array> = events.slice(0, 2).map(frame);
    for (let at = 0; at < huge.length; at += 65536) pieces.push(huge.subarray(at, at + 65536));
    pieces.push(...events.slice(2).map(frame));
    let served!: ReturnType<typeof servedBody>['served'];
    const setup = await threadWith(() => {
      const body = servedBody(pieces, 'close');
      served = body.served;
      return body.response;
    });
    expect(await setup.el.sendUserMessage('slow stream')).to.equal('failed');
    expect(setup.errors[0]!.detail.message).to.match(/larger than 8388608 characters/);
    expect($(setup.el, '[part=notice]'), 'the frame is not shown').to.equal(null);
    expect(served.cancelled).to.equal(true);
    expect(served.bytes, 'not read past the limit').to.be.below(9_000_000);
    await expectRecoverable(setup, 'The server sent a message too large to show; the response was stopped.');
  });

  it('a server that drips one byte at a time: the page keeps rendering, and Stop ends it', async () => {
    const events = await replyEvents();
    let served!: ReturnType<typeof servedBody>['served'];
    const setup = await threadWith(() => {
      const body = servedBody(bytesOf(events.slice(0, 12).map(frame).join('')), 'drip-forever');
      served = body.served;
      return body.response;
    });
    const { el, wire } = setup;
    const done = el.sendUserMessage('slow stream');
    const replyId = events[2].item.id as string;
    await until(() => /w1/.test(text($(el, `[data-item-id="${replyId}"]`))), 'the first words, byte by byte');
    // Frames are painted while the body keeps dripping: the main thread is not held.
    const before = served.bytes;
    await nextAnimationFrame();
    await nextAnimationFrame();
    expect(served.bytes, 'still dripping between painted frames').to.be.above(before);
    expect(el.state.streaming).to.equal(true);
    $<HTMLButtonElement>(el, '[part=stop]')!.click();
    expect(await done).to.equal('cancelled');
    await el.updateComplete;
    expect(wire.signals[1]!.aborted, 'the request is aborted').to.equal(true);
    expect(served.cancelled, 'and its body released').to.equal(true);
    expect(spinners(el)).to.deep.equal([]);
    expect($(el, '[part=failure]'), 'a stop is not a failure').to.equal(null);
    expect(setup.errors).to.deep.equal([]);
    const reply = el.state.items.at(-1)!;
    expect([reply.type, reply.id], 'the text received so far is kept, as the server keeps it').to.deep.equal(['assistant_message', replyId]);
    expect(text($(el, `[data-item-id="${replyId}"]`))).to.match(/w0 w1/);
    const ids = renderedIds(el);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('Stop is offered before the server sent stream_options (a stalled server can be stopped)', async () => {
    const setup = await threadWith(() => servedBody([], 'hold').response);
    const done = setup.el.sendUserMessage('hello');
    await until(() => !!$(setup.el, '[part=stop]'), 'the Stop button');
    $<HTMLButtonElement>(setup.el, '[part=stop]')!.click();
    expect(await done).to.equal('cancelled');
    await setup.el.updateComplete;
    expect(spinners(setup.el)).to.deep.equal([]);
  });

  it('removed mid-stream: the request is aborted; put back, the thread reloads the server’s view', async () => {
    const events = await replyEvents();
    let served!: ReturnType<typeof servedBody>['served'];
    const setup = await threadWith(() => {
      const body = servedBody(events.slice(0, 6).map(frame), 'hold');
      served = body.served;
      return body.response;
    });
    const { el, wire, read } = setup;
    const done = el.sendUserMessage('slow stream');
    await until(() => served?.finished === true && /w1/.test(text($(el, `[data-item-id="${events[2].item.id}"]`))), 'the reply so far');
    el.remove();
    expect(await done).to.equal('cancelled');
    expect(wire.signals[1]!.aborted).to.equal(true);
    expect(served.cancelled).to.equal(true);
    expect(setup.outcomes).to.deep.equal(['cancelled']);

    document.body.append(el);
    await until(() => wire.requests.filter((r) => r.type === 'threads.get_by_id').length === 2 && !$(el, '.ck-loading'), 'the reload');
    await el.updateComplete;
    expect(renderedIds(el)).to.deep.equal(read.items.data.map((item) => item.id));
    expect(spinners(el)).to.deep.equal([]);
  });
});
