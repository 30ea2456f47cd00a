// The demo's ChatKit endpoint on the test runner's dev server (web-test-runner.config.mjs), for
// test/browser/demo-*.test.ts and the demo pages: POST <anything>/demo/chatkit. The server kit and
// the template engine come from src/ through tsx, so the tests need no build.
let demo;

async function loadDemo() {
  const { tsImport } = await import('tsx/esm/api');
  const kit = await tsImport('../../src/server/node.ts', import.meta.url);
  const { WidgetTemplate } = await tsImport('../../src/template/index.ts', import.meta.url);
  const { createDemoNodeHandler } = await import('./node.mjs');
  return createDemoNodeHandler({ kit, WidgetTemplate });
}

/** Koa middleware: answers `/demo/chatkit` with the demo server (loaded on first use). */
export async function demoChatKitMiddleware(ctx, next) {
  if (!ctx.path.endsWith('/demo/chatkit')) return next();
  demo ??= loadDemo();
  const { handler } = await demo;
  // The node:http handler writes the response itself (status included); 200 only keeps Koa's
  // default 404 out of the runner's report.
  ctx.status = 200;
  ctx.respond = false;
  handler(ctx.req, ctx.res);
}
