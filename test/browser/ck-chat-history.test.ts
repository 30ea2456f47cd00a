import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, announced, cleanup, editorOf, mountChat, ScriptedServer, settled, text, until } from './ck-chat-harness.js';
import './dom-safe-failures.js';

afterEach(cleanup);

/** A server whose store already holds `count` titled threads, each with one exchange. */
async function seededServer(count: number): Promise<ScriptedServer> {
  const server = new ScriptedServer();
  for (let n = 1; n <= count; n++) {
    const id = `thr_seed${String(n).padStart(2, '0')}`;
    const created_at = `2025-03-${String(n).padStart(2, '0')}T10:00:00`;
    await server.store.saveThread({ id, title: `Story ${n}`, created_at, status: { type: 'active' }, metadata: {} }, {});
    await server.store.addThreadItem(
      id,
      { id: `msg_${id}_u`, thread_id: id, created_at, type: 'user_message', content: [{ type: 'input_text', text: `question ${n}` }], attachments: [], inference_options: {} },
      {},
    );
    await server.store.addThreadItem(id, { id: `msg_${id}_a`, thread_id: id, created_at, type: 'assistant_message', content: [{ type: 'output_text', text: `answer ${n}`, annotations: [] }] }, {});
  }
  return server;
}

const rows = (el: HTMLElement) => $$(el, '.history-row');
const rowTitles = (el: HTMLElement) => rows(el).map((row) => text(row.querySelector('.history-title')));

describe('<ck-chat> history', () => {
  it('lists threads newest first, pages with "Show more", and opens one', async () => {
    const server = await seededServer(23);
    const { el, wire } = await mountChat(server);
    const opened: string[] = [];
    el.addEventListener('ck-history-open', () => opened.push('open'));
    el.addEventListener('ck-history-close', () => opened.push('close'));
    const button = $<HTMLButtonElement>(el, '[part=history-button]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await until(() => rows(el).length === 20, 'the first page');
    expect(el.shadowRoot!.activeElement?.id).to.equal('ck-history-title');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(rowTitles(el).slice(0, 3)).to.deep.equal(['Story 23', 'Story 22', 'Story 21']);
    expect(wire.of('threads.list')[0]!.params).to.deep.equal({ limit: 20, order: 'desc' });
    $(el, '[part=history-more]')!.click();
    await until(() => rows(el).length === 23, 'the second page');
    expect(wire.of('threads.list')[1]!.params).to.deep.equal({ limit: 20, order: 'desc', after: 'thr_seed04' });
    expect($(el, '[part=history-more]')).to.equal(null);
    const row = rows(el).find((r) => text(r.querySelector('.history-title')) === 'Story 7')!;
    (row.querySelector('.history-open') as HTMLButtonElement).click();
    await until(() => text($(el.thread!, '[part=assistant-message]')) === 'answer 7', 'the thread');
    expect(el.threadId).to.equal('thr_seed07');
    expect($(el, '[part=history]')).to.equal(null);
    await el.updateComplete;
    expect(text($(el, '[part=header-title]'))).to.equal('Story 7');
    expect(el.shadowRoot!.activeElement).to.equal(editorOf(el));
    expect(opened).to.deep.equal(['open', 'close']);
    // The open thread is marked current in the list.
    button.click();
    await until(() => rows(el).length > 0, 'the list again');
    expect($(el, '[data-thread-id="thr_seed07"] .history-open')!.getAttribute('aria-current')).to.equal('true');
  });

  it('renames a thread with threads.update (the header follows for the open thread)', async () => {
    const server = await seededServer(3);
    const { el, wire } = await mountChat(server, { initialThread: 'thr_seed02' });
    await until(() => text($(el, '[part=header-title]')) === 'Story 2', 'the loaded thread');
    await el.showHistory();
    await until(() => rows(el).length === 3, 'the list');
    const rename = $<HTMLButtonElement>(el, '[data-thread-id="thr_seed02"] [part=history-rename]')!;
    expect(rename.getAttribute('aria-label')).to.equal('Rename Story 2');
    rename.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '[data-thread-id="thr_seed02"] input')!;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input.getAttribute('aria-label')).to.equal('New title for Story 2');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: 'Budget vote recap' });
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.update').length === 1, 'the update');
    expect(wire.of('threads.update')[0]!.params).to.deep.equal({ thread_id: 'thr_seed02', title: 'Budget vote recap' });
    await until(() => rowTitles(el).includes('Budget vote recap'), 'the new title in the list');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-thread-id="thr_seed02"] .history-open'));
    expect(announced(el)).to.equal('Renamed to Budget vote recap.');
    expect((await server.store.loadThread('thr_seed02', {}))!.title).to.equal('Budget vote recap');
    await until(() => text($(el, '[part=header-title]')) === 'Budget vote recap', 'the header title');
  });

  it('deletes a thread after confirming; deleting the open one starts a new chat', async () => {
    const server = await seededServer(3);
    const { el, wire } = await mountChat(server, { initialThread: 'thr_seed03' });
    await until(() => text($(el, '[part=header-title]')) === 'Story 3', 'the loaded thread');
    await el.showHistory();
    await until(() => rows(el).length === 3, 'the list');
    $<HTMLButtonElement>(el, '[data-thread-id="thr_seed03"] [part=history-delete]')!.click();
    await el.updateComplete;
    const confirm = $(el, '[data-thread-id="thr_seed03"] .history-confirm')!;
    expect(confirm.getAttribute('aria-label')).to.equal('Delete “Story 3”?');
    // Focus goes to Cancel, so a stray Enter deletes nothing.
    expect(el.shadowRoot!.activeElement).to.equal(confirm.querySelector('.confirm-cancel'));
    $<HTMLButtonElement>(confirm, '.confirm-delete')!.click();
    await until(() => wire.of('threads.delete').length === 1, 'the delete');
    expect(wire.of('threads.delete')[0]!.params).to.deep.equal({ thread_id: 'thr_seed03' });
    await until(() => rows(el).length === 2, 'the row gone');
    expect(rowTitles(el)).to.deep.equal(['Story 2', 'Story 1']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-thread-id="thr_seed02"] .history-open'));
    expect(await server.store.loadThread('thr_seed03', {})).to.equal(undefined);
    await until(() => el.threadId === undefined, 'the new chat');
    expect(announced(el)).to.equal('Story 3 deleted.');
  });

  it('Escape closes the panel and returns focus to the history button', async () => {
    const server = await seededServer(1);
    const { el } = await mountChat(server);
    $<HTMLButtonElement>(el, '[part=history-button]')!.click();
    await until(() => rows(el).length === 1, 'the list');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part=history]')).to.equal(null);
    await until(() => el.shadowRoot!.activeElement === $(el, '[part=history-button]'), 'focus back on the button');
  });
});

