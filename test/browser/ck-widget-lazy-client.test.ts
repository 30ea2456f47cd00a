/**
 * A standalone <ck-widget endpoint> loads the protocol client (thread controller, reducer, SSE) the
 * first time it sends a server action. These tests hold or fail that load through the internal
 * loader seam and check what the user sees meanwhile and what goes over the wire.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import './dom-safe-failures.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import type { CkErrorEvent, CkLogEvent } from '../../src/events.js';
import { setThreadControllerLoader } from '../../src/dispatch/load-controller.js';
import { $$ as $$thread, mountThread, scriptedFetch, until, widgetOf } from './ck-thread-harness.js';
import { fixtureFetch } from './fixture-fetch.js';

const realModule = () => import('../../src/dispatch/thread-controller.js');
const $ = (el: CkWidget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A loader the test releases by hand, counting how often the widget asked for it. */
function heldLoader() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const loader = { calls: 0, release };
  setThreadControllerLoader(() => {
    loader.calls++;
    return gate.then(realModule);
  });
  return loader;
}

const unhandled: unknown[] = [];
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
before(() => window.addEventListener('unhandledrejection', onUnhandled));
after(() => window.removeEventListener('unhandledrejection', onUnhandled));

afterEach(() => {
  document.querySelectorAll('ck-widget, ck-thread').forEach((el) => el.remove());
  setThreadControllerLoader();
  unhandled.length = 0;
});

/** A standalone widget with one self-loading button and one form submit (container loading). */
async function standaloneWidget() {
  const wire = scriptedFetch(() => new Response('', { headers: { 'content-type': 'text/event-stream' } }));
  const requests = wire.requests;
  const el = document.createElement('ck-widget');
  el.api = { url: '/chatkit', fetch: wire.fetch };
  el.threadId = 'thr_1';
  el.itemId = 'msg_1';
  el.widget = {
    type: 'Card',
    asForm: true,
    confirm: { label: 'Save', action: { type: 'task.save' } },
    children: [
      { type: 'Input', name: 'title', defaultValue: 'Buy oat milk' },
      { type: 'Button', label: 'Refresh', onClickAction: { type: 'refresh', loadingBehavior: 'self' } },
    ],
  };
  const errors: CkErrorEvent[] = [];
  const logs: CkLogEvent[] = [];
  el.addEventListener('ck-error', (e) => errors.push(e));
  el.addEventListener('ck-log', (e) => logs.push(e));
  document.body.append(el);
  await el.updateComplete;
  const refresh = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Refresh')!;
  const save = $(el, '[part=card-confirm]') as HTMLButtonElement;
  return { el, requests, errors, logs, refresh, save };
}

