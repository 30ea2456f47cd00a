// The demo server for a page (bundled as dist/chatkit-widgets-demo-server.iife.js, global
// `ChatKitDemoServer`): the same scripted server, behind a fetch the page hands to <ck-thread> as
// `api.fetch`, so the demo runs from static files.
import * as kit from 'chatkit-widgets/server';
import { PATTERNS, TEMPLATE_NAMES, contextFromUrl, createDemoServer } from './demo-server.mjs';

export { PATTERNS, TEMPLATE_NAMES };

/**
 * Fetches the `.widget` files, creates the demo server and returns a fetch function that answers
 * every request with it (nothing leaves the page).
 * @param {{ WidgetTemplate: object, widgetsUrl?: string | URL }} options `WidgetTemplate` from the
 *   ChatKitWidgets global; `widgetsUrl` is where demo/widgets is (default: `widgets/` beside the page)
 */
export async function createDemoFetch({ WidgetTemplate, widgetsUrl = new URL('widgets/', document.baseURI) }) {
  const entries = await Promise.all(
    TEMPLATE_NAMES.map(async (name) => {
      const response = await fetch(new URL(`${name}.widget`, widgetsUrl));
      if (!response.ok) throw new Error(`Could not load ${name}.widget (HTTP ${response.status}).`);
      return [name, await response.text()];
    }),
  );
  const server = createDemoServer({ kit, WidgetTemplate, templates: Object.fromEntries(entries) });
  const handle = kit.createFetchHandler(server, { context: (request) => contextFromUrl(request.url) });
  const fetchShim = (input, init) => handle(input instanceof Request ? input : new Request(new URL(String(input), document.baseURI), init));
  return { server, fetch: fetchShim };
}
