// Pattern 3, news-guide: a rich article list (images, badges, clamped summaries) built from a
// `.widget` template; opening an article adds an article card with a Markdown link and a reply
// that cites it (a url annotation, shown as a source link). Images are local SVGs in demo/img/news.

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
