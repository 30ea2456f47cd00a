// The demo server for Node: reads the `.widget` files from demo/widgets and answers ChatKit
// requests through the kit's node:http handler. scripts/start.mjs passes the built kit (dist/);
// the tests pass src/ through tsx.
import { readFile } from 'node:fs/promises';
import { TEMPLATE_NAMES, contextFromUrl, createDemoServer } from './demo-server.mjs';

/** The text of each `.widget` file the demo builds from. */
export async function readWidgetTemplates(dir = new URL('../widgets/', import.meta.url)) {
  const entries = await Promise.all(TEMPLATE_NAMES.map(async (name) => [name, await readFile(new URL(`${name}.widget`, dir), 'utf8')]));
  return Object.fromEntries(entries);
}

/**
 * A `(req, res)` handler for the demo's ChatKit endpoint. `?pace=<ms>` on the endpoint URL sets the
 * streaming pace of that request (0 in tests).
 * @param {{ kit: object, WidgetTemplate: object, onError?: (error: unknown) => void }} options
 *   `kit` is `chatkit-widgets/server/node` (it has createNodeHandler)
 */
export async function createDemoNodeHandler({ kit, WidgetTemplate, onError }) {
  const server = createDemoServer({ kit, WidgetTemplate, templates: await readWidgetTemplates(), onError });
  const handler = kit.createNodeHandler(server, { context: (req) => contextFromUrl(req.url ?? '/') });
  return { server, handler };
}
