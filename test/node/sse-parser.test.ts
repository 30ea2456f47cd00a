// The SSE parser against the shared WHATWG vectors (each fed whole, at the case's cut points and
// one byte at a time, as check.mjs does), and parseSse over a real ReadableStream.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseSse, SseParser } from '../../src/protocol/sse.js';
import type { SseMessage } from '../../src/protocol/sse.js';

interface Vector {
  name: string;
  rule: string;
  input?: string;
  inputBase64?: string;
  chunks: number[];
  expected: SseMessage[];
  retry: number | null;
}

const { cases } = JSON.parse(readFileSync(new URL('../../../shared/corpus/sse/vectors.json', import.meta.url), 'utf8')) as {
  cases: Vector[];
};

function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (const end of points) {
    out.push(bytes.subarray(start, end));
    start = end;
  }
  out.push(bytes.subarray(start));
  return out;
}

function parseChunks(chunks: Uint8Array[]): { events: SseMessage[]; retry: number | null } {
  const events: SseMessage[] = [];
  const parser = new SseParser((m) => events.push(m));
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return { events, retry: parser.retry };
}

function bytesOf(v: Vector): Uint8Array {
  return v.inputBase64 ? new Uint8Array(Buffer.from(v.inputBase64, 'base64')) : new TextEncoder().encode(v.input ?? '');
}

describe('SSE parsing follows the WHATWG rules on every shared vector', () => {
  for (const v of cases) {
    it(`${v.name}: ${v.rule}`, () => {
      const bytes = bytesOf(v);
      const step = bytes.length <= 65536 ? 1 : 4093;
      const everyStep = Array.from({ length: Math.max(0, Math.ceil(bytes.length / step) - 1) }, (_, i) => (i + 1) * step);
      for (const [label, points] of [['whole', []], ['at the case cuts', v.chunks], [`every ${step} bytes`, everyStep]] as const) {
        const got = parseChunks(cut(bytes, [...points]));
        assert.deepEqual(got.events, v.expected, label);
        assert.equal(got.retry, v.retry, `${label}: retry`);
      }
    });
  }
});

describe('parseSse over a response body', () => {
  const body = (parts: string[], end: 'close' | 'error' = 'close') => {
    const chunks = parts.map((p) => new TextEncoder().encode(p));
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else if (end === 'error') controller.error(new TypeError('terminated'));
        else controller.close();
      },
    });
  };

  it('yields events as their frames complete, across chunk boundaries', async () => {
    const seen: string[] = [];
    for await (const m of parseSse(body(['data: {"a":', '1}\r', '\n\r\ndata: é', '\n\n']))) seen.push(m.data);
    assert.deepEqual(seen, ['{"a":1}', 'é']);
  });

  it('throws the read error of a dropped connection after the events before it', async () => {
    const seen: string[] = [];
    await assert.rejects(async () => {
      for await (const m of parseSse(body(['data: one\n\n', 'data: tw'], 'error'))) seen.push(m.data);
    }, /terminated/);
    assert.deepEqual(seen, ['one']);
  });

  it('stops with the abort reason when the signal fires', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    await assert.rejects(async () => {
      for await (const m of parseSse(body(['data: one\n\n', 'data: two\n\n', 'data: three\n\n']), controller.signal)) {
        seen.push(m.data);
        controller.abort(new Error('element removed'));
      }
    }, /element removed/);
    assert.deepEqual(seen, ['one']);
  });
});