const spinnersIn = (el: CkWidget) => [...el.shadowRoot!.querySelectorAll('.ck-spinner, [aria-busy="true"], [part=busy]')];
/** Long enough for a chunk that had been released to have been used: a few macrotasks. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('standalone <ck-widget>: the protocol client loads on the first server action', () => {
  it('a click while the client loads shows the spinner at once and sends the action once', async () => {
    const loader = heldLoader();
    const { el, requests, logs, refresh } = await standaloneWidget();
    expect(loader.calls, 'rendering loads nothing').to.equal(0);

    refresh.click();
    expect(refresh.getAttribute('aria-busy'), 'the button spins before the chunk arrives').to.equal('true');
    refresh.click();
    expect(logs.map((e) => e.detail.name)).to.include('action.ignored');
    await settle();
    expect(requests, 'nothing is sent before the client has loaded').to.have.length(0);
    expect(refresh.getAttribute('aria-busy')).to.equal('true');

    loader.release();
    await until(() => !refresh.hasAttribute('aria-busy'), 'the end of the action');
    expect(requests.map((r) => r.type)).to.deep.equal(['threads.custom_action']);
    expect(requests[0]!.params).to.deep.include({ thread_id: 'thr_1', item_id: 'msg_1' });
    expect(requests[0]!.params.action).to.deep.include({ type: 'refresh' });
    expect(loader.calls, 'loaded once').to.equal(1);
    expect(unhandled).to.deep.equal([]);
  });

  it('a form submit while the client loads shows the container overlay at once', async () => {
    const loader = heldLoader();
    const { el, requests, save } = await standaloneWidget();
    save.click();
    expect(el.busy, 'container loading state before the chunk arrives').to.equal(true);
    await el.updateComplete;
    expect($(el, '[part=busy]')).to.exist;

    loader.release();
    await until(() => !el.busy && requests.length === 1, 'the end of the action');
    expect(requests[0]!.params.action).to.deep.include({ type: 'task.save', payload: { title: 'Buy oat milk' } });
  });

  it('the second action reuses the loaded client', async () => {
    const loader = heldLoader();
    const { el, requests, refresh } = await standaloneWidget();
    loader.release();
    refresh.click();
    await until(() => requests.length === 1 && !refresh.hasAttribute('aria-busy'), 'the first action');
    refresh.click();
    expect(refresh.getAttribute('aria-busy')).to.equal('true');
    await until(() => requests.length === 2 && !refresh.hasAttribute('aria-busy'), 'the second action');
    expect(loader.calls).to.equal(1);
    expect(el.busy).to.equal(false);
  });

  it('removed while the client loads: nothing is sent, nothing keeps spinning, and back in the page it works', async () => {
    const loader = heldLoader();
    const { el, requests, errors, refresh } = await standaloneWidget();
    refresh.click();
    expect(refresh.getAttribute('aria-busy')).to.equal('true');
    el.remove();
    loader.release();
    await until(() => !refresh.hasAttribute('aria-busy'), 'the end of the action');
    await settle();
    expect(requests, 'a widget removed before its action went out never sends it').to.have.length(0);
    expect(errors, 'a removal is not an error').to.deep.equal([]);

    document.body.append(el);
    await el.updateComplete;
    refresh.click();
    await until(() => requests.length === 1 && !refresh.hasAttribute('aria-busy'), 'the action after coming back');
    expect(unhandled).to.deep.equal([]);
  });

  it('stop() while the client loads: nothing is sent and the loading state ends', async () => {
    const loader = heldLoader();
    const { el, requests, errors, save } = await standaloneWidget();
    save.click();
    expect(el.busy).to.equal(true);
    el.stop();
    loader.release();
    await until(() => !el.busy, 'the end of the action');
    await settle();
    await el.updateComplete;
    expect(requests).to.have.length(0);
    expect(errors).to.deep.equal([]);
    expect(spinnersIn(el)).to.deep.equal([]);
    expect($(el, '[part=action-error]'), 'a stop is not an error').to.equal(null);
  });

  it('a client that fails to load is a visible action error, and acting again retries the load', async () => {
    // The first load fails (a flaky network), the next one succeeds: the same loader, asked twice.
    let calls = 0;
    let fail!: (error: Error) => void;
    setThreadControllerLoader(() => {
      calls++;
      return calls === 1 ? new Promise<never>((_resolve, reject) => (fail = reject)) : realModule();
    });
    const { el, requests, errors, save } = await standaloneWidget();
    save.click();
    expect(el.busy).to.equal(true);
    fail(new TypeError('Failed to fetch dynamically imported module: /chunks/thread-controller-x.js'));
    await until(() => errors.length === 1 && !el.busy, 'the error');
    await el.updateComplete;
    expect(errors[0]!.detail.kind).to.equal('action');
    expect(errors[0]!.detail.message).to.equal(
      'Could not send the action: the ChatKit client did not load (Failed to fetch dynamically imported module: /chunks/thread-controller-x.js)',
    );
    expect(text($(el, '[part=action-error] span'))).to.equal(errors[0]!.detail.message);
    expect(spinnersIn(el)).to.deep.equal([]);
    expect(requests).to.have.length(0);

    save.click();
    expect(el.busy).to.equal(true);
    await until(() => requests.length === 1 && !el.busy, 'the retried action');
    await el.updateComplete;
    expect(calls, 'the failed load is not kept').to.equal(2);
    expect($(el, '[part=action-error]'), 'the error clears').to.equal(null);
    expect(requests[0]!.params.action).to.deep.include({ type: 'task.save', payload: { title: 'Buy oat milk' } });
    expect(errors).to.have.length(1);
    expect(unhandled, 'no unhandled rejection').to.deep.equal([]);
  });

  it('a widget with no server logs the action as unhandled and loads nothing', async () => {
    const loader = heldLoader();
    const { el, refresh, logs } = await standaloneWidget();
    el.api = undefined;
    await el.updateComplete;
    refresh.click();
    expect(refresh.hasAttribute('aria-busy')).to.equal(false);
    expect(logs.map((e) => e.detail.name)).to.include('action.unhandled');
    expect(loader.calls).to.equal(0);
  });
});

describe('<ck-widget> inside <ck-thread> uses the thread controller', () => {
  it('a server action loads nothing more', async () => {
    const loader = heldLoader();
    const wire = fixtureFetch({ 'threads.get_by_id': ['009-create-widget-list-read'], 'threads.custom_action': ['049-action-line-select'] });
    const thread = await mountThread(wire.fetch, 'thr_0016');
    await until(() => !!widgetOf(thread, 'msg_0018'), 'the widget');
    const widget = widgetOf(thread, 'msg_0018')!;
    await widget.updateComplete;
    let ends = 0;
    thread.addEventListener('ck-response-end', () => ends++);
    $$thread(widget, '[part=list-item]')[1]!.click();
    await until(() => ends === 1, 'the end of the response');
    expect(wire.requests.map((r) => r.body.type)).to.deep.equal(['threads.get_by_id', 'threads.custom_action']);
    expect(loader.calls).to.equal(0);
  });
});
