import { expect } from '@esm-bundle/chai';
import type { CkErrorEvent } from '../../src/events.js';
import { mountThread, scriptedFetch, sseResponse, until } from './ck-thread-harness.js';
import './dom-safe-failures.js';

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

function collectErrors(el: HTMLElement): CkErrorEvent[] {
  const errors: CkErrorEvent[] = [];
  el.addEventListener('ck-error', (e) => errors.push(e));
  return errors;
}

describe('<ck-thread> one response at a time, ended with the element', () => {
  it('removing the element mid-stream aborts its request', async () => {
    const wire = scriptedFetch(() =>
      sseResponse([{ type: 'stream_options', stream_options: { allow_cancel: true } }], { hold: new Promise(() => {}), holdAfter: 1 }),
    );
    const el = await mountThread(wire.fetch);
    const ends: string[] = [];
    el.addEventListener('ck-response-end', (e) => ends.push(e.detail.outcome));
    const done = el.sendUserMessage('hello');
    await until(() => wire.signals.length === 1 && el.state.streaming, 'the stream');
    el.remove();
    expect(await done).to.equal('cancelled');
    expect(wire.signals[0]!.aborted).to.equal(true);
    expect(ends).to.deep.equal(['cancelled']);
  });

  it('sending while a response runs is refused with a ck-error, not a second request', async () => {
    const wire = scriptedFetch(() => sseResponse([{ type: 'stream_options', stream_options: { allow_cancel: true } }], { hold: new Promise(() => {}), holdAfter: 1 }));
    const el = await mountThread(wire.fetch);
    const errors = collectErrors(el);
    void el.sendUserMessage('one');
    await until(() => el.state.streaming, 'the stream');
    expect(await el.sendUserMessage('two')).to.equal('failed');
    expect(wire.requests).to.have.length(1);
    expect(errors[0]!.detail.message).to.match(/already running/);
    el.stop();
  });
});
