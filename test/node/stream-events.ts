// A server's streamed answer (`process()` result) read back as its events, for Node tests.
import assert from 'node:assert/strict';
import type { ProcessResult } from '../../src/server/index.js';

/** Reads the whole SSE answer; every frame must be one `data: <json>` line. */
export async function readStreamEvents<E = Record<string, any>>(result: ProcessResult): Promise<E[]> {
  assert.equal(result.kind, 'stream', result.kind === 'json' ? result.body : result.kind);
  if (result.kind !== 'stream') return [];
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of result.events) text += decoder.decode(chunk, { stream: true });
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((frame) => {
      assert.ok(frame.startsWith('data: '), `an SSE frame that is not one data line: ${frame.slice(0, 80)}`);
      return JSON.parse(frame.slice('data: '.length)) as E;
    });
}
