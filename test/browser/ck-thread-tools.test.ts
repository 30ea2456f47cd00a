import { expect } from '@esm-bundle/chai';
import type { ClientToolCall } from '../../src/elements/ck-thread.js';
import type { CkErrorEvent, CkLogEvent } from '../../src/events.js';
import { fixtureFetch } from './fixture-fetch.js';
import { $, itemNode, mountThread, readJson, spinners, text, until } from './ck-thread-harness.js';
import './dom-safe-failures.js';

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

describe('<ck-thread> client tool calls', () => {
  it('runs onClientTool and sends its result with threads.add_client_tool_output', async () => {
    const expected = await readJson('080-client-tool-output.request.json');
    const wire = fixtureFetch({ 'threads.create': ['024-create-tool'], 'threads.add_client_tool_output': ['080-client-tool-output'] });
    const calls: ClientToolCall[] = [];
    let finish!: (value: unknown) => void;
    const el = await mountThread(wire.fetch, undefined, (thread) => {
      thread.onClientTool = (call) => {
        calls.push(call);
        return new Promise((resolve) => (finish = resolve));
      };
    });
    await el.sendUserMessage('tool call please');
    await until(() => calls.length === 1, 'the tool call');
    await el.updateComplete;
    expect(calls[0]).to.deep.equal({ name: 'get_location', params: { precision: 'city' }, callId: 'call_1', itemId: 'tc_0060' });
    expect($(el, '[part=tool-call]')!.dataset.status).to.equal('running');
    expect(text($(el, '[part=tool-call]'))).to.equal('Running get_location…');

    finish(expected.params.result);
    await until(() => wire.requests.length === 2 && !el.state.streaming, 'the tool output');
    await el.updateComplete;
    expect(wire.requests[1]!.body).to.deep.equal(expected);
    expect($(el, '[part=tool-call]')!.dataset.status).to.equal('completed');
    expect(text($(itemNode(el, 'msg_0103')!, 'article'))).to.equal('Thanks, continuing with your answer.');
    expect(spinners(el)).to.deep.equal([]);
  });

  it('a handler that throws shows the failure and sends nothing', async () => {
    const wire = fixtureFetch({ 'threads.create': ['024-create-tool'] });
    const el = await mountThread(wire.fetch, undefined, (thread) => {
      thread.onClientTool = () => {
        throw new Error('permission denied');
      };
    });
    const errors: CkErrorEvent[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e));
    await el.sendUserMessage('tool call please');
    await until(() => errors.length === 1, 'the error');
    await el.updateComplete;
    expect(text($(el, '[part=tool-call]'))).to.equal('get_location failed: permission denied');
    expect(wire.requests).to.have.length(1);
    expect(spinners(el)).to.deep.equal([]);
  });

  it('without a handler the call waits, visibly and without a spinner', async () => {
    const wire = fixtureFetch({ 'threads.create': ['024-create-tool'] });
    const el = await mountThread(wire.fetch);
    const logs: CkLogEvent[] = [];
    el.addEventListener('ck-log', (e) => logs.push(e));
    await el.sendUserMessage('tool call please');
    await el.updateComplete;
    expect(text($(el, '[part=tool-call]'))).to.equal('Waiting for get_location');
    expect(logs.map((e) => e.detail.name)).to.include('client_tool.unhandled');
    expect(spinners(el)).to.deep.equal([]);
  });
});
