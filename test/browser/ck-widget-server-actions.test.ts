import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import './dom-safe-failures.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import type { CkEffectEvent, CkErrorEvent } from '../../src/events.js';
import { fixtureFetch, widgetItemFrom } from './fixture-fetch.js';
import { bytesOf, encoder, frame, servedBody } from './served-body.js';
import { scriptedFetch } from './ck-thread-harness.js';

const $$ = (el: CkWidget, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

afterEach(() => document.querySelectorAll('ck-widget').forEach((el) => el.remove()));

async function metroWidget(answers: Record<string, string[]>) {
  const item = await widgetItemFrom('009-create-widget-list-read', 'msg_0018');
  const wire = fixtureFetch(answers);
  const el = document.createElement('ck-widget');
  el.api = { url: '/chatkit', fetch: wire.fetch };
  el.threadId = 'thr_0016';
  el.itemId = item.id;
  el.widget = item.widget;
  document.body.append(el);
  await el.updateComplete;
  return { el, wire };
}

describe('standalone <ck-widget> server actions (metro-map pattern, recorded server)', () => {
  it('sends threads.custom_action, replaces the widget in place and delivers the client effect', async () => {
    const { el, wire } = await metroWidget({ 'threads.custom_action': ['049-action-line-select'] });
    const rowsBefore = $$(el, '[part=list-item]');
    const effects: CkEffectEvent[] = [];
    document.addEventListener('ck-effect', (e) => effects.push(e as CkEffectEvent), { once: true });
    rowsBefore[1]!.click();
    expect(el.busy, 'container loading state while the stream runs').to.equal(true);
    await until(() => effects.length === 1 && !el.busy, 'the effect and the end of the stream');
    await el.updateComplete;

    expect(wire.requests).to.have.length(1);
    const { body } = wire.requests[0]!;
    expect(body.type).to.equal('threads.custom_action');
    expect(body.params).to.deep.include({ thread_id: 'thr_0016', item_id: 'msg_0018' });
    expect(body.params.action).to.deep.include({ type: 'line.select', payload: { id: 'blue' } });

    const rowsAfter = $$(el, '[part=list-item]');
    expect(text(rowsAfter[1])).to.include('selected');
    expect(rowsAfter[0], 'unchanged rows keep their DOM node').to.equal(rowsBefore[0]);
    expect(rowsAfter[2]).to.equal(rowsBefore[2]);
    expect(effects[0]!.detail.name).to.be.a('string').and.not.equal('');
  });

  it('a canceled ck-action never reaches the server', async () => {
    const { el, wire } = await metroWidget({ 'threads.custom_action': ['049-action-line-select'] });
    el.addEventListener('ck-action', (e) => e.preventDefault(), { once: true });
    $$(el, '[part=list-item]')[0]!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(wire.requests).to.have.length(0);
  });

  it('blocks a double click while the action runs', async () => {
    const { el, wire } = await metroWidget({ 'threads.custom_action': ['049-action-line-select', '051-action-line-select-again'] });
    const rows = $$(el, '[part=list-item]');
    rows[1]!.click();
    rows[1]!.click();
    await until(() => !el.busy, 'the end of the stream');
    expect(wire.requests).to.have.length(1);
  });

  it('shows a recoverable error when the server raises, and clears the spinner', async () => {
    const { el } = await metroWidget({ 'threads.custom_action': ['066-action-raise'] });
    const errors: CkErrorEvent[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e));
    $$(el, '[part=list-item]')[0]!.click();
    await until(() => errors.length > 0 && !el.busy, 'the error');
    await el.updateComplete;
    expect(errors[0]!.detail.kind).to.equal('stream');
    expect(el.shadowRoot!.querySelector('[part=action-error]')).to.exist;
    expect(el.shadowRoot!.querySelector('[aria-busy=true]')).to.equal(null);
  });

  it('reports a stream cut off mid-body as an error, never a hanging spinner', async () => {
    const { el } = await metroWidget({ 'threads.custom_action': ['064-action-on-removed-item'] });
    const errors: CkErrorEvent[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e));
    $$(el, '[part=list-item]')[0]!.click();
    await until(() => errors.length > 0 && !el.busy, 'the dropped-stream error');
    expect(errors[0]!.detail.message).to.match(/\S/);
  });

  it('uses threads.sync_custom_action for streaming: false and applies the returned item', async () => {
    const wire = fixtureFetch({ 'threads.sync_custom_action': ['071-sync-action-counter'] });
    const request = await fetch(new URL('../../../shared/fixtures/chatkit-python/071-sync-action-counter.request.json', import.meta.url)).then((r) => r.json());
    const el = document.createElement('ck-widget');
    el.api = { url: '/chatkit', fetch: wire.fetch };
    el.threadId = request.params.thread_id;
    el.itemId = request.params.item_id;
    el.widget = { type: 'Card', children: [{ type: 'Button', label: 'Increment', onClickAction: { ...request.params.action, streaming: false } }] };
    document.body.append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => wire.requests.length === 1 && !el.shadowRoot!.querySelector('[aria-busy=true]'), 'the sync answer');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(wire.requests[0]!.body.type).to.equal('threads.sync_custom_action');
    const answer = await fetch(new URL('../../../shared/fixtures/chatkit-python/071-sync-action-counter.response', import.meta.url)).then((r) => r.json());
    expect(el.currentWidget).to.deep.equal(answer.updated_item.widget);
  });

  it('a button running its action shows a spinner in place of its label, and its label again after', async () => {
    let answer!: (response: Response) => void;
    const el = document.createElement('ck-widget');
    el.api = { url: '/chatkit', fetch: () => new Promise<Response>((resolve) => (answer = resolve)) };
    el.threadId = 'thr_1';
    el.itemId = 'wid_1';
    el.widget = { type: 'Card', children: [{ type: 'Button', label: 'Refresh', onClickAction: { type: 'refresh', loadingBehavior: 'self' } }] };
    document.body.append(el);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    const label = button.firstElementChild!;
    button.click();
    await until(() => answer !== undefined, 'the request');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(label).visibility, 'label hidden while busy').to.equal('hidden');
    expect(getComputedStyle(button, '::after').animationName).to.equal('ck-spin');
    answer(new Response('data: {"type":"stream_options","stream_options":{"allow_cancel":true}}\n\n', { headers: { 'content-type': 'text/event-stream' } }));
    await until(() => !button.hasAttribute('aria-busy'), 'the end of the action');
    expect(getComputedStyle(label).visibility).to.equal('visible');
    expect(getComputedStyle(button, '::after').animationName).to.equal('none');
  });

  it('removing the element mid-stream aborts its request', async () => {
    let aborted = false;
    const el = document.createElement('ck-widget');
    el.api = {
      url: '/chatkit',
      fetch: (async (_input: RequestInfo | URL, init?: RequestInit) => {
        init?.signal?.addEventListener('abort', () => (aborted = true));
        return new Response(new ReadableStream({ start() {} }), { headers: { 'content-type': 'text/event-stream' } });
      }) as typeof fetch,
    };
    el.threadId = 't';
    el.itemId = 'i';
    el.widget = { type: 'Card', children: [{ type: 'Button', label: 'Go', onClickAction: { type: 'go' } }] };
    document.body.append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    el.remove();
    await until(() => aborted, 'the abort');
  });
});

