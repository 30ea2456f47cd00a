import { expect } from '@esm-bundle/chai';
import type { CkActionEvent, CkEffectEvent } from '../../src/events.js';
import { fixtureFetch } from './fixture-fetch.js';
import { $, $$, itemNode, mountThread, spinners, text, until, widgetOf } from './ck-thread-harness.js';
import './dom-safe-failures.js';

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

async function metroThread(answers: Record<string, string[]>) {
  const wire = fixtureFetch({ 'threads.get_by_id': ['009-create-widget-list-read'], ...answers });
  const el = await mountThread(wire.fetch, 'thr_0016');
  await until(() => !!widgetOf(el, 'msg_0018'), 'the widget');
  const widget = widgetOf(el, 'msg_0018')!;
  await widget.updateComplete;
  return { el, wire, widget };
}

describe('<ck-thread> metro-map pattern: a server action replaces its widget in place', () => {
  it('sends threads.custom_action, updates the same <ck-widget>, streams the reply and fires ck-effect', async () => {
    const { el, wire, widget } = await metroThread({ 'threads.custom_action': ['049-action-line-select'] });
    const userNode = itemNode(el, 'msg_0017');
    const userArticle = $(el, 'article[aria-label="You"]');
    const rowsBefore = $$(widget, '[part=list-item]');
    const effects: CkEffectEvent[] = [];
    const seen: string[] = [];
    el.onEffect = (effect) => seen.push(effect.name);
    el.addEventListener('ck-effect', (e) => effects.push(e));
    const ends: string[] = [];
    el.addEventListener('ck-response-end', (e) => ends.push(e.detail.outcome));

    rowsBefore[1]!.click();
    await until(() => ends.length === 1, 'the end of the response');
    await el.updateComplete;
    await widget.updateComplete;

    expect(wire.requests.map((r) => r.body.type)).to.deep.equal(['threads.get_by_id', 'threads.custom_action']);
    const { params } = wire.requests[1]!.body;
    expect(params).to.deep.include({ thread_id: 'thr_0016', item_id: 'msg_0018' });
    expect(params.action).to.deep.include({ type: 'line.select', payload: { id: 'blue' } });

    expect(widgetOf(el, 'msg_0018'), 'the same <ck-widget> node').to.equal(widget);
    const rowsAfter = $$(widget, '[part=list-item]');
    expect(text(rowsAfter[1])).to.include('selected');
    expect(rowsAfter[0], 'unchanged rows keep their node').to.equal(rowsBefore[0]);
    expect(rowsAfter[2]).to.equal(rowsBefore[2]);

    expect(text($(itemNode(el, 'msg_0097')!, 'article[aria-label="Assistant"]'))).to.equal('Selected blue. Add the station at the start or the end?');
    expect(effects.map((e) => [e.detail.name, e.detail.data])).to.deep.equal([['location_select_mode', { lineId: 'blue' }]]);
    expect(seen).to.deep.equal(['location_select_mode']);
    expect(ends).to.deep.equal(['completed']);

    expect(itemNode(el, 'msg_0017'), 'other items are not re-created').to.equal(userNode);
    expect($(el, 'article[aria-label="You"]')).to.equal(userArticle);
    expect(spinners(el)).to.deep.equal([]);
  });

  it('a second selection reaches the same widget again', async () => {
    const { el, widget } = await metroThread({ 'threads.custom_action': ['049-action-line-select', '051-action-line-select-again'] });
    let ends = 0;
    el.addEventListener('ck-response-end', () => ends++);
    $$(widget, '[part=list-item]')[1]!.click();
    await until(() => ends === 1, 'the first response');
    await widget.updateComplete;
    $$(widget, '[part=list-item]')[2]!.click();
    await until(() => ends === 2, 'the second response');
    await el.updateComplete;
    await widget.updateComplete;
    expect(widgetOf(el, 'msg_0018')).to.equal(widget);
    expect(el.state.items.map((item) => item.id)).to.deep.equal(['msg_0017', 'msg_0018', 'msg_0097', 'msg_0099']);
  });

  it('a client handler cancels ck-action, does its work and forwards with sendCustomAction', async () => {
    const { el, wire, widget } = await metroThread({ 'threads.custom_action': ['049-action-line-select'] });
    const forwarded: string[] = [];
    el.addEventListener('ck-action', (e: CkActionEvent) => {
      e.preventDefault();
      forwarded.push(e.detail.action.type);
      void el.sendCustomAction(e.detail.action, e.detail.itemId);
    });
    $$(widget, '[part=list-item]')[1]!.click();
    await until(() => wire.requests.length === 2 && !el.state.streaming, 'the forwarded action');
    expect(forwarded).to.deep.equal(['line.select']);
    expect(wire.requests[1]!.body.params).to.deep.include({ thread_id: 'thr_0016', item_id: 'msg_0018' });
  });
});
