// Adapter for ../shared/corpus/sse/check.mjs: feeds the chunks to our SseParser.
// Uses the build (dist/protocol/sse.js, after `npx tsc -p tsconfig.build.json`); with
// SSE_ADAPTER_SRC=1 and `node --import tsx` it uses src/protocol/sse.ts directly.
const { SseParser } = process.env.SSE_ADAPTER_SRC
  ? await import('../../src/protocol/sse.ts')
  : await import('../../dist/protocol/sse.js');

export function parse(chunks) {
  const events = [];
  const parser = new SseParser((message) => events.push(message));
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return { events, retry: parser.retry };
}
