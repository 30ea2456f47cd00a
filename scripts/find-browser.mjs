// Finds a Chromium to drive, in the order the project promises:
// $CHROME_PATH, Playwright's own download, then `chromium` and `google-chrome` on the PATH.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

async function playwrightDownload() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Promise<string>} the path of a Chromium executable, or exits with instructions. */
export async function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = (await playwrightDownload()) ?? onPath('chromium') ?? onPath('google-chrome');
  if (found) return found;
  console.error(
    [
      'No Chromium found for the browser tests. Any one of these works:',
      '  - set CHROME_PATH=/path/to/chrome',
      '  - npx playwright install chromium',
      '  - apt-get install chromium   (Debian/Ubuntu)',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await findBrowser());
}
