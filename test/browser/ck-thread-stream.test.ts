import { expect } from '@esm-bundle/chai';
import { fixtureFetch } from './fixture-fetch.js';
import { $, $$, itemNode, mountThread, readJson, scriptedFetch, sseResponse, spinners, text, transcriptEvents, until } from './ck-thread-harness.js';
import { CkThread } from '../../src/elements/ck-thread.js';
import './dom-safe-failures.js';

afterEach(() => document.querySelectorAll('ck-thread, ck-thread-counting').forEach((el) => el.remove()));

describe('<ck-thread> user messages', () => {
  it('creates a thread with the first message: items appear and response events fire', async () => {
    const wire = fixtureFetch({ 'threads.create': ['001-create-text'] });
    const el = await mountThread(wire.fetch);
    const events: string[] = [];
    for (const name of ['ck-response-start', 'ck-response-end', 'ck-thread-change'] as const) {
      el.addEventListener(name, (e) => events.push(`${name} ${JSON.stringify((e as CustomEvent).detail)}`));
    }
    const request = await readJson('001-create-text.request.json');
    const outcome = await el.sendUserMessage(request.params.input.content[0].text);
    await el.updateComplete;
    expect(outcome).to.equal('completed');
    expect(wire.requests[0]!.body).to.deep.equal(request);
    const read = await readJson('002-create-text-read.response');
    expect(events).to.deep.equal([
      'ck-response-start {"request":"threads.create"}',
      `ck-thread-change {"threadId":"${read.id}"}`,
      'ck-response-end {"request":"threads.create","outcome":"completed"}',
    ]);
    expect(el.getAttribute('thread-id')).to.equal(read.id);
    expect($$(el, '[data-item-id]').map((node) => node.dataset.itemId)).to.deep.equal(read.items.data.map((item: { id: string }) => item.id));
    expect(text($(el, 'article[aria-label="You"]'))).to.equal(request.params.input.content[0].text);
  });

  it('adds a message to a loaded thread with threads.add_user_message', async () => {
    const wire = fixtureFetch({ 'threads.get_by_id': ['002-create-text-read'], 'threads.add_user_message': ['040-add-user-message'] });
    const request = await readJson('040-add-user-message.request.json');
    const el = await mountThread(wire.fetch, request.params.thread_id);
    await until(() => el.state.items.length === 2, 'the loaded thread');
    await el.updateComplete;
    const first = itemNode(el, el.state.items[0]!.id);
    await el.sendUserMessage(request.params.input);
    await el.updateComplete;
    expect(wire.requests[1]!.body).to.deep.equal(request);
    expect(el.state.items.length).to.be.greaterThan(2);
    expect(text($(el, '[data-item-id]:last-child article'))).to.match(/\S/);
    expect(itemNode(el, el.state.items[0]!.id), 'earlier items keep their nodes').to.equal(first);
    expect($(el, '[part=quote]')).to.exist;
  });

  it('is a polite log that stays busy while a reply streams and is released when it completes', async () => {
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const events = await transcriptEvents('003-create-stream');
    const el = await mountThread(scriptedFetch(() => sseResponse(events, { hold, holdAfter: 6 })).fetch);
    const log = $(el, '[role=log]')!;
    expect(log.getAttribute('aria-live')).to.equal('polite');
    const done = el.sendUserMessage('stream please');
    await until(() => !!$(el, 'article[aria-label="Assistant"]'), 'the streaming reply');
    await el.updateComplete;
    expect(log.getAttribute('aria-busy'), 'deltas are not announced one by one').to.equal('true');
    expect($(el, 'article[aria-label="Assistant"]')!.getAttribute('aria-busy')).to.equal('true');
    // Busy is for screen readers only: the conversation is neither dimmed nor blocked meanwhile.
    for (const node of [log, $(el, 'article[aria-label="Assistant"]')!]) {
      const style = getComputedStyle(node);
      expect([style.opacity, style.pointerEvents], node.tagName).to.deep.equal(['1', 'auto']);
    }
    release();
    await done;
    await el.updateComplete;
    expect(log.getAttribute('aria-busy')).to.equal('false');
    expect($(el, 'article[aria-label="Assistant"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(spinners(el)).to.deep.equal([]);
  });

  it('Stop cancels the running response and keeps the text received so far', async () => {
    const events = await transcriptEvents('003-create-stream');
    const wire = scriptedFetch((body) => sseResponse(events, { hold: new Promise(() => {}), holdAfter: 6 }));
    const el = await mountThread(wire.fetch);
    const done = el.sendUserMessage('stream please');
    await until(() => !!$(el, '[part=stop]'), 'the Stop button');
    await until(() => wire.signals.length === 1, 'the request');
    $<HTMLButtonElement>(el, '[part=stop]')!.click();
    expect(await done).to.equal('cancelled');
    await el.updateComplete;
    expect(wire.signals[0]!.aborted).to.equal(true);
    expect(spinners(el)).to.deep.equal([]);
  });
});

class CountingThread extends CkThread {
  renders = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.renders++;
    super.update(changed as never);
  }
}
customElements.define('ck-thread-counting', CountingThread);

describe('<ck-thread> batches streamed text', () => {
  it('2,000 text deltas into one message render at most once per animation frame', async () => {
    const recorded = await transcriptEvents('003-create-stream');
    const head = recorded.filter((event) => event.type !== 'thread.item.updated' && event.type !== 'thread.item.done').slice(0, 4);
    const added = recorded.find((event) => event.type === 'thread.item.added');
    const id = added.item.id as string;
    const deltas = Array.from({ length: 2000 }, (_, i) => ({
      type: 'thread.item.updated',
      item_id: id,
      update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: `w${i} ` },
    }));
    const full = deltas.map((d) => d.update.delta).join('');
    const done = { type: 'thread.item.done', item: { ...added.item, content: [{ type: 'output_text', text: full, annotations: [] }] } };
    const events = [...head.filter((e) => e.type !== 'thread.item.added'), added, ...deltas, done];
    const el = document.createElement('ck-thread-counting') as CountingThread;
    el.api = { url: '/chatkit', fetch: scriptedFetch(() => sseResponse(events, { perChunk: 10 })).fetch };
    document.body.append(el);
    await el.updateComplete;

    let frames = 0;
    let counting = true;
    const tick = () => {
      if (!counting) return;
      frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const rendersBefore = el.renders;
    await el.sendUserMessage('stream please');
    await el.updateComplete;
    counting = false;
    const renders = el.renders - rendersBefore;

    expect(text($(el, 'article[aria-label="Assistant"]'))).to.equal(full.trim());
    expect(renders, `${renders} renders in ${frames} frames`).to.be.at.most(frames + 1);
    expect(renders).to.be.lessThan(2000 / 10);
  });
});
