import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderComponentDocs } from '../../src/schema/component-docs.js';
import { parseNode, parseWidgetRoot, widgetTypes } from '../../src/schema/index.js';

const docsFile = new URL('../../docs/components.md', import.meta.url);
const docs = readFileSync(docsFile, 'utf8');

function jsonExamples(markdown: string): unknown[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1] ?? 'null'));
}

/** The renderer's walk: every node of an example parsed on its own. */
function failingNodes(node: unknown, path = 'example'): string[] {
  const result = parseNode(node);
  if (!result.ok) return result.issues.map((issue) => `${path}: ${issue.message}`);
  const children = (node as { children?: unknown }).children;
  const list = Array.isArray(children) ? children : children == null ? [] : [children];
  return list.flatMap((child, index) => failingNodes(child, `${path}.${index}`));
}

describe('docs/components.md', () => {
  it('is current: regenerating it from the schemas changes nothing (npm run docs:components)', () => {
    assert.equal(docs, renderComponentDocs());
  });

  it('has a section, a props table and an example for every component', () => {
    for (const type of widgetTypes) {
      assert.match(docs, new RegExp(`^## ${type.replace('.', '\\.')}\\n\\n.+\\n\\n\\| Prop \\| Type \\| Notes \\|`, 'm'), type);
    }
    assert.equal(jsonExamples(docs).length, widgetTypes.length);
  });

  it('shows only examples that pass parseNode on every node', () => {
    const examples = jsonExamples(docs);
    assert.deepEqual(examples.flatMap((example) => failingNodes(example)), []);
    const types = examples.map((example) => (example as { type: string }).type);
    assert.deepEqual([...types].sort(), [...widgetTypes].sort());
  });

  it('shows root examples that pass whole-tree validation', () => {
    for (const example of jsonExamples(docs)) {
      const type = (example as { type: string }).type;
      if (!['Card', 'ListView', 'Basic'].includes(type)) continue;
      const result = parseWidgetRoot(example);
      assert.equal(result.ok, true, type);
    }
  });
});
