// The demo's <ck-chat> (demo/index.html) as configured by demo/chat-app.mjs, against the demo's
// scripted server over HTTP (mounted by web-test-runner.config.mjs at .../demo/chatkit): the
// news-guide mentions with previews and the composer tools routed on the server.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CkChat } from '../../src/elements/ck-chat.js';
import type { CkEntityTag } from '../../src/elements/chat/entity-tag.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import { newsroomOptions, searchStories } from '../../demo/chat-app.mjs';
import { $, $$, cleanup, settled, text, until } from './ck-chat-harness.js';
import './dom-safe-failures.js';

const ENDPOINT = new URL('../../demo/chatkit?pace=0', import.meta.url).href;
const PATTERNS = [{ id: 'news-guide', title: 'News guide', prompt: "What's in the news today?" }];

afterEach(cleanup);

async function demoChat() {
  const sent: Array<{ type: string; params: any }> = [];
  const logs: string[] = [];
  const el = document.createElement('ck-chat') as CkChat;
  el.style.height = '640px';
  el.setOptions({
    ...newsroomOptions({ chat: el, patterns: PATTERNS, log: (_kind, name) => logs.push(name) }),
    api: {
      url: ENDPOINT,
      fetch: (input, init) => {
        sent.push(JSON.parse(String(init?.body)));
        return fetch(input, init);
      },
    },
  });
  document.body.append(el);
  await el.updateComplete;
  await until(() => el.thread?.controller != null, 'the thread');
  const of = (type: string) => sent.filter((request) => request.type === type);
  return { el, of, logs };
}

const assistantTexts = (el: CkChat) => $$(el.thread!, '[part=assistant-message]').map((node) => text(node));

describe('demo: <ck-chat> news guide', () => {
  it('offers the stories as mentions; a keyboard-chosen story is answered about, cited, and opens on click', async () => {
    expect(searchStories('tram').map((entity) => entity.id)).to.deep.equal(['tram-four']);
    const { el, of, logs } = await demoChat();
    await el.focusComposer();
    await sendKeys({ type: 'What about @tram' });
    await until(() => $$(el, '[role=option]').length === 1, 'the story');
    expect(text($(el, '[role=group] .mention-group-label'))).to.equal('Articles');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await until(() => of('threads.create').length === 1, 'the message');
    expect(of('threads.create')[0]!.params.input.content[1]).to.deep.equal({
      type: 'input_tag',
      id: 'tram-four',
      text: 'Tram line 4 extension opens with six new stations',
      data: { section: 'Transit', source: 'Harbor Herald' },
      group: 'Articles',
      interactive: true,
    });
    await settled(el);
    await until(() => assistantTexts(el).some((t) => t.startsWith('Here is what the papers say about it')), 'the answer');
    expect($$(el.thread!, '[part=sources] a').map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/harbor-city/tram-four']);
    expect(logs).to.include.members(['composer.tag.insert', 'composer.submit']);

    // The tag in the sent message: a preview on focus, the story opened on click.
    const tag = $<CkEntityTag>(el.thread!, 'ck-entity-tag')!;
    await tag.updateComplete;
    const button = $<HTMLButtonElement>(tag, 'button')!;
    button.focus();
    await until(() => $(tag, '[part=preview] ck-widget') !== null, 'the preview');
    const preview = $<CkWidget>(tag, 'ck-widget')!;
    await preview.updateComplete;
    expect(text(preview.shadowRoot!)).to.contain('Tram line 4 extension opens with six new stations');
    const widgets = el.thread!.state.items.filter((item) => item.type === 'widget').length;
    button.click();
    await until(() => of('threads.custom_action').length === 1, 'news.open');
    expect(of('threads.custom_action')[0]!.params.action).to.deep.include({ type: 'news.open', payload: { id: 'tram-four' } });
    await settled(el);
    await until(() => el.thread!.state.items.filter((item) => item.type === 'widget').length === widgets + 1, 'the opened story');
  });

  it('the composer tools are routed by the demo server: a one-shot search, then the pinned persistent brief', async () => {
    const { el, of } = await demoChat();
    $<HTMLButtonElement>(el, '[part=tools-button]')!.click();
    await until(() => $(el, '[role=menu]') !== null, 'the tool menu');
    $<HTMLButtonElement>(el, '[data-tool-id="news.search"][role=menuitemradio]')!.click();
    await el.updateComplete;
    expect($(el, '.editor')!.getAttribute('aria-placeholder')).to.equal('Search today’s stories for…');
    await el.focusComposer();
    await sendKeys({ type: 'ferries' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await until(() => assistantTexts(el).includes('One story matches “ferries”.'), 'the search answer');
    expect(of('threads.create')[0]!.params.input.inference_options).to.deep.equal({ tool_choice: { id: 'news.search' } });
    expect($(el, '[part=tool-selected]')).to.equal(null);

    $<HTMLButtonElement>(el, '[part=tool-pinned]')!.click();
    await el.focusComposer();
    await sendKeys({ type: 'and the rest' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await until(() => assistantTexts(el).some((t) => t.startsWith('Your morning brief')), 'the brief');
    expect(of('threads.add_user_message')[0]!.params.input.inference_options).to.deep.equal({ tool_choice: { id: 'news.brief' } });
    expect($(el, '[part=tool-pinned]')!.getAttribute('aria-pressed')).to.equal('true');
  });
});
