// Pattern 3, news-guide: a rich article list (images, badges, clamped summaries) built from a
// `.widget` template; opening an article adds an article card with a Markdown link and a reply
// that cites it (a url annotation, shown as a source link). Images are local SVGs in demo/img/news.
//
// With <ck-chat> (demo/index.html) the pattern also has ChatKit's news-guide mentions and tools:
// the page offers the articles as @mention entities (`articleEntity`, previews from
// `articlePreview`), a message that tags articles is answered about those articles (the server
// reads the `input_tag` parts), and the composer tools in NEWS_TOOLS are routed here on
// `inference_options.tool_choice` (see demo-server.mjs).

export const ARTICLES = [
  {
    id: 'night-ferries',
    title: 'Night ferries return to the harbor after twenty years',
    summary: 'Two electric boats will run every 30 minutes until 1 a.m. from Pier 3 to the Lighthouse, starting next Friday.',
    body: 'The city council approved the service in March after a summer trial carried 40,000 riders. Tickets cost the same as a tram fare, and bikes ride free after 9 p.m.',
    section: 'City',
    color: 'info',
    source: 'Harbor Herald',
    minutes: 4,
  },
  {
    id: 'pier-garden',
    title: 'Community garden on Pier 9 doubles its plots',
    summary: 'Sixty new raised beds open this spring; the waiting list shrinks from two years to a few weeks.',
    body: 'Volunteers rebuilt the old cargo shed as a tool library and seed bank. Plots are free for schools, and the first harvest market is planned for June.',
    section: 'Local',
    color: 'success',
    source: 'Pier Weekly',
    minutes: 3,
  },
  {
    id: 'tram-four',
    title: 'Tram line 4 extension opens with six new stations',
    summary: 'The eastern extension links Riverside to the Stadium in 14 minutes and runs every five minutes at rush hour.',
    body: 'Construction finished two months early. Until the end of the month, rides on the new section are free while the city tests the timetable.',
    section: 'Transit',
    color: 'warning',
    source: 'Harbor Herald',
    minutes: 5,
  },
  {
    id: 'meteor-night',
    title: 'Observatory hosts a free meteor-shower night on Saturday',
    summary: 'Telescopes on the hill from 10 p.m., a talk on the Perseids, and hot cocoa for early arrivals.',
    body: 'The observatory expects up to 60 meteors an hour if the sky stays clear. Street lights near the park will be dimmed between midnight and 2 a.m.',
    section: 'Science',
    color: 'discovery',
    source: 'Sky & Sea',
    minutes: 2,
  },
].map((article) => ({
  ...article,
  image: `img/news/${article.id}.svg`,
  alt: `Illustration: ${article.title}`,
  // Fictional stories: the links point at example.com, a domain reserved for examples.
  url: `https://example.com/harbor-city/${article.id}`,
}));

/** An article as the page offers it for @mentions (ChatKit's Entity); `data` goes to the server with the tag. */
export function articleEntity(article) {
  return { id: article.id, title: article.title, group: 'Articles', icon: 'document', interactive: true, data: { section: article.section, source: article.source } };
}

/** The small card shown while a tagged article is hovered or focused (a Basic root, as ChatKit previews are). */
export function articlePreview(article) {
  return {
    type: 'Basic',
    gap: 2,
    children: [
      { type: 'Image', src: article.image, alt: article.alt, aspectRatio: '16 / 9', fit: 'cover', radius: 'md' },
      { type: 'Row', gap: 2, children: [{ type: 'Badge', label: article.section, color: article.color, variant: 'soft' }, { type: 'Caption', value: `${article.source} · ${article.minutes} min read` }] },
      { type: 'Text', value: article.title, weight: 'semibold' },
      { type: 'Text', value: article.summary, size: 'sm', color: 'secondary' },
    ],
  };
}

/** The composer tools of the news guide (ChatKit's ToolOption shape); the server routes on their ids. */
export const NEWS_TOOLS = [
  { id: 'news.search', label: 'Search the news', shortLabel: 'Search', icon: 'search', placeholderOverride: 'Search today’s stories for…' },
  { id: 'news.brief', label: 'Morning brief', shortLabel: 'Brief', icon: 'calendar', pinned: true, persistent: true },
];

/** The articles a message tags (`input_tag` parts of the Articles group), known ids only, in order. */
export function taggedArticles(message) {
  const ids = (message?.content ?? []).filter((part) => part.type === 'input_tag' && part.group === 'Articles').map((part) => part.id);
  return ids.map((id) => ARTICLES.find((article) => article.id === id)).filter((article, index, all) => article && all.indexOf(article) === index);
}

/** The message's own words (tags left out), for the search tool. */
function typedText(message) {
  return (message?.content ?? [])
    .filter((part) => part.type === 'input_text')
    .map((part) => part.text)
    .join(' ')
    .trim();
}

