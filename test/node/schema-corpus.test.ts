import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseNode, parseWidgetRoot } from '../../src/schema/index.js';

// Widgets the Python server accepts (expected.json), and the ones it refuses at `validate`.
const corpus = new URL('../../../shared/corpus/templates/', import.meta.url);
const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function read(name: string, file: string): string | undefined {
  const url = new URL(`${name}/${file}`, corpus);
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
}

/** The renderer's walk: every node parsed on its own; returns the messages of the failing nodes. */
function walk(node: unknown): string[] {
  const result = parseNode(node);
  if (!result.ok) return result.issues.map((issue) => issue.message);
  const children = (node as { children?: unknown }).children;
  const list = Array.isArray(children) ? children : children == null ? [] : [children];
  return list.flatMap(walk);
}

// Template-engine cases that print a list, a dict or None into a Text value. Python passes them
// through its dynamic fallback model (its strict Text model refuses them too); neither is text, so
// the node becomes a visible error placeholder here rather than silently showing "[1, 2]" or nothing.
const TEXT_IS_NOT_TEXT =
  /^value: (expected string, number or boolean; got an? (array|object)|required string, number or boolean is missing)$/;

describe('widgets from the template corpus (accepted by chatkit-python)', () => {
  const accepted = cases.filter((name) => read(name, 'expected.json') !== undefined);

  it('validates node by node and as whole trees, except text values holding lists, dicts or null', (t) => {
    let valid = 0;
    const unexpected: string[] = [];
    for (const name of accepted) {
      const widget: unknown = JSON.parse(read(name, 'expected.json') ?? 'null');
      const problems = walk(widget);
      const tree = parseWidgetRoot(widget);
      if (problems.length === 0) {
        valid += 1;
        if (!tree.ok) unexpected.push(`${name}: tree refused: ${tree.issues[0]?.message}`);
        continue;
      }
      if (tree.ok) unexpected.push(`${name}: tree accepted although a node was refused`);
      for (const message of problems) {
        if (!TEXT_IS_NOT_TEXT.test(message)) unexpected.push(`${name}: ${message}`);
      }
    }
    t.diagnostic(`${valid} of ${accepted.length} corpus widgets validate`);
    assert.deepEqual(unexpected, []);
    assert.equal(accepted.length, 212);
    assert.equal(valid, 176);
  });
});

describe('widgets the Python server refuses at validate', () => {
  const refused = cases.filter((name) => read(name, 'expected-error.txt')?.startsWith('validate:'));

  it('are refused here too, with the reason', () => {
    assert.ok(refused.length >= 5);
    for (const name of refused) {
      const rendered = read(name, 'rendered.txt');
      assert.ok(rendered !== undefined, name);
      const widget: unknown = JSON.parse(rendered);
      const tree = parseWidgetRoot(widget);
      const walked = walk(widget);
      const rootType = (widget as { type?: unknown } | null)?.type;
      const wrongRoot = typeof rootType === 'string' && !['Card', 'ListView', 'Basic'].includes(rootType);
      assert.equal(tree.ok, false, `${name} tree`);
      assert.ok(walked.length > 0 || wrongRoot, `${name} walk`);
    }
  });
});
