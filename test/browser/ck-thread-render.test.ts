import { expect } from '@esm-bundle/chai';
import { fixtureFetch } from './fixture-fetch.js';
import { $, $$, itemNode, mountThread, spinners, text, until, widgetOf } from './ck-thread-harness.js';

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

describe('<ck-thread> loads a thread with threads.get_by_id', () => {
  it('renders the user message and the widget of a recorded thread', async () => {
    const wire = fixtureFetch({ 'threads.get_by_id': ['009-create-widget-list-read'] });
    const el = await mountThread(wire.fetch, 'thr_0016');
    await until(() => el.state.items.length === 2, 'the items');
    await el.updateComplete;
    expect(wire.requests[0]!.body).to.deep.equal({ type: 'threads.get_by_id', params: { thread_id: 'thr_0016' } });
    expect(text($(el, 'article[aria-label="You"]'))).to.equal('widget list');
    const widget = widgetOf(el, 'msg_0018')!;
    expect(widget.getAttribute('item-id')).to.equal('msg_0018');
    await widget.updateComplete;
    expect($$(widget, '[part=list-item]').length).to.be.greaterThan(1);
    expect(spinners(el)).to.deep.equal([]);
    expect(itemNode(el, 'msg_0017')).to.exist;
  });
});
