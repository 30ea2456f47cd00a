// The demo's scripted assistant: a ChatKitServer subclass that answers with six fixed patterns,
// deterministically, without a model or the network. Plain ESM so that Node (`npm start`, tests)
// and a browser page (demo/cdn.html, through the demo-server IIFE) run the same code.
//
// The server kit is passed in (`kit`) instead of imported: `npm start` passes the built package
// (dist/server), tests pass src/server, the IIFE bundles it. The code reads as if it had written
// `import { ChatKitServer, ... } from 'chatkit-widgets/server'`.
import { metroMap } from './patterns/metro-map.mjs';
import { catLounge } from './patterns/cat-lounge.mjs';
import { newsGuide } from './patterns/news-guide.mjs';
import { taskApproval } from './patterns/task-approval.mjs';
import { deployCheck } from './patterns/deploy-check.mjs';
import { errorRetry } from './patterns/error-retry.mjs';
import { createScript } from './script.mjs';

/** The six patterns, in the order the demo page offers them. */
export const PATTERNS = [metroMap, catLounge, newsGuide, taskApproval, deployCheck, errorRetry];

/** The `.widget` files in demo/widgets/ the patterns build from (name → file `demo/widgets/<name>.widget`). */
export const TEMPLATE_NAMES = ['metro-lines', 'news-list', 'task-form'];

/** Default delay between streamed chunks, in ms; a request can ask for another (`?pace=0` in tests). */
export const DEFAULT_PACE = 35;

/** The per-request context from a URL's `pace` query parameter (0–1000 ms). */
export function contextFromUrl(url) {
  const raw = new URL(url, 'http://demo.invalid').searchParams.get('pace');
  const pace = raw === null || raw === '' ? NaN : Number(raw);
  return { pace: Number.isFinite(pace) ? Math.min(Math.max(pace, 0), 1000) : DEFAULT_PACE };
}

/**
 * Creates the demo server.
 * @param {object} options
 * @param {object} options.kit the server kit module (`chatkit-widgets/server`)
 * @param {{ fromString(text: string): { build(data: unknown, options?: object): object } }} options.WidgetTemplate
 * @param {Record<string, string>} options.templates the text of each `.widget` file in TEMPLATE_NAMES
 * @param {object} [options.store] a Store (default: a MemoryStore with sequential ids)
 * @param {() => string} [options.clock]
 * @param {(error: unknown) => void} [options.onError]
 */
export function createDemoServer({ kit, WidgetTemplate, templates, store, clock, onError }) {
  const compiled = new Map();
  for (const name of TEMPLATE_NAMES) {
    if (typeof templates?.[name] !== 'string') throw new Error(`The demo server needs demo/widgets/${name}.widget.`);
    compiled.set(name, WidgetTemplate.fromString(templates[name]));
  }

  // Ordered: the first route whose pattern matches the user's message answers (its text, or with
  // `matchMessage` the whole message, e.g. its @mention tags).
  const routes = PATTERNS.flatMap((pattern) => pattern.routes.map((route) => ({ ...route, pattern })))
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  // A composer tool the user picked (`inference_options.tool_choice`) goes before any route.
  const tools = new Map();
  for (const pattern of PATTERNS) {
    for (const [id, respond] of Object.entries(pattern.tools ?? {})) tools.set(id, { respond, pattern });
  }
  const actions = new Map();
  for (const pattern of PATTERNS) {
    for (const [type, handler] of Object.entries(pattern.actions ?? {})) actions.set(type, handler);
  }

  class DemoServer extends kit.ChatKitServer {
    constructor() {
      super({ store: store ?? new kit.MemoryStore({ ids: kit.sequentialIds() }), clock, onError });
      /** User messages whose first answer already failed (the error pattern succeeds on retry). */
      this.failedOnce = new Set();
      this.script = createScript(kit, this, compiled);
    }

    async *respond(thread, input, context) {
      const text = userText(input);
      const toolId = input?.inference_options?.tool_choice?.id;
      const route =
        (typeof toolId === 'string' ? tools.get(toolId) : undefined) ??
        routes.find((candidate) => (candidate.matchMessage ? candidate.matchMessage(input) : candidate.match.test(text)));
      if (!thread.title) thread.title = route ? route.pattern.title : 'Demo chat';
      if (!route) {
        yield* this.script.say(thread, context, helpText());
        return;
      }
      yield* route.respond(this.script, thread, { text, message: input }, context);
    }

    async *action(thread, action, sender, context) {
      const handler = actions.get(action.type);
      if (!handler) throw new kit.CustomStreamError(`The demo has no handler for the action "${String(action.type).slice(0, 80)}".`, false);
      yield* handler(this.script, thread, action, sender, context);
    }
  }

  return new DemoServer();
}

function userText(input) {
  if (!input) return '';
  return input.content
    .map((part) => (typeof part.text === 'string' ? part.text : ''))
    .join(' ')
    .toLowerCase()
    .trim();
}

function helpText() {
  const lines = PATTERNS.map((pattern) => `- **${pattern.title}**: try “${pattern.prompt}”`);
  return `I am the scripted demo assistant: no model, same answers every time. I know six patterns:\n\n${lines.join('\n')}`;
}
