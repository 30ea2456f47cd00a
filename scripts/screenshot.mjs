// Screenshots a demo page in Chromium, light and dark: `node scripts/screenshot.mjs [page] [outDir]`.
// Serves the repo with scripts/start.mjs (no build), so run `npm run build` first.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { findBrowser, CHROME_ARGS } from './find-browser.mjs';

const page = process.argv[2] ?? 'demo/gallery.html';
const outDir = process.argv[3] ?? 'screenshots';
const port = 5100 + Math.floor(Math.random() * 800);
mkdirSync(outDir, { recursive: true });

const server = spawn('node', ['scripts/start.mjs', '--no-build'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.on('data', (chunk) => String(chunk).includes('http://') && resolve()));

const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROME_ARGS });
try {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1200, height: 900 } });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.error(`[${scheme}] page error: ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && console.error(`[${scheme}] console: ${message.text()}`));
    await tab.goto(`http://127.0.0.1:${port}/${page}`);
    if (scheme === 'dark') await tab.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    // Scroll through once so lazy images load before the full-page capture.
    await tab.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      window.scrollTo(0, 0);
    });
    await tab.waitForTimeout(800);
    const file = `${outDir}/${page.replace(/\W+/g, '-')}-${scheme}.png`;
    await tab.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
