import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findBrowser, CHROME_ARGS } from './scripts/find-browser.mjs';

const executablePath = await findBrowser();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // ../shared corpora are read by relative path from the tests.
  rootDir: '..',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
