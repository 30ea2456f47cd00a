import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findBrowser, CHROME_ARGS } from './scripts/find-browser.mjs';
import { CSP_POLICY, isCspPage } from './demo/csp/policy.mjs';
import { demoChatKitMiddleware } from './demo/server/test-middleware.mjs';

const executablePath = await findBrowser();

export default {
  files: ['test/browser/**/*.test.ts', 'test/security/**/*.test.ts'],
  nodeResolve: true,
  // demo/csp.html gets its strict policy as a real header (test/security/csp-page.test.ts).
  middleware: [
    async (ctx, next) => {
      await next();
      if (isCspPage(ctx.path)) ctx.set('Content-Security-Policy', CSP_POLICY);
    },
    // The demo's scripted ChatKit server at POST .../demo/chatkit (test/browser/demo-*.test.ts).
    demoChatKitMiddleware,
  ],
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
  // Generous: CI machines are shared; this bounds a hung test, it is not a speed check.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 900000,
};
