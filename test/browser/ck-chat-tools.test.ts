import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { ToolOption } from '../../src/elements/chat/options.js';
import { streamAssistantText } from '../../src/server/index.js';
import { $, $$, cleanup, editorOf, messageText, mountChat, ScriptedServer, settled, text, until } from './ck-chat-harness.js';
import './dom-safe-failures.js';

afterEach(cleanup);

const TOOLS: ToolOption[] = [
  { id: 'search', label: 'Search the archive', shortLabel: 'Search', icon: 'search', placeholderOverride: 'Search the archive for…' },
  { id: 'summarize', label: 'Summarize', icon: 'notebook' },
  { id: 'brief', label: 'Daily brief', shortLabel: 'Brief', icon: 'calendar', pinned: true, persistent: true },
];

/** The server routes on the tool the user picked, as a real integration would. */
function routingServer(): ScriptedServer {
  const server = new ScriptedServer();
  server.script = async function* (thread, input, self) {
    const tool = input?.inference_options.tool_choice?.id ?? 'none';
    const model = input?.inference_options.model ?? 'default';
    yield* streamAssistantText(self.itemBase(thread, {}), [`[${tool}/${model}] `, messageText(input)]);
  };
  return server;
}

async function send(el: HTMLElement & { focusComposer(): Promise<void> }, message: string): Promise<void> {
  await el.focusComposer();
  await sendKeys({ type: message });
  await sendKeys({ press: 'Enter' });
}

describe('<ck-chat> composer tools and models', () => {
  it('a tool chosen from the menu with the keyboard is sent as tool_choice once, then cleared', async () => {
    const server = routingServer();
    const { el, wire } = await mountChat(server, { composer: { tools: TOOLS } });
    const changes: Array<string | null> = [];
    el.addEventListener('ck-tool-change', (e) => changes.push(e.detail.toolId));
    const button = $<HTMLButtonElement>(el, '[part=tools-button]')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => $(el, '[role=menu]') !== null, 'the menu');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = $$(el, '[role=menuitemradio]');
    expect(items.map((item) => text(item))).to.deep.equal(['Search the archive', 'Summarize', 'Daily brief']);
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[role=menu]')).to.equal(null);
    expect(text($(el, '[part=tool-selected]'))).to.equal('Search');
    expect(editorOf(el).getAttribute('aria-placeholder')).to.equal('Search the archive for…');
    expect(el.shadowRoot!.activeElement).to.equal(editorOf(el));
    await send(el, 'budget 2024');
    await settled(el);
    expect(wire.of('threads.create')[0]!.params.input.inference_options).to.deep.equal({ tool_choice: { id: 'search' } });
    await until(() => text($(el.thread!, '[part=assistant-message]')) === '[search/default] budget 2024', 'the routed reply');
    // Not persistent: cleared after sending.
    expect($(el, '[part=tool-selected]')).to.equal(null);
    expect(editorOf(el).getAttribute('aria-placeholder')).to.equal('Message the AI');
    await send(el, 'again');
    await settled(el);
    expect(wire.of('threads.add_user_message')[0]!.params.input.inference_options).to.deep.equal({});
    expect(changes).to.deep.equal(['search', null]);
  });

  it('a persistent pinned tool stays selected across messages', async () => {
    const server = routingServer();
    const { el, wire } = await mountChat(server, { composer: { tools: TOOLS } });
    const pinned = $$<HTMLButtonElement>(el, '[part=tool-pinned]');
    expect(pinned.map((b) => text(b))).to.deep.equal(['Brief']);
    expect(pinned[0]!.getAttribute('aria-pressed')).to.equal('false');
    pinned[0]!.click();
    await el.updateComplete;
    expect($(el, '[part=tool-pinned]')!.getAttribute('aria-pressed')).to.equal('true');
    await send(el, 'one');
    await settled(el);
    await send(el, 'two');
    await settled(el);
    expect(wire.of('threads.create')[0]!.params.input.inference_options).to.deep.equal({ tool_choice: { id: 'brief' } });
    expect(wire.of('threads.add_user_message')[0]!.params.input.inference_options).to.deep.equal({ tool_choice: { id: 'brief' } });
    expect($(el, '[part=tool-pinned]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(server.inputs.map((input) => input.inference_options)).to.deep.equal([{ tool_choice: { id: 'brief' } }, { tool_choice: { id: 'brief' } }]);
  });

  it('Escape closes the tool menu and gives focus back to its button', async () => {
    const server = routingServer();
    const { el } = await mountChat(server, { composer: { tools: TOOLS } });
    const button = $<HTMLButtonElement>(el, '[part=tools-button]')!;
    button.click();
    await until(() => $(el, '[role=menu]') !== null, 'the menu');
    await el.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-tool-id')).to.equal('brief');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[role=menu]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('sends the chosen model as inference_options.model', async () => {
    const server = routingServer();
    const { el, wire } = await mountChat(server, {
      composer: {
        models: [
          { id: 'fast', label: 'Fast' },
          { id: 'deep', label: 'Deep research', default: true },
          { id: 'legacy', label: 'Legacy', disabled: true },
        ],
      },
    });
    const select = $<HTMLSelectElement>(el, 'select[part=model]')!;
    expect(select.value).to.equal('deep');
    expect(text(el.shadowRoot!.querySelector(`label[for="${select.id}"]`))).to.equal('Model');
    expect([...select.options].map((o) => [o.value, o.disabled])).to.deep.equal([['fast', false], ['deep', false], ['legacy', true]]);
    await send(el, 'first');
    await settled(el);
    select.value = 'fast';
    select.dispatchEvent(new Event('change'));
    await send(el, 'second');
    await settled(el);
    expect(wire.of('threads.create')[0]!.params.input.inference_options).to.deep.equal({ model: 'deep' });
    expect(wire.of('threads.add_user_message')[0]!.params.input.inference_options).to.deep.equal({ model: 'fast' });
    await until(() => $$(el.thread!, '[part=assistant-message]').length === 2, 'both replies');
    expect($$(el.thread!, '[part=assistant-message]').map((m) => text(m))).to.deep.equal(['[none/deep] first', '[none/fast] second']);
  });
});