/** Stories whose title, summary or section contain every word of the query (case-insensitive). */
export function searchArticles(query) {
  const words = query.toLowerCase().split(/\W+/).filter((word) => word.length > 1);
  return ARTICLES.filter((article) => {
    const haystack = `${article.title} ${article.summary} ${article.section}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

function articleCard(article) {
  return {
    type: 'Card',
    size: 'md',
    children: [
      { type: 'Image', src: article.image, alt: article.alt, aspectRatio: '16 / 9', fit: 'cover', radius: 'lg' },
      {
        type: 'Row',
        gap: 2,
        children: [
          { type: 'Badge', label: article.section, color: article.color, variant: 'soft' },
          { type: 'Caption', value: `${article.source} · ${article.minutes} min read` },
        ],
      },
      { type: 'Title', value: article.title, size: 'md' },
      { type: 'Text', value: article.summary, size: 'sm' },
      { type: 'Text', value: article.body, size: 'sm', color: 'secondary' },
      { type: 'Markdown', value: `[Read the full story on ${article.source}](${article.url})` },
    ],
  };
}

export const newsGuide = {
  id: 'news-guide',
  title: 'News guide',
  prompt: "What's in the news today?",
  routes: [
    {
      // A message that @mentions articles is about those articles, whatever its words say.
      matchMessage: (message) => taggedArticles(message).length > 0,
      priority: 0,
      async *respond(script, thread, { message }, context) {
        const articles = taggedArticles(message);
        yield script.kit.progressUpdate(`Opening ${articles.length === 1 ? 'the article' : `${articles.length} articles`} you mentioned…`, 'document');
        await script.pause(context, 4);
        for (const article of articles) yield script.widget(thread, context, articleCard(article), `${article.title}\n${article.url}`);
        const lines = articles.map((article) => `- **${article.title}** (${article.section}): ${article.summary}`);
        yield* script.say(thread, context, `Here is what the papers say about ${articles.length === 1 ? 'it' : 'them'}:\n\n${lines.join('\n')}`, {
          sources: articles.map((article) => ({ title: article.source, url: article.url })),
        });
      },
    },
    {
      match: /\bnews\b|\bheadlines?\b|\barticles?\b|\bbriefing\b/,
      priority: 3,
      async *respond(script, thread, _input, context) {
        yield script.kit.progressUpdate('Reading today’s Harbor City papers…', 'globe');
        await script.pause(context, 8);
        yield* script.say(thread, context, 'Four stories from this morning’s papers. Tap one to open it.');
        const widget = script.build('news-list', { edition: 'Harbor City · morning edition', articles: ARTICLES });
        yield script.widget(thread, context, widget, ARTICLES.map((article) => article.title).join('\n'));
      },
    },
  ],
  // Composer tools: `inference_options.tool_choice.id` → the answer (demo-server.mjs routes on it first).
  tools: {
    async *'news.search'(script, thread, { message }, context) {
      const query = typedText(message);
      const found = query ? searchArticles(query) : ARTICLES;
      yield script.kit.progressUpdate(`Searching today’s stories for “${query.slice(0, 80)}”…`, 'search');
      await script.pause(context, 4);
      if (found.length === 0) {
        yield* script.say(thread, context, `No story today matches “${query.slice(0, 80)}”. Try *ferries*, *tram* or *garden*.`);
        return;
      }
      yield* script.say(thread, context, `${found.length === 1 ? 'One story matches' : `${found.length} stories match`} “${query.slice(0, 80)}”.`);
      const widget = script.build('news-list', { edition: `Search · ${query.slice(0, 60) || 'all stories'}`, articles: found });
      yield script.widget(thread, context, widget, found.map((article) => article.title).join('\n'));
    },
    async *'news.brief'(script, thread, { message }, context) {
      const focus = taggedArticles(message);
      const articles = focus.length ? focus : ARTICLES;
      const lines = articles.map((article, index) => `${index + 1}. **${article.title}**: ${article.summary}`);
      yield* script.say(thread, context, `Your morning brief${focus.length ? ' on the stories you picked' : ''}:\n\n${lines.join('\n')}`, {
        sources: articles.map((article) => ({ title: article.source, url: article.url })),
      });
    },
  },
  actions: {
    async *'news.open'(script, thread, action, _sender, context) {
      const id = action.payload !== null && typeof action.payload === 'object' ? action.payload.id : undefined;
      const article = ARTICLES.find((candidate) => candidate.id === id);
      if (!article) throw new script.kit.CustomStreamError('That article is no longer available.', false);
      yield script.widget(thread, context, articleCard(article), `${article.title}\n${article.url}`);
      yield* script.say(thread, context, `In short: ${article.summary}`, { sources: [{ title: article.source, url: article.url }] });
    },
  },
};
