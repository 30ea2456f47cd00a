// Loads the installed package in Chromium over loopback, under a strict CSP with Trusted Types, in the
// three ways a page can: the CDN ESM by URL, the IIFE by script tag (twice), and the npm entries bundled.
import { createServer, type Server } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright';
// @ts-expect-error plain ESM script without types
import { findBrowser, CHROME_ARGS } from '../../scripts/find-browser.mjs';

export interface PageReport {
  /** Text the user sees in the first <ck-widget>'s shadow root. */
  text: string;
  /** Uncaught errors, console errors and CSP violations. */
  errors: string[];
  /** What the page's script wrote to `window.result`. */
  result: unknown;
}

// The project's CSP (as in test/security): Lit's styleMap needs style attributes, the rest is strict.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const card = {
  type: 'Card',
  children: [
    { type: 'Title', value: 'Order shipped' },
    { type: 'Markdown', value: '**Bold** words' },
  ],
};
const show = `const el = document.createElement('ck-widget'); el.widget = ${JSON.stringify(card)}; document.body.append(el);`;

const pages: Record<string, { html: string; scripts: Record<string, string> }> = {
  'cdn-esm': {
    html: '<script type="module" src="cdn-esm.js"></script>',
    scripts: { 'cdn-esm.js': `import { CkWidget } from '/node_modules/chatkit-widgets/dist/chatkit-widgets.js';\nwindow.result = typeof CkWidget;\n${show}` },
  },
  'iife-twice': {
    html: ['/node_modules/chatkit-widgets/dist/chatkit-widgets.iife.js', '/node_modules/chatkit-widgets/dist/chatkit-widgets.iife.js', 'iife-twice.js']
      .map((src) => `<script src="${src}"></script>`).join(''),
    scripts: { 'iife-twice.js': `${show}\nwindow.result = typeof ChatKitWidgets.CkWidget + '/' + typeof customElements.get('ck-widget');` },
  },
  'bundled-npm': { html: '<script type="module" src="bundled-npm.js"></script>', scripts: {} },
};

const bundledApp = `
import 'chatkit-widgets';
import { WidgetTemplate } from 'chatkit-widgets/template';
const template = WidgetTemplate.fromDefinition({ version: '1.0', name: 'hello', jsonSchema: {},
  template: '{"type":"Card","children":[{"type":"Text","value":{{ ("Hello " ~ name) | tojson }}}]}' });
const el = document.createElement('ck-widget');
el.widget = template.build({ name: 'Ada' });
document.body.append(el);
`;

const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json' };

function serve(root: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CSP });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export async function loadPages(projectDir: string): Promise<Record<string, PageReport>> {
  await writeFile(join(projectDir, 'bundled-app.js'), bundledApp);
  // Bundled the way an app's bundler would: from the installed package, honouring its sideEffects.
  // A bundling failure (say, an import of an undeclared package) is that page's error, not the others'.
  const bundleErrors: string[] = [];
  await build({ entryPoints: [join(projectDir, 'bundled-app.js')], outfile: join(projectDir, 'bundled-npm.js'), bundle: true,
    format: 'esm', minify: true, absWorkingDir: projectDir, logLevel: 'silent' }).catch((error: Error) => bundleErrors.push(`esbuild: ${error.message}`));
  for (const [name, page] of Object.entries(pages)) {
    await writeFile(join(projectDir, `${name}.html`), `<!doctype html><html><head><meta charset="utf-8"></head><body>${page.html}</body></html>`);
    for (const [file, code] of Object.entries(page.scripts)) await writeFile(join(projectDir, file), code);
  }

  const server = await serve(projectDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROME_ARGS, headless: true });
  const reports: Record<string, PageReport> = {};
  try {
    for (const name of Object.keys(pages)) {
      const page = await browser.newPage();
      const errors: string[] = name === 'bundled-npm' ? [...bundleErrors] : [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(`${origin}/${name}.html`);
      const expected = name === 'bundled-npm' ? 'Hello Ada' : 'Bold words';
      await page
        .waitForFunction((text) => document.querySelector('ck-widget')?.shadowRoot?.textContent?.includes(text), expected, { timeout: 15000 })
        .catch(() => undefined);
      const text = await page.evaluate(() => document.querySelector('ck-widget')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
      reports[name] = { text, errors, result: await page.evaluate(() => (window as unknown as { result?: unknown }).result) };
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return reports;
}
