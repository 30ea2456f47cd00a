import { expect } from '@esm-bundle/chai';
import type { ChatLogEntry } from '../../src/elements/chat/options.js';
import type { CkLogEvent } from '../../src/events.js';
import { streamAssistantText } from '../../src/server/index.js';
import { $, $$, announced, cleanup, messageText, mountChat, ScriptedServer, settled, text, until } from './ck-chat-harness.js';
import './dom-safe-failures.js';

afterEach(cleanup);

/** Replies with text and a widget, so a response has two items; counts how often it answered. */
function replyingServer() {
  const server = new ScriptedServer();
  let replies = 0;
  server.script = async function* (thread, input, self) {
    replies++;
    yield* streamAssistantText(self.itemBase(thread, {}), [`Reply ${replies} to `, messageText(input)]);
    yield self.widgetReply(thread, { type: 'Card', children: [{ type: 'Text', value: `Card ${replies}` }] }, `Card ${replies} copy`);
  };
  return server;
}

const actionButton = (el: HTMLElement, action: string) => $$<HTMLButtonElement>((el as any).thread, `ck-response-actions`).at(-1)?.shadowRoot?.querySelector<HTMLButtonElement>(`[data-action=${action}]`) ?? null;

describe('<ck-chat> response actions', () => {
  it('thumbs up sends items.feedback for the whole response, logs message.feedback and calls onLog', async () => {
    const server = replyingServer();
    const onLog: ChatLogEntry[] = [];
    const { el, wire } = await mountChat(server, { threadItemActions: { feedback: true }, onLog: (entry) => onLog.push(entry) });
    const events: CkLogEvent[] = [];
    el.addEventListener('ck-log', (e) => events.push(e));
    await el.sendUserMessage({ text: 'hello' });
    await settled(el);
    await until(() => actionButton(el, 'positive') !== null, 'the actions');
    // Shown once, after the response's last item (the widget).
    const actions = $$(el.thread!, 'ck-response-actions');
    expect(actions).to.have.length(1);
    expect(actions[0]!.closest('[data-item-type]')!.getAttribute('data-item-type')).to.equal('widget');
    const group = actions[0]!.shadowRoot!.querySelector('[role=group]')!;
    expect(group.getAttribute('aria-label')).to.equal('Response actions');
    const up = actionButton(el, 'positive')!;
    expect(up.getAttribute('aria-label')).to.equal('Good response');
    expect(up.getAttribute('aria-pressed')).to.equal('false');
    up.click();
    await until(() => wire.of('items.feedback').length === 1, 'the feedback request');
    const items = el.thread!.state.items;
    const responseIds = items.filter((item) => item.type !== 'user_message').map((item) => item.id);
    expect(wire.of('items.feedback')[0]!.params).to.deep.equal({ thread_id: 'thr_0001', item_ids: responseIds, kind: 'positive' });
    await until(() => announced(el) === 'Thanks for your feedback.', 'the announcement');
    await until(() => actionButton(el, 'positive')!.getAttribute('aria-pressed') === 'true', 'the pressed state');
    expect(server.feedback).to.deep.equal([{ threadId: 'thr_0001', itemIds: responseIds, kind: 'positive' }]);
    const feedbackLog = events.find((e) => e.detail.name === 'message.feedback')!;
    expect(feedbackLog.detail.data).to.deep.include({ kind: 'positive', threadId: 'thr_0001', itemIds: responseIds });
    expect(onLog.map((entry) => entry.name)).to.include('message.feedback');
  });

  it('thumbs down that fails is undone and reported', async () => {
    const server = replyingServer();
    const { el, wire } = await mountChat(server, { threadItemActions: { feedback: true } });
    const errors: string[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e.detail.message));
    await el.sendUserMessage({ text: 'hello' });
    await settled(el);
    await until(() => actionButton(el, 'negative') !== null, 'the actions');
    wire.fail('items.feedback');
    actionButton(el, 'negative')!.click();
    await until(() => errors.length === 1, 'the error');
    expect(errors[0]).to.equal('Could not send your feedback: Could not reach the server.');
    await until(() => actionButton(el, 'negative')!.getAttribute('aria-pressed') === 'false', 'the undone state');
  });

  it('retry regenerates the latest response with threads.retry_after_item', async () => {
    const server = replyingServer();
    const { el, wire } = await mountChat(server, { threadItemActions: { retry: true } });
    const logs: string[] = [];
    el.addEventListener('ck-log', (e) => logs.push(e.detail.name));
    await el.sendUserMessage({ text: 'first' });
    await settled(el);
    await el.sendUserMessage({ text: 'second' });
    await settled(el);
    await until(() => $$(el.thread!, 'ck-response-actions').length === 2, 'two action rows');
    // Only the latest response can be retried.
    const rows = $$(el.thread!, 'ck-response-actions');
    expect(rows[0]!.shadowRoot!.querySelector('[data-action=retry]')).to.equal(null);
    const userIds = el.thread!.state.items.filter((item) => item.type === 'user_message').map((item) => item.id);
    actionButton(el, 'retry')!.click();
    await until(() => wire.of('threads.retry_after_item').length === 1, 'the retry');
    expect(wire.of('threads.retry_after_item')[0]!.params).to.deep.equal({ thread_id: 'thr_0001', item_id: userIds[1] });
    await settled(el);
    await until(() => text($$(el.thread!, '[part=assistant-message]').at(-1)) === 'Reply 3 to second', 'the new reply');
    expect($$(el.thread!, '[part=assistant-message]')).to.have.length(2);
    expect(logs).to.include('message.retry');
    // Focus moved to the composer (the retry button went away with its response).
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.editor'));
  });

  it('copy puts the response text and the widget copy_text on the clipboard', async () => {
    const server = replyingServer();
    const { el } = await mountChat(server, { threadItemActions: { share: true } });
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    // Without Web Share, share falls back to the clipboard.
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    const logs: string[] = [];
    el.addEventListener('ck-log', (e) => logs.push(e.detail.name));
    try {
      await el.sendUserMessage({ text: 'hi' });
      await settled(el);
      await until(() => actionButton(el, 'copy') !== null, 'the actions');
      actionButton(el, 'copy')!.click();
      await until(() => written.length === 1, 'the copy');
      expect(written[0]).to.equal('Reply 1 to hi\n\nCard 1 copy');
      await until(() => announced(el) === 'Copied to the clipboard.', 'the announcement');
      actionButton(el, 'share')!.click();
      await until(() => written.length === 2, 'the share');
      expect(logs).to.include.members(['message.copy', 'message.share']);
    } finally {
      delete (navigator as any).clipboard;
      delete (navigator as any).share;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      if (share) Object.defineProperty(Navigator.prototype, 'share', share);
    }
  });

  it('no actions while the response streams', async () => {
    const server = new ScriptedServer();
    let release!: () => void;
    server.gate = new Promise((resolve) => (release = resolve));
    const { el } = await mountChat(server, { threadItemActions: { feedback: true, retry: true } });
    const sent = el.sendUserMessage({ text: 'x' });
    await until(() => el.thread!.state.streaming, 'the stream');
    expect($$(el.thread!, 'ck-response-actions')).to.have.length(0);
    release();
    await sent;
    await settled(el);
    await until(() => $$(el.thread!, 'ck-response-actions').length === 1, 'the actions');
  });
});
