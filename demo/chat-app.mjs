// The options of the demo's <ck-chat> (demo/index.html): ChatKit's news-guide pattern on top of
// the six scripted patterns. Stories are @mention entities with hover/focus previews (the page
// knows the articles: it imports the same list the scripted server uses), clicking a mentioned
// story opens it (a `news.open` custom action), and the composer tools are routed by the server
// on `inference_options.tool_choice` (demo/server/patterns/news-guide.mjs).
import { ARTICLES, NEWS_TOOLS, articleEntity, articlePreview } from './server/patterns/news-guide.mjs';

const articleById = (id) => ARTICLES.find((article) => article.id === id);

/** Stories whose title, section or paper contain the query (all of them for a bare "@"). */
export function searchStories(query) {
  const q = String(query).trim().toLowerCase();
  return ARTICLES.filter((article) => q === '' || `${article.title} ${article.section} ${article.source}`.toLowerCase().includes(q)).map(articleEntity);
}

/**
 * @param {object} page
 * @param {HTMLElement & { sendCustomAction(action: object, itemId?: string | null): Promise<unknown> }} page.chat the <ck-chat>
 * @param {Array<{ id: string, title: string, prompt: string }>} page.patterns the six patterns (the news guide's is a start prompt)
 * @param {(kind: string, name: string, data?: unknown) => void} [page.log] the page log
 */
export function newsroomOptions({ chat, patterns, log }) {
  const night = articleEntity(articleById('night-ferries'));
  return {
    composer: {
      placeholder: 'Message the scripted assistant, or type @ to mention a story',
      tools: NEWS_TOOLS,
    },
    entities: {
      onTagSearch: async (query) => searchStories(query),
      showComposerMenu: true,
      // A mentioned story in a sent message opens it in the chat, as the list's rows do.
      onClick: (entity) => void chat.sendCustomAction({ type: 'news.open', payload: { id: entity.id } }),
      onRequestPreview: async (entity) => {
        const article = articleById(entity.id);
        return { preview: article ? articlePreview(article) : null };
      },
    },
    threadItemActions: { feedback: true, retry: true, share: true },
    // The six patterns have their buttons above the chat; the start screen shows the news guide's two ways in.
    startScreen: {
      greeting: 'Ask about today’s news, or type @ to mention a story',
      prompts: [
        ...patterns.filter((pattern) => pattern.id === 'news-guide').map((pattern) => ({ label: pattern.title, prompt: pattern.prompt, icon: 'globe' })),
        {
          label: 'Mention a story',
          icon: 'document',
          prompt: [
            { type: 'input_text', text: 'What changed with ' },
            { type: 'input_tag', id: night.id, text: night.title, data: night.data, group: night.group, interactive: true },
            { type: 'input_text', text: '?' },
          ],
        },
      ],
    },
    history: { enabled: true },
    disclaimer: { text: 'A scripted assistant: same answers every time, no model, no network beyond this machine.' },
    onLog: (entry) => {
      // Analytics-style events of the chat itself; the thread's diagnostics stay out of the page log.
      if (/^(message|composer|entity|history)\./.test(entry.name)) log?.('log', entry.name, entry.data);
    },
  };
}

// On the demo page: configure its <ck-chat id="chat"> (chat-page.js has set up the page first).
const chat = typeof document === 'undefined' ? null : document.getElementById('chat');
if (chat) {
  const page = window.demoPage;
  customElements.whenDefined('ck-chat').then(() => chat.setOptions(newsroomOptions({ chat, patterns: page?.patterns ?? [], log: page?.addLog })));
}
