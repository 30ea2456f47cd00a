import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import { streamAssistantText } from '../../src/server/index.js';
import { $, $$, cleanup, editorOf, mountChat, ScriptedServer, settled, text, until } from './ck-chat-harness.js';
import './dom-safe-failures.js';

afterEach(cleanup);

describe('<ck-chat> imperative API', () => {
  it('sendUserMessage: text, reply, tool and model as inference options, newThread', async () => {
    const server = new ScriptedServer();
    const { el, wire } = await mountChat(server);
    expect(await el.sendUserMessage({ text: 'first', reply: 'quoted line', toolChoice: { id: 'search' }, model: 'deep' })).to.equal('completed');
    expect(wire.of('threads.create')[0]!.params.input).to.deep.equal({
      content: [{ type: 'input_text', text: 'first' }],
      attachments: [],
      inference_options: { tool_choice: { id: 'search' }, model: 'deep' },
      quoted_text: 'quoted line',
    });
    await settled(el);
    expect(text($(el.thread!, '[part=quote]'))).to.equal('quoted line');
    await el.sendUserMessage({ text: 'second', newThread: true });
    await settled(el);
    expect(wire.of('threads.create')).to.have.length(2);
    expect(el.threadId).to.equal('thr_0004');
  });

  it('setComposerValue fills text, tool, model and quote; focusComposer puts the caret at the end', async () => {
    const server = new ScriptedServer();
    const { el, wire } = await mountChat(server, {
      composer: { tools: [{ id: 'search', label: 'Search', icon: 'search' }], models: [{ id: 'fast', label: 'Fast' }, { id: 'deep', label: 'Deep' }] },
    });
    const changes: Array<string | null> = [];
    el.addEventListener('ck-tool-change', (e) => changes.push(e.detail.toolId));
    await el.setComposerValue({ text: 'draft', selectedToolId: 'search', selectedModelId: 'deep', reply: 'to this' });
    await el.updateComplete;
    expect(editorOf(el).textContent).to.equal('draft');
    expect(text($(el, '[part=composer-reply] blockquote'))).to.equal('to this');
    expect($<HTMLSelectElement>(el, 'select[part=model]')!.value).to.equal('deep');
    expect(changes).to.deep.equal(['search']);
    await el.focusComposer();
    await sendKeys({ type: ' text' });
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.create').length === 1, 'the message');
    expect(wire.of('threads.create')[0]!.params.input).to.deep.equal({
      content: [{ type: 'input_text', text: 'draft text' }],
      attachments: [],
      inference_options: { tool_choice: { id: 'search' }, model: 'deep' },
      quoted_text: 'to this',
    });
    await settled(el);
    expect($(el, '[part=composer-reply]')).to.equal(null);
  });

  it('setThreadId loads a thread, fetchUpdates reloads it, setOptions replaces the options', async () => {
    const server = new ScriptedServer();
    const { el, wire } = await mountChat(server, { header: { title: { text: 'One' } } });
    await el.sendUserMessage({ text: 'a' });
    await settled(el);
    await el.setThreadId(null);
    expect(el.thread!.state.items).to.have.length(0);
    await el.setThreadId('thr_0001');
    await until(() => el.thread!.state.items.length === 2, 'the thread');
    // Something changed on the server: fetchUpdates shows it.
    await server.store.addThreadItem('thr_0001', { id: 'msg_x', thread_id: 'thr_0001', created_at: '2025-01-01T00:00:00', type: 'assistant_message', content: [{ type: 'output_text', text: 'added later', annotations: [] }] }, {});
    await el.fetchUpdates();
    await until(() => text($$(el.thread!, '[part=assistant-message]').at(-1)) === 'added later', 'the update');
    const gets = wire.of('threads.get_by_id').length;
    el.setOptions({ api: el.options.api!, header: { title: { text: 'Two' } } });
    await el.updateComplete;
    expect(text($(el, '[part=header-title]'))).to.equal('Two');
    // The same api options: the thread did not reconnect and reload.
    expect(wire.of('threads.get_by_id')).to.have.length(gets);
  });

  it('sendCustomAction and widgets.onAction for client actions', async () => {
    const server = new ScriptedServer();
    server.script = async function* (thread, _input, self) {
      yield self.widgetReply(thread, { type: 'Card', children: [{ type: 'Button', label: 'Pin', onClickAction: { type: 'story.pin', handler: 'client', payload: { id: 7 } } }] }, 'Pin');
    };
    const seen: Array<[string, string]> = [];
    const { el } = await mountChat(server, {
      widgets: {
        onAction: async (action, item) => {
          seen.push([action.type, item.id]);
          await el.sendCustomAction({ type: 'story.pinned', payload: action.payload }, item.id);
        },
      },
    });
    await el.sendUserMessage({ text: 'card please' });
    await settled(el);
    const widget = $<CkWidget>(el.thread!, 'ck-widget')!;
    await widget.updateComplete;
    $<HTMLButtonElement>(widget, 'button')!.click();
    await until(() => server.actions.length === 1, 'the forwarded action');
    const widgetId = el.thread!.state.items.find((item) => item.type === 'widget')!.id;
    expect(seen).to.deep.equal([['story.pin', widgetId]]);
    expect(server.actions[0]!.action).to.deep.include({ type: 'story.pinned', payload: { id: 7 } });
    expect(server.actions[0]!.senderId).to.equal(widgetId);
    await settled(el);
    await until(() => text($$(el.thread!, '[part=assistant-message]').at(-1)) === 'Action story.pinned', 'the action reply');
  });

  it('onClientTool runs tools the server asks for', async () => {
    const server = new ScriptedServer();
    server.script = async function* (thread, input, self) {
      if (input) {
        yield { type: 'thread.item.done', item: { ...self.itemBase(thread, {}, 'tool_call'), type: 'client_tool_call', status: 'pending', call_id: 'call_1', name: 'get_location', arguments: {} } };
      } else {
        yield* streamAssistantText(self.itemBase(thread, {}), ['Sunny in Paris']);
      }
    };
    const { el, wire } = await mountChat(server, { onClientTool: async ({ name }) => (name === 'get_location' ? { city: 'Paris' } : {}) });
    await el.sendUserMessage({ text: 'weather?' });
    await until(() => wire.of('threads.add_client_tool_output').length === 1, 'the tool output');
    expect(wire.of('threads.add_client_tool_output')[0]!.params.result).to.deep.equal({ city: 'Paris' });
    await settled(el);
    await until(() => text($(el.thread!, '[part=assistant-message]')) === 'Sunny in Paris', 'the answer');
  });
});

