import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakable, limitText } from '../../src/components/text-style.js';

const strings = (parts: string | unknown[]) => (typeof parts === 'string' ? [parts] : parts.filter((p): p is string => typeof p === 'string'));

test('short text and text with spaces stay one string', () => {
  assert.equal(breakable('hello'), 'hello');
  const prose = 'word '.repeat(10_000);
  assert.equal(breakable(prose), prose);
});

test('a long unbroken run gets a break opportunity every 80 characters, text unchanged', () => {
  const value = `start ${'A'.repeat(25_000)} end`;
  const parts = breakable(value);
  assert.ok(Array.isArray(parts));
  assert.equal(strings(parts).join(''), value);
  for (const piece of strings(parts)) assert.ok(!/\S{81,}/.test(piece), `a piece has a run over 80: ${piece.length}`);
  assert.equal(parts.length - strings(parts).length, Math.ceil(25_000 / 80) - 1 + 0);
});

test('never splits a surrogate pair', () => {
  const value = `${'a'.repeat(79)}${'😀'.repeat(100)}`;
  for (const piece of strings(breakable(value))) {
    const last = piece.charCodeAt(piece.length - 1);
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'a piece ends in a high surrogate');
  }
  assert.equal(strings(breakable(value)).join(''), value);
});

test('limitText cuts first, then makes the rest breakable', () => {
  const { text, cut } = limitText('A'.repeat(1_000), 500);
  assert.equal(cut, 500);
  assert.equal(strings(text).join(''), 'A'.repeat(500));
});
