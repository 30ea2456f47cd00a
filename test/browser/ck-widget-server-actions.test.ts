import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import type { CkEffectEvent, CkErrorEvent } from '../../src/events.js';
import { fixtureFetch, widgetItemFrom } from './fixture-fetch.js';

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