describe('<ck-chat> start screen and header', () => {
  it('shows the greeting and prompts; a prompt sends its message', async () => {
    const server = new ScriptedServer();
    const { el, wire } = await mountChat(server, {
      startScreen: {
        greeting: 'What is the news today?',
        prompts: [
          { label: 'Top stories', prompt: 'Give me the top stories', icon: 'star' },
          { label: 'About Ada', prompt: [{ type: 'input_text', text: 'Who is ' }, { type: 'input_tag', id: 'p_ada', text: 'Ada', data: {}, group: 'People', interactive: false }] },
        ],
      },
    });
    expect(text($(el, '.greeting'))).to.equal('What is the news today?');
    expect($(el, '.greeting')!.getAttribute('role')).to.equal('heading');
    const prompts = $$<HTMLButtonElement>(el, '[part=start-prompt]');
    expect(prompts.map((p) => text(p))).to.deep.equal(['Top stories', 'About Ada']);
    prompts[1]!.click();
    await until(() => wire.of('threads.create').length === 1, 'the prompt sent');
    expect(wire.of('threads.create')[0]!.params.input.content).to.deep.equal([
      { type: 'input_text', text: 'Who is ' },
      { type: 'input_tag', id: 'p_ada', text: 'Ada', data: {}, group: 'People', interactive: false },
    ]);
    await settled(el);
    expect($(el, '[part=start-screen]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(editorOf(el));
  });

  it('header: title text, custom actions with names, and a new chat button', async () => {
    const server = new ScriptedServer();
    const clicks: string[] = [];
    const { el } = await mountChat(server, {
      header: {
        title: { text: 'Newsroom' },
        leftAction: { icon: 'sidebar-left', onClick: () => clicks.push('left') },
        rightAction: { icon: 'close', label: 'Close chat', onClick: () => clicks.push('right') },
      },
    });
    expect(text($(el, '[part=header-title]'))).to.equal('Newsroom');
    const left = $<HTMLButtonElement>(el, '[part=header-left-action]')!;
    const right = $<HTMLButtonElement>(el, '[part=header-right-action]')!;
    expect([left.getAttribute('aria-label'), right.getAttribute('aria-label')]).to.deep.equal(['Sidebar left', 'Close chat']);
    left.click();
    right.click();
    expect(clicks).to.deep.equal(['left', 'right']);
    await el.sendUserMessage({ text: 'hi' });
    await settled(el);
    expect(el.threadId).to.equal('thr_0001');
    $<HTMLButtonElement>(el, '[part=new-thread]')!.click();
    await until(() => el.threadId === undefined && $(el, '[part=start-screen]') !== null, 'the new chat');
    expect(el.thread!.state.items).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(editorOf(el));
  });
});
