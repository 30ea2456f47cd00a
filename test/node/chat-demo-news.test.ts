// The demo's news-guide pattern as <ck-chat> drives it (demo/index.html): article @mentions sent as
// input_tag parts, and composer tools routed on inference_options.tool_choice by the demo server.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { parseWidgetRoot } from '../../src/schema/parse-tree.js';
import { entityToTag } from '../../src/elements/chat/composer-content.js';
import type { DemoServer } from '../../demo/server/demo-server.mjs';
import { readWidgetTemplates } from '../../demo/server/node.mjs';
import { newDemoServer, streamEvents, type Event } from './demo-harness.js';
import { ARTICLES, NEWS_TOOLS, articleEntity, articlePreview, searchArticles } from '../../demo/server/patterns/news-guide.mjs';

let templates: Record<string, string>;
before(async () => {
  templates = await readWidgetTemplates();
});

const newServer = (): DemoServer => newDemoServer(templates);

const create = (server: DemoServer, content: unknown[], inference: Record<string, unknown> = {}): Promise<Event[]> =>
  streamEvents(server, 'threads.create', { input: { content, attachments: [], inference_options: inference } });

const done = (events: Event[], type: string) => events.filter((e) => e.type === 'thread.item.done' && e.item.type === type).map((e) => e.item);
const replyText = (events: Event[]) => done(events, 'assistant_message').map((item) => item.content[0].text).join('\n');
const sources = (events: Event[]) => done(events, 'assistant_message').flatMap((item) => item.content[0].annotations.map((a: any) => a.source.url));
const text = (value: string) => ({ type: 'input_text', text: value });
const tagOf = (id: string) => entityToTag(articleEntity(ARTICLES.find((article) => article.id === id)!));

describe('demo news guide: article mentions', () => {
  it('the page offers each article as an interactive entity whose tag carries its section and source', () => {
    assert.deepEqual(tagOf('tram-four'), {
      type: 'input_tag',
      id: 'tram-four',
      text: 'Tram line 4 extension opens with six new stations',
      data: { section: 'Transit', source: 'Harbor Herald' },
      group: 'Articles',
      interactive: true,
    });
  });

  it('every preview is a valid Basic widget', () => {
    for (const article of ARTICLES) {
      const parsed = parseWidgetRoot(articlePreview(article));
      assert.ok(parsed.ok, article.id);
      assert.equal(articlePreview(article).type, 'Basic');
    }
  });

  it('a message that tags articles is answered with those articles, cited', async () => {
    const events = await create(newServer(), [text('What changed with '), tagOf('night-ferries'), text(' and '), tagOf('pier-garden'), text('?')]);
    const cards = done(events, 'widget');
    assert.equal(cards.length, 2);
    assert.deepEqual(cards.map((item) => item.copy_text.split('\n')[0]), [ARTICLES[0]!.title, ARTICLES[1]!.title]);
    assert.match(replyText(events), /^Here is what the papers say about them:/);
    assert.deepEqual(sources(events), [ARTICLES[0]!.url, ARTICLES[1]!.url]);
    for (const card of cards) assert.ok(parseWidgetRoot(card.widget).ok);
    // The stored user message keeps the tags as sent.
    const user = done(events, 'user_message')[0];
    assert.deepEqual(user.content[1], tagOf('night-ferries'));
  });

  it('tags of unknown articles or of another group fall back to the text routes', async () => {
    const events = await create(newServer(), [text('hello '), { type: 'input_tag', id: 'nope', text: 'Nope', data: {}, group: 'Articles', interactive: false }]);
    assert.equal(done(events, 'widget').length, 0);
    assert.match(replyText(events), /I know six patterns/);
  });
});

describe('demo news guide: composer tools routed on tool_choice', () => {
  it('offers a one-shot search tool and a pinned, persistent brief', () => {
    assert.deepEqual(NEWS_TOOLS.map((tool) => [tool.id, tool.pinned === true, tool.persistent === true]), [
      ['news.search', false, false],
      ['news.brief', true, true],
    ]);
  });

  it('news.search answers with the matching stories in the news-list widget', async () => {
    const events = await create(newServer(), [text('tram stations')], { tool_choice: { id: 'news.search' } });
    const [list] = done(events, 'widget');
    assert.equal(list.widget.type, 'ListView');
    assert.deepEqual(list.widget.children.map((child: any) => child.key), ['tram-four']);
    assert.equal(replyText(events), 'One story matches “tram stations”.');
    assert.deepEqual(searchArticles('harbor').map((a) => a.id), ['night-ferries']);
  });

  it('news.search says so when nothing matches', async () => {
    const events = await create(newServer(), [text('zebra')], { tool_choice: { id: 'news.search' } });
    assert.equal(done(events, 'widget').length, 0);
    assert.match(replyText(events), /No story today matches “zebra”/);
  });

  it('news.brief lists every story (or the tagged ones) with their sources; the same words without the tool do not', async () => {
    const all = await create(newServer(), [text('brief me')], { tool_choice: { id: 'news.brief' } });
    assert.match(replyText(all), /^Your morning brief:/);
    assert.equal(sources(all).length, ARTICLES.length);
    const picked = await create(newServer(), [text('brief on '), tagOf('meteor-night')], { tool_choice: { id: 'news.brief' } });
    assert.match(replyText(picked), /^Your morning brief on the stories you picked:\n\n1\. \*\*Observatory/);
    const plain = await create(newServer(), [text('brief me')]);
    assert.doesNotMatch(replyText(plain), /morning brief/);
  });

  it('an unknown tool id is ignored (the text routes answer)', async () => {
    const events = await create(newServer(), [text("What's in the news today?")], { tool_choice: { id: 'no.such.tool' } });
    assert.equal(done(events, 'widget')[0]!.widget.type, 'ListView');
  });
});
