// Property: however the network splits a recorded ChatKit stream (inside CRLF, inside multi-byte
// characters, one byte at a time), the parser yields the same messages and the reducer the same
// thread state as for the whole body. fast-check picks the split points; every streaming transcript
// from the Python server is tried RUNS_PER_TRANSCRIPT times (60 streams × 350 = 21,000 runs, ~6 s of CPU).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { SseParser, type SseMessage } from '../../src/protocol/sse.js';
import { applyStreamEvent, emptyThreadState, type ThreadState } from '../../src/thread/reducer.js';
import type { ThreadStreamEvent } from '../../src/protocol/types.js';

const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);
const RUNS_PER_TRANSCRIPT = 350;

const streams = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => f.replace(/\.meta\.json$/, ''))
  .filter((name) => JSON.parse(readFileSync(new URL(`${name}.meta.json`, FIXTURES), 'utf8')).streaming === true)
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`${name}.response`, FIXTURES))) }));

function parse(chunks: Uint8Array[]): { messages: SseMessage[]; state: ThreadState; truncated: boolean } {
  const messages: SseMessage[] = [];
  const parser = new SseParser((message) => messages.push(message));
  for (const chunk of chunks) parser.feed(chunk);
  const truncated = parser.end();
  let state = emptyThreadState;
  for (const message of messages) {
    let event: unknown;
    try {
      event = JSON.parse(message.data);
    } catch {
      continue; // a frame that is not JSON is reported by the client; the reducer never sees it
    }
    state = applyStreamEvent(state, event as ThreadStreamEvent);
  }
  return { messages, state, truncated };
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const end of [...points, bytes.length]) {
    if (end > start) chunks.push(bytes.subarray(start, end));
    start = end;
  }
  return chunks;
}

test(`${streams.length} streaming transcripts: any chunking parses and reduces like the whole body`, () => {
  assert.ok(streams.length >= 50, `expected the recorded streams, found ${streams.length}`);
  let runs = 0;
  for (const { name, bytes } of streams) {
    const whole = parse([bytes]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 64 }), fc.boolean(), (cuts, bytewise) => {
        runs++;
        const chunks = bytewise && bytes.length <= 20_000 ? split(bytes, Array.from(bytes.keys())) : split(bytes, cuts);
        const got = parse(chunks);
        assert.deepEqual(got.messages, whole.messages, `${name}: messages differ`);
        assert.deepEqual(got.state, whole.state, `${name}: reduced state differs`);
        assert.equal(got.truncated, whole.truncated, `${name}: truncation differs`);
      }),
      { numRuns: RUNS_PER_TRANSCRIPT, seed: 20261203 },
    );
  }
  assert.equal(runs, streams.length * RUNS_PER_TRANSCRIPT);
});