/**
 * Transport faults (issue 9) for a standalone widget's server action. Each ends with the widget as
 * it was, the user's typed input kept, a plain message on the widget, no spinner, and nothing sent
 * again until the user acts again (then it works).
 */
describe('standalone <ck-widget> server action faults', () => {
  const streamOptions = frame({ type: 'stream_options', stream_options: { allow_cancel: true } });

  /** A form widget whose first action meets `fault`; later actions get a clean, empty stream. */
  async function formWidget(fault: () => Response) {
    const { fetch, requests, signals } = scriptedFetch(() => (requests.length === 1 ? fault() : new Response('', { headers: { 'content-type': 'text/event-stream' } })));
    const el = document.createElement('ck-widget');
    el.api = { url: '/chatkit', fetch };
    el.threadId = 'thr_1';
    el.itemId = 'msg_1';
    el.widget = {
      type: 'Card',
      asForm: true,
      confirm: { label: 'Save', action: { type: 'task.save' } },
      children: [{ type: 'Input', name: 'title', placeholder: 'Title' }],
    };
    const errors: CkErrorEvent[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e));
    document.body.append(el);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=title]')!;
    input.value = 'Buy oat milk';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=card-confirm]')!.click();
    return { el, requests, signals, errors, input };
  }

  const spinnersIn = (el: CkWidget) => $$(el, '.ck-spinner, [aria-busy="true"], [part=busy]');

  async function expectRecoverable(setup: Awaited<ReturnType<typeof formWidget>>, message: string | null): Promise<void> {
    const { el, requests, input } = setup;
    await until(() => !el.busy && (message === null || setup.errors.length > 0), 'the end of the action');
    await el.updateComplete;
    if (message === null) expect(el.shadowRoot!.querySelector('[part=action-error]'), 'a stop is not an error').to.equal(null);
    else expect(text(el.shadowRoot!.querySelector('[part=action-error] span'))).to.equal(message);
    expect(spinnersIn(el), 'no spinner left running').to.deep.equal([]);
    const kept = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=title]')!;
    expect(kept === input && kept.value === 'Buy oat milk', 'the typed input is kept, in the same field').to.equal(true);
    expect(requests, 'a POST is never retried on its own').to.have.length(1);

    // The user acts again: the same values go out, and the error clears.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=card-confirm]')!.click();
    await until(() => requests.length === 2 && !el.busy, 'the second action');
    await el.updateComplete;
    expect(requests[1]!.params.action).to.deep.include({ type: 'task.save', payload: { title: 'Buy oat milk' } });
    expect(el.shadowRoot!.querySelector('[part=action-error]')).to.equal(null);
  }

  it('the server closes the connection mid-stream', async () => {
    const setup = await formWidget(() => servedBody([streamOptions], 'error').response);
    await expectRecoverable(setup, 'The connection closed before the response finished.');
    expect(setup.errors[0]!.detail.kind).to.equal('stream');
  });

  it('the server answers 500', async () => {
    const setup = await formWidget(() => new Response('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain' } }));
    await expectRecoverable(setup, 'The server answered with an error (HTTP 500).');
  });

  it('the server answers 200 with an HTML page, which is neither rendered nor quoted', async () => {
    const setup = await formWidget(() => new Response('<!doctype html><title>Sign in</title><p>Please sign in</p>', { headers: { 'content-type': 'text/html' } }));
    await until(() => setup.errors.length > 0, 'the error');
    await setup.el.updateComplete;
    expect(setup.el.shadowRoot!.querySelector('title, p')).to.equal(null);
    expect(text(setup.el.shadowRoot!)).not.to.include('Please sign in');
    await expectRecoverable(setup, 'The server answered with something that is not a ChatKit response (wrong content type).');
  });

  it('a frame that is not JSON', async () => {
    let served!: ReturnType<typeof servedBody>['served'];
    const setup = await formWidget(() => {
      const body = servedBody([streamOptions, 'data: {oops\n\n', streamOptions], 'hold');
      served = body.served;
      return body.response;
    });
    await expectRecoverable(setup, 'The server sent a response this page could not read.');
    expect(served.cancelled, 'the rest of the body is released').to.equal(true);
  });

  it('a 10 MB frame is refused at the size limit', async () => {
    const huge = encoder.encode(frame({ type: 'notice', level: 'info', message: 'x'.repeat(10_000_000) }));
    const pieces: Array<string | Uint8Array> = [streamOptions];
    for (let at = 0; at < huge.length; at += 65536) pieces.push(huge.subarray(at, at + 65536));
    let served!: ReturnType<typeof servedBody>['served'];
    const setup = await formWidget(() => {
      const body = servedBody(pieces, 'close');
      served = body.served;
      return body.response;
    });
    await expectRecoverable(setup, 'The server sent a message too large to show; the response was stopped.');
    expect(served.cancelled).to.equal(true);
    expect(served.bytes).to.be.below(9_000_000);
  });

  it('a server that drips: the page keeps rendering, and stop() ends the action', async () => {
    let served!: ReturnType<typeof servedBody>['served'];
    const setup = await formWidget(() => {
      const body = servedBody(bytesOf(streamOptions), 'drip-forever');
      served = body.served;
      return body.response;
    });
    await until(() => (served?.bytes ?? 0) > 10, 'the drip');
    expect(setup.el.busy, 'the widget shows it is working').to.equal(true);
    const before = served.bytes;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(served.bytes, 'still dripping between painted frames').to.be.above(before);
    expect(setup.el.busy).to.equal(true);
    setup.el.stop();
    await until(() => !setup.el.busy, 'the stop');
    expect(setup.signals[0]!.aborted).to.equal(true);
    expect(served.cancelled).to.equal(true);
    expect(setup.errors, 'a stop is not an error').to.deep.equal([]);
    await expectRecoverable(setup, null);
  });

  it('removed mid-stream: the request is aborted and nothing is left running', async () => {
    let served!: ReturnType<typeof servedBody>['served'];
    const setup = await formWidget(() => {
      const body = servedBody([streamOptions], 'hold');
      served = body.served;
      return body.response;
    });
    await until(() => served?.finished === true, 'the open stream');
    setup.el.remove();
    await until(() => !setup.el.busy, 'the end of the action');
    expect(setup.signals[0]!.aborted).to.equal(true);
    expect(served.cancelled).to.equal(true);
    expect(setup.errors).to.deep.equal([]);
    document.body.append(setup.el);
    await expectRecoverable(setup, null);
  });
});
