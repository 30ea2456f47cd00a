import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { Entity } from '../../src/elements/chat/options.js';
import type { CkEntityTag } from '../../src/elements/chat/entity-tag.js';
import type { CkLogEvent } from '../../src/events.js';
import { $, $$, announced, cleanup, editorOf, mountChat, ScriptedServer, settled, text, until } from './ck-chat-harness.js';
import './dom-safe-failures.js';

afterEach(cleanup);

const ENTITIES: Entity[] = [
  { id: 'p_ada', title: 'Ada Lovelace', group: 'People', icon: 'profile', interactive: true, data: { role: 'author' } },
  { id: 'p_alan', title: 'Alan Turing', group: 'People', icon: 'profile' },
  { id: 'a_1', title: 'Adaptive budgets', group: 'Articles', icon: 'document', interactive: true, data: { url: 'https://news.example/budgets' } },
];

function searchable(delay = 0) {
  const calls: string[] = [];
  const onTagSearch = async (query: string) => {
    calls.push(query);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    return ENTITIES.filter((entity) => entity.title.toLowerCase().includes(query.toLowerCase()));
  };
  return { calls, onTagSearch };
}

const listbox = (el: HTMLElement) => $(el, '[role=listbox]');

describe('<ck-chat> @mentions', () => {
  it('a mention chosen with the keyboard only is sent as an input_tag between input_text parts', async () => {
    const server = new ScriptedServer();
    const search = searchable();
    const { el, wire } = await mountChat(server, { entities: { onTagSearch: search.onTagSearch } });
    const editor = editorOf(el);
    expect(editor.getAttribute('aria-autocomplete')).to.equal('list');
    await el.focusComposer();
    await sendKeys({ type: 'Tell me about @ad' });
    await until(() => $$(el, '[role=option]').length === 2, 'two suggestions');
    await el.updateComplete;
    // Grouped, in the order the groups first appear, each option with its icon.
    const groups = $$(el, '[role=listbox] > [role=group]');
    expect(groups.map((group) => text(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)))).to.deep.equal(['People', 'Articles']);
    expect($$(el, '[role=option]').map((option) => text(option))).to.deep.equal(['Ada Lovelace', 'Adaptive budgets']);
    expect($$(el, '[role=option] svg.ck-icon')).to.have.length(2);
    expect(editor.getAttribute('aria-controls')).to.equal(listbox(el)!.id);
    expect(editor.getAttribute('aria-activedescendant')).to.equal('ck-mention-0');
    expect(announced(el)).to.equal('2 suggestions. Up and down arrows to choose, Enter to insert.');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(editor.getAttribute('aria-activedescendant')).to.equal('ck-mention-1');
    expect($(el, '#ck-mention-1')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '#ck-mention-0')!.getAttribute('aria-selected')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listbox(el)).to.equal(null);
    expect(editor.hasAttribute('aria-activedescendant')).to.equal(false);
    expect($$(editor, '.chip').map((chip) => [chip.textContent, chip.getAttribute('contenteditable')])).to.deep.equal([['@Adaptive budgets', 'false']]);
    expect(announced(el)).to.equal('Adaptive budgets inserted.');
    await sendKeys({ type: 'please' });
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.create').length === 1, 'the message');
    expect(wire.of('threads.create')[0]!.params.input.content).to.deep.equal([
      { type: 'input_text', text: 'Tell me about ' },
      { type: 'input_tag', id: 'a_1', text: 'Adaptive budgets', data: { url: 'https://news.example/budgets' }, group: 'Articles', interactive: true },
      { type: 'input_text', text: ' please' },
    ]);
    expect(search.calls.at(-1)).to.equal('ad');
    await settled(el);
    expect(server.inputs[0]!.content[1]).to.deep.equal({ type: 'input_tag', id: 'a_1', text: 'Adaptive budgets', data: { url: 'https://news.example/budgets' }, group: 'Articles', interactive: true });
  });

  it('the chip is atomic: one Backspace removes it whole', async () => {
    const server = new ScriptedServer();
    const { el } = await mountChat(server, { entities: { onTagSearch: searchable().onTagSearch } });
    await el.focusComposer();
    await sendKeys({ type: 'hi @alan' });
    await until(() => $$(el, '[role=option]').length === 1, 'one suggestion');
    expect(announced(el)).to.equal('1 suggestion. Enter to insert.');
    await sendKeys({ press: 'Tab' });
    await until(() => $$(editorOf(el), '.chip').length === 1, 'the chip');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    expect($$(editorOf(el), '.chip')).to.have.length(0);
    expect(editorOf(el).textContent).to.equal('hi ');
  });

  it('searches once for a burst of keystrokes (debounced), latest query only', async () => {
    const server = new ScriptedServer();
    const search = searchable();
    const { el } = await mountChat(server, { entities: { onTagSearch: search.onTagSearch } });
    const editor = editorOf(el);
    await el.focusComposer();
    for (const value of ['@', '@a', '@ad', '@ada']) {
      editor.textContent = value;
      const range = document.createRange();
      range.setStart(editor.firstChild!, value.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    await until(() => $$(el, '[role=option]').length === 2, 'the suggestions');
    expect(search.calls).to.deep.equal(['ada']);
  });

  it('Escape closes the list (announced) and it stays closed for that mention', async () => {
    const server = new ScriptedServer();
    const { el } = await mountChat(server, { entities: { onTagSearch: searchable().onTagSearch } });
    await el.focusComposer();
    await sendKeys({ type: '@a' });
    await until(() => listbox(el) !== null, 'the list');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part=mention-popup]')).to.equal(null);
    expect(announced(el)).to.equal('Suggestions closed.');
    // A search would show its "Searching…" popup at once, in the same update as the keystroke.
    await sendKeys({ type: 'd' });
    await el.updateComplete;
    expect($(el, '[part=mention-popup]')).to.equal(null);
    // Enter now sends the text as typed.
    expect(editorOf(el).textContent).to.equal('@ad');
  });

  it('shows when nothing matches, and when the search fails (ck-error)', async () => {
    const server = new ScriptedServer();
    let fail = false;
    const { el } = await mountChat(server, {
      entities: {
        onTagSearch: async (query) => {
          if (fail) throw new Error('index offline');
          return ENTITIES.filter((entity) => entity.title.includes(query));
        },
      },
    });
    const errors: string[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e.detail.message));
    await el.focusComposer();
    await sendKeys({ type: '@zz' });
    await until(() => text($(el, '.mention-status')) === 'No matches', 'no matches');
    expect(listbox(el)).to.equal(null);
    expect(editorOf(el).hasAttribute('aria-controls')).to.equal(false);
    fail = true;
    await sendKeys({ type: 'z' });
    await until(() => text($(el, '.mention-status')) === 'Could not search: index offline', 'the failure');
    expect(errors).to.deep.equal(['Could not search: index offline']);
  });

  it('a click on an option inserts it too, and the @ button starts a mention', async () => {
    const server = new ScriptedServer();
    const { el } = await mountChat(server, { entities: { onTagSearch: searchable().onTagSearch, showComposerMenu: true } });
    $(el, '[part=mention-button]')!.click();
    await sendKeys({ type: 'tur' });
    await until(() => $$(el, '[role=option]').length === 1, 'the suggestion');
    $(el, '[role=option]')!.click();
    await el.updateComplete;
    expect($$(editorOf(el), '.chip').map((chip) => chip.textContent)).to.deep.equal(['@Alan Turing']);
  });

  it('tags in sent messages call onClick and show their preview on focus', async () => {
    const server = new ScriptedServer();
    const clicked: Entity[] = [];
    const previews: string[] = [];
    const { el } = await mountChat(server, {
      entities: {
        onTagSearch: searchable().onTagSearch,
        onClick: (entity) => clicked.push(entity),
        onRequestPreview: async (entity) => {
          previews.push(entity.id);
          return { preview: { type: 'Basic', children: [{ type: 'Text', value: `Preview: ${entity.title}` }] } };
        },
      },
    });
    const logs: string[] = [];
    el.addEventListener('ck-log', (e: CkLogEvent) => logs.push(e.detail.name));
    await el.sendUserMessage({
      content: [
        { type: 'input_text', text: 'Ask ' },
        { type: 'input_tag', id: 'p_ada', text: 'Ada Lovelace', data: { role: 'author' }, group: 'People', interactive: true },
        { type: 'input_text', text: ' and ' },
        { type: 'input_tag', id: 'p_alan', text: 'Alan Turing', data: {}, group: 'People', interactive: false },
      ],
    });
    await settled(el);
    const tags = $$<CkEntityTag>(el.thread!, 'ck-entity-tag');
    expect(tags).to.have.length(2);
    await tags[0]!.updateComplete;
    const button = $<HTMLButtonElement>(tags[0]!, 'button[part=tag]')!;
    expect(button.textContent).to.equal('@Ada Lovelace');
    // Not interactive: plain text, not a button.
    expect($(tags[1]!, 'button')).to.equal(null);
    expect(text($(tags[1]!, '[part=tag]'))).to.equal('@Alan Turing');
    button.focus();
    await until(() => $(tags[0]!, '[part=preview] ck-widget') !== null, 'the preview');
    const card = $(tags[0]!, '[part=preview]')!;
    expect(card.matches(':popover-open')).to.equal(true);
    expect(button.getAttribute('aria-describedby')).to.equal(card.id);
    const widget = $(tags[0]!, 'ck-widget') as HTMLElement & { updateComplete: Promise<unknown> };
    await widget.updateComplete;
    expect(text(widget.shadowRoot!)).to.equal('Preview: Ada Lovelace');
    await sendKeys({ press: 'Enter' });
    expect(clicked).to.deep.equal([{ id: 'p_ada', title: 'Ada Lovelace', data: { role: 'author' }, group: 'People', interactive: true }]);
    await sendKeys({ press: 'Escape' });
    await tags[0]!.updateComplete;
    expect($(tags[0]!, '[part=preview]')).to.equal(null);
    expect(previews).to.deep.equal(['p_ada']);
    expect(logs).to.include.members(['entity.preview', 'entity.click']);
  });
});
