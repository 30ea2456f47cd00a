import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { CkChat } from '../../src/elements/ck-chat.js';
import type { Entity } from '../../src/elements/chat/options.js';
import { $, $$, cleanup, mountChat, ScriptedServer, settled, until } from './ck-chat-harness.js';
import { axeViolations } from './axe.js';
import './dom-safe-failures.js';


async function violations(el: CkChat): Promise<string[]> {
  // Transitions and lazy chunks (Markdown, icons) settle before contrast is measured.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return axeViolations(el);
}

const ENTITIES: Entity[] = [
  { id: 'p_ada', title: 'Ada Lovelace', group: 'People', icon: 'profile', interactive: true },
  { id: 'a_1', title: 'Adaptive budgets', group: 'Articles', icon: 'document', interactive: true },
];

const OPTIONS = {
  entities: { onTagSearch: async (query: string) => ENTITIES.filter((e) => e.title.toLowerCase().includes(query.toLowerCase())), onClick: () => undefined },
  composer: {
    tools: [
      { id: 'search', label: 'Search the archive', shortLabel: 'Search', icon: 'search' },
      { id: 'brief', label: 'Daily brief', icon: 'calendar', pinned: true },
    ],
    models: [{ id: 'fast', label: 'Fast' }, { id: 'deep', label: 'Deep', default: true }],
    attachments: { enabled: true },
  },
  threadItemActions: { feedback: true, retry: true, share: true },
  startScreen: { greeting: 'What is the news today?', prompts: [{ label: 'Top stories', prompt: 'Top stories' }] },
  disclaimer: { text: 'Answers may be wrong.' },
};

describe('<ck-chat> accessibility (axe-core)', () => {
  afterEach(cleanup);

  for (const theme of ['light', 'dark'] as const) {
    it(`a streamed reply and an open mention list have no violations (${theme})`, async () => {
      const server = new ScriptedServer();
      const { el } = await mountChat(server, { ...OPTIONS, theme });
      el.style.background = theme === 'dark' ? '#212121' : '#ffffff';
      expect(await violations(el)).to.deep.equal([]);
      await el.sendUserMessage({
        content: [
          { type: 'input_text', text: 'Tell me about ' },
          { type: 'input_tag', id: 'p_ada', text: 'Ada Lovelace', data: {}, group: 'People', interactive: true },
        ],
      });
      await settled(el);
      await until(() => $$(el.thread!, 'ck-response-actions').length === 1, 'the response actions');
      await el.focusComposer();
      await sendKeys({ type: 'and @ad' });
      await until(() => $$(el, '[role=option]').length === 2, 'the open list');
      await el.updateComplete;
      expect($(el, '.editor')!.getAttribute('aria-activedescendant')).to.equal('ck-mention-0');
      expect(await violations(el)).to.deep.equal([]);
    });
  }

  it('the history panel and the tool menu have no violations', async () => {
    const server = new ScriptedServer();
    const { el } = await mountChat(server, OPTIONS);
    await el.sendUserMessage({ text: 'first' });
    await settled(el);
    await el.showHistory();
    await until(() => $$(el, '.history-row').length === 1, 'the list');
    expect(await violations(el)).to.deep.equal([]);
    await el.hideHistory();
    $<HTMLButtonElement>(el, '[part=tools-button]')!.click();
    await until(() => $(el, '[role=menu]') !== null, 'the menu');
    expect(await violations(el)).to.deep.equal([]);
  });
});