describe('<ck-chat> theme, locale and density', () => {
  it('theme option: color scheme, density and accent reach the chat, the thread and its widgets', async () => {
    const server = new ScriptedServer();
    server.script = async function* (thread, _input, self) {
      yield self.widgetReply(thread, { type: 'Card', children: [{ type: 'Text', value: 'w' }] }, 'w');
    };
    const { el } = await mountChat(server, { theme: { colorScheme: 'dark', density: 'compact', radius: 'sharp', color: { accent: { primary: '#7c3aed' } } } });
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.style.getPropertyValue('--ck-space-unit')).to.equal('3.25px');
    expect(el.style.getPropertyValue('--ck-color-accent')).to.equal('#7c3aed');
    await el.sendUserMessage({ text: 'x' });
    await settled(el);
    const thread = el.thread!;
    expect(thread.getAttribute('theme')).to.equal('dark');
    expect(thread.style.getPropertyValue('--ck-space-unit')).to.equal('3.25px');
    const widget = $<CkWidget>(thread, 'ck-widget')!;
    await widget.updateComplete;
    expect(widget.getAttribute('theme')).to.equal('dark');
    expect(widget.style.getPropertyValue('--ck-radius-card')).to.equal('4px');
    // Hostile values never become styles.
    el.setOptions({ ...el.options, theme: { color: { accent: { primary: 'red; background: url(https://evil.test/x)' } } } as never });
    await el.updateComplete;
    expect(el.style.getPropertyValue('--ck-color-accent')).to.equal('');
  });

  it('locale picks built-in strings; strings override any of them; lang is set', async () => {
    const server = new ScriptedServer();
    const { el } = await mountChat(server, { locale: 'fr-FR', strings: { greeting: 'Bonjour la rédaction' } });
    expect(text($(el, '.greeting'))).to.equal('Bonjour la rédaction');
    expect(editorOf(el).getAttribute('aria-placeholder')).to.equal('Écrire à l’assistant');
    expect($(el, '[part=send]')!.getAttribute('aria-label')).to.equal('Envoyer le message');
    expect($(el, '[part=chat]')!.getAttribute('lang')).to.equal('fr-FR');
  });
});
