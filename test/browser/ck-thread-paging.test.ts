import { expect } from '@esm-bundle/chai';
import type { CkErrorEvent } from '../../src/events.js';
import { fixtureFetch } from './fixture-fetch.js';
import { $, itemNode, jsonResponse, mountThread, readJson, scriptedFetch, spinners, text, until } from './ck-thread-harness.js';
import './dom-safe-failures.js';

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

/**
 * A long thread, as the server pages it: `threads.get_by_id` answers with the OLDEST page (the
 * recorded asc page 052 of thr_0016: msg_0017, msg_0018, has_more), so the thread asks for the
 * newest items with `items.list {order: desc}` (served: the recorded desc page 055, msg_0099,
 * msg_0097, has_more, after msg_0097) and shows those. Paging back then goes to `olderAnswer`.
 */
async function partialThread(olderAnswer: (body: { params: Record<string, unknown> }) => Promise<Response>) {
  const [thread, oldest, newest] = await Promise.all([
    readJson('050-action-line-select-read.response'),
    readJson('052-items-list-asc-3.response'),
    readJson('055-items-list-desc-3.response'),
  ]);
  const firstPage = { ...thread, items: oldest };
  let listed = 0;
  const wire = scriptedFetch((body) => {
    if (body.type === 'threads.get_by_id') return jsonResponse(firstPage);
    return listed++ === 0 ? jsonResponse(newest) : olderAnswer(body);
  });
  const el = await mountThread(wire.fetch, 'thr_0016');
  await until(() => el.state.items.length === 2 && !!$(el, '[part=load-older]'), 'the newest page');
  await el.updateComplete;
  expect(wire.requests).to.deep.equal([
    { type: 'threads.get_by_id', params: { thread_id: 'thr_0016' } },
    { type: 'items.list', params: { thread_id: 'thr_0016', limit: 20, order: 'desc' } },
  ]);
  return { el, wire };
}

/** A recorded answer, served through fixtureFetch so its status and content type are the recorded ones. */
function recorded(name: string) {
  const wire = fixtureFetch({ 'items.list': [name] });
  return (body: unknown) => wire.fetch('/chatkit', { method: 'POST', body: JSON.stringify(body) });
}

describe('<ck-thread> pages back with items.list', () => {
  it('"Load earlier messages" asks for the items before the oldest one and puts them on top', async () => {
    const answer = recorded('057-items-list-limit-0');
    const { el, wire } = await partialThread((body) => answer({ type: 'items.list', ...body }));
    const newest = itemNode(el, 'msg_0099');
    const button = $<HTMLButtonElement>(el, '[part=load-older]')!;
    expect(button.tagName).to.equal('BUTTON');
    button.focus();
    expect(el.shadowRoot!.activeElement, 'keyboard reachable').to.equal(button);
    button.click();
    await until(() => el.state.items.length === 4, 'the older items');
    await el.updateComplete;
    expect(wire.requests[2]).to.deep.equal({ type: 'items.list', params: { thread_id: 'thr_0016', limit: 20, order: 'desc', after: 'msg_0097' } });
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-item-id]')].map((n) => n.dataset.itemId)).to.deep.equal(['msg_0017', 'msg_0018', 'msg_0097', 'msg_0099']);
    expect(itemNode(el, 'msg_0099'), 'loaded items keep their nodes').to.equal(newest);
    expect($(el, '[part=load-older]'), 'nothing older left').to.equal(null);
    expect(spinners(el)).to.deep.equal([]);
  });

  it('shows a loading state on the button while the page is on its way', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const answer = recorded('056-items-list-after-unknown');
    const { el } = await partialThread(async (body) => {
      await gate;
      return answer({ type: 'items.list', ...body });
    });
    $<HTMLButtonElement>(el, '[part=load-older]')!.click();
    await el.updateComplete;
    const button = $<HTMLButtonElement>(el, '[part=load-older]')!;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.disabled).to.equal(true);
    expect(text(button)).to.equal('Loading earlier messages…');
    release();
    await until(() => !$(el, '[part=load-older]'), 'the empty page');
    expect(el.state.items.map((item) => item.id), 'an empty page adds nothing').to.deep.equal(['msg_0097', 'msg_0099']);
    expect(spinners(el)).to.deep.equal([]);
  });

  it('a failed page shows why, keeps the button and leaves no spinner', async () => {
    const answer = recorded('118-bad-order-value');
    const { el } = await partialThread((body) => answer({ type: 'items.list', ...body }));
    const errors: CkErrorEvent[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e));
    $<HTMLButtonElement>(el, '[part=load-older]')!.click();
    await until(() => errors.length === 1, 'the error');
    await el.updateComplete;
    expect(text($(el, '.older [role=alert]'))).to.equal('Could not load earlier messages. The server answered with an error (HTTP 500).');
    const button = $<HTMLButtonElement>(el, '[part=load-older]')!;
    expect(button.disabled).to.equal(false);
    expect(spinners(el)).to.deep.equal([]);
  });
});
