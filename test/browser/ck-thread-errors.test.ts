import { expect } from '@esm-bundle/chai';
import type { CkErrorEvent } from '../../src/events.js';
import { fixtureFetch } from './fixture-fetch.js';
import { $, mountThread, readJson, spinners, text, until } from './ck-thread-harness.js';
import './dom-safe-failures.js';

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

function collectErrors(el: HTMLElement): CkErrorEvent[] {
  const errors: CkErrorEvent[] = [];
  el.addEventListener('ck-error', (e) => errors.push(e));
  return errors;
}

describe('<ck-thread> errors the server streams', () => {
  it('an error with allow_retry offers Retry, which sends threads.retry_after_item', async () => {
    const wire = fixtureFetch({ 'threads.create': ['035-create-error'], 'threads.retry_after_item': ['043-retry-after-item'] });
    const el = await mountThread(wire.fetch);
    const errors = collectErrors(el);
    await el.sendUserMessage('error midway');
    await el.updateComplete;
    expect(text($(el, '[part=error]'))).to.equal('The model is overloaded. Try again. Retry');
    expect(errors.map((e) => [e.detail.kind, e.detail.message])).to.deep.equal([['stream', 'The model is overloaded. Try again.']]);
    expect(el.state.items.map((item) => item.type), 'the unfinished partial reply is gone, as on the server').to.deep.equal(['user_message']);
    expect(spinners(el)).to.deep.equal([]);

    $<HTMLButtonElement>(el, '[part=retry]')!.click();
    await until(() => wire.requests.length === 2 && !el.state.streaming, 'the retry');
    await el.updateComplete;
    expect(wire.requests[1]!.body).to.deep.equal({ type: 'threads.retry_after_item', params: { thread_id: 'thr_0082', item_id: 'msg_0083' } });
    expect($(el, '[part=error]')).to.equal(null);
  });

  it('an error without allow_retry shows its message and no Retry', async () => {
    const wire = fixtureFetch({ 'threads.create': ['037-create-custom-error'] });
    const el = await mountThread(wire.fetch);
    await el.sendUserMessage('custom error');
    await el.updateComplete;
    expect($(el, '[part=error]')).to.exist;
    expect($(el, '[part=retry]')).to.equal(null);
    expect(spinners(el)).to.deep.equal([]);
  });
});

describe('<ck-thread> transport failures are recoverable', () => {
  it('a stream cut off mid-body shows a message and "Reload thread", which reloads', async () => {
    const wire = fixtureFetch({
      'threads.get_by_id': ['002-create-text-read', '002-create-text-read'],
      'threads.add_user_message': ['107-add-message-deleted-thread'],
    });
    const read = await readJson('002-create-text-read.response');
    const el = await mountThread(wire.fetch, read.id);
    await until(() => el.state.items.length === 2, 'the thread');
    const errors = collectErrors(el);
    expect(await el.sendUserMessage('are you there?')).to.equal('failed');
    await el.updateComplete;
    expect(text($(el, '[part=failure]'))).to.equal('The connection closed before the response finished. Reload thread');
    expect(errors[0]!.detail.kind).to.equal('stream');
    expect(spinners(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '[part=reload]')!.click();
    await until(() => wire.requests.length === 3 && !$(el, '.ck-loading'), 'the reload');
    await el.updateComplete;
    expect(wire.requests[2]!.body).to.deep.equal({ type: 'threads.get_by_id', params: { thread_id: read.id } });
    expect($(el, '[part=failure]')).to.equal(null);
  });

  it('a 500 on load shows the failure with "Reload thread" and no spinner', async () => {
    const wire = fixtureFetch({ 'threads.get_by_id': ['106-threads-get-deleted', '002-create-text-read'] });
    const el = await mountThread(wire.fetch, 'thr_0001');
    const errors = collectErrors(el);
    await until(() => !!$(el, '[part=failure]'), 'the failure');
    expect(text($(el, '[part=failure]'))).to.equal('Could not load the thread. The server answered with an error (HTTP 500). Reload thread');
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['load']);
    expect(spinners(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '[part=reload]')!.click();
    await until(() => el.state.items.length === 2 && !$(el, '.ck-loading'), 'the reloaded thread');
    await el.updateComplete;
    expect($(el, '[part=failure]')).to.equal(null);
  });
});
