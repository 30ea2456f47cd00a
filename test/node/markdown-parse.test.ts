import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Token } from 'marked';
import { splitInlineSource, splitIntoBlockChunks } from '../../src/markdown/chunks.js';
import { decodeCharacterReferences } from '../../src/markdown/entities.js';
import { MAX_CONTAINER_DEPTH, MAX_MARKDOWN_LENGTH } from '../../src/markdown/limits.js';
import { flattenDeepNesting } from '../../src/markdown/nesting-guard.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { completeStreamingTail } from '../../src/markdown/streaming-tail.js';

function tokensOf(source: string, streaming = false): Token[] {
  const parsed = parseMarkdown(source, { streaming });
  assert.equal(parsed.kind, 'tokens', JSON.stringify(parsed).slice(0, 200));
  return parsed.kind === 'tokens' ? parsed.tokens : [];
}

function typesDeep(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  const stack: Token[] = [...tokens];
  while (stack.length > 0) {
    const t = stack.shift()!;
    out.push(t.type);
    if ('tokens' in t && Array.isArray(t.tokens)) stack.push(...(t.tokens as Token[]));
    if (t.type === 'list') stack.push(...(t.items as Token[]));
  }
  return out;
}

function maxDepth(tokens: readonly Token[]): number {
  let deepest = 0;
  const stack: Array<[Token, number]> = tokens.map((t) => [t, 1]);
  while (stack.length > 0) {
    const [t, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    const children = t.type === 'list' ? (t.items as Token[]) : 'tokens' in t && Array.isArray(t.tokens) ? (t.tokens as Token[]) : [];
    for (const c of children) stack.push([c, d + 1]);
  }
  return deepest;
}

describe('character references', () => {
  it('decodes named, decimal and hex references and leaves unknown names literal', () => {
    assert.equal(decodeCharacterReferences('&lt;b&gt; &amp; &copy; &#65;&#x42; &bogus; &amp'), '<b> & © AB &bogus; &amp');
  });
  it('turns NUL, surrogates and out-of-range code points into U+FFFD', () => {
    assert.equal(decodeCharacterReferences('&#0;&#xD800;&#1114112;'), '\ufffd\ufffd\ufffd');
  });
  it('never resolves prototype names', () => {
    assert.equal(decodeCharacterReferences('&constructor; &__proto__; &toString;'), '&constructor; &__proto__; &toString;');
  });
});

describe('nesting guard', () => {
  it('escapes container markers past the depth limit so the rest is text', () => {
    const deep = '>'.repeat(MAX_CONTAINER_DEPTH + 5) + ' x';
    const guarded = flattenDeepNesting(deep);
    assert.equal(guarded, '>'.repeat(MAX_CONTAINER_DEPTH) + '\\' + '>'.repeat(5) + ' x');
    assert.equal(flattenDeepNesting('1. 2. '.repeat(20) + 'x').includes('\\.'), true);
  });
  it('leaves normal documents and fenced code untouched', () => {
    const doc = '> a\n> - b\n>   1. c\n\n```\n' + '> '.repeat(40) + '\n```\n';
    assert.equal(flattenDeepNesting(doc), doc);
  });
  it('caps leading indentation', () => {
    assert.equal(flattenDeepNesting(' '.repeat(300) + '- x', 16, 64), ' '.repeat(64) + '- x');
  });
  it('keeps 100,000 nested quotes and list markers within the stack', () => {
    assert.ok(maxDepth(tokensOf('>'.repeat(100_000) + ' x')) < 60);
    assert.ok(maxDepth(tokensOf('> - '.repeat(40_000) + 'x')) < 120);
  });
});

describe('chunked parsing', () => {
  it('splits only at block boundaries for ordinary documents, never inside a fence', () => {
    const para = 'Some words here.\n\n';
    const fence = '```\n' + 'code line\n\nmore\n'.repeat(400) + '```\n';
    const doc = para.repeat(300) + fence + para.repeat(300);
    const chunks = splitIntoBlockChunks(doc, 1000, 2000);
    assert.equal(chunks.join(''), doc);
    assert.ok(chunks.length > 5);
    assert.ok(chunks.some((c) => c.includes(fence)), 'the fence stays in one piece');
    for (const c of chunks.slice(1)) assert.ok(!c.startsWith('code line'));
  });
  it('parses the same tokens chunked as in one piece for a long ordinary document', () => {
    const doc = ('# Heading\n\nText with *em* and [link](https://a.example).\n\n- item\n- item\n\n').repeat(300);
    assert.ok(doc.length > 8_000);
    const types = typesDeep(tokensOf(doc));
    assert.equal(types.filter((t) => t === 'heading').length, 300);
    assert.equal(types.filter((t) => t === 'link').length, 300);
    assert.equal(types.filter((t) => t === 'list').length, 300);
  });
  it('splits long inline text at line breaks or spaces and loses nothing', () => {
    const text = 'word '.repeat(3_000);
    const pieces = splitInlineSource(text, 1000);
    assert.equal(pieces.join(''), text);
    for (const p of pieces) assert.ok(p.length <= 1000 && p.endsWith(' '));
    const emoji = '😀'.repeat(1500);
    assert.ok(splitInlineSource(emoji, 1001).every((p) => !/^[\udc00-\udfff]/.test(p)));
  });
});

describe('parse results are values', () => {
  it('reports an over-long source instead of parsing it', () => {
    const parsed = parseMarkdown('a'.repeat(MAX_MARKDOWN_LENGTH + 1));
    assert.deepEqual(parsed, { kind: 'too-long', length: MAX_MARKDOWN_LENGTH + 1, limit: MAX_MARKDOWN_LENGTH });
  });
  it('parses GFM: tables, task lists, strikethrough and autolinks', () => {
    const types = typesDeep(tokensOf('| a |\n|---|\n| 1 |\n\n- [x] t\n\n~~d~~ www.example.com'));
    for (const t of ['table', 'checkbox', 'del', 'link']) assert.ok(types.includes(t), t);
  });
});

describe('streaming tail', () => {
  it('closes open strong, emphasis, strikethrough and code at the end', () => {
    assert.equal(completeStreamingTail('a **bold'), 'a **bold**');
    assert.equal(completeStreamingTail('a *em and ~~del'), 'a *em and ~~del~~*');
    assert.equal(completeStreamingTail('run `npm i'), 'run `npm i`');
    assert.equal(completeStreamingTail('**b `x'), '**b `x`**');
  });
  it('leaves complete text and open fences alone', () => {
    assert.equal(completeStreamingTail('done **b** `c`'), 'done **b** `c`');
    assert.equal(completeStreamingTail('```js\nlet a = "**"'), '```js\nlet a = "**"');
  });
  it('shows only the text of an unfinished link and drops an unfinished image', () => {
    assert.equal(completeStreamingTail('see [docs](https://ex'), 'see docs');
    assert.equal(completeStreamingTail('see [do'), 'see do');
    assert.equal(completeStreamingTail('pic ![alt](/img/pa'), 'pic');
  });
  it('does not treat a list bullet as emphasis', () => {
    assert.equal(completeStreamingTail('* item one\n* item'), '* item one\n* item');
  });
  it('renders the trailing fence as code while streaming', () => {
    const tokens = tokensOf('Intro\n\n```py\nprint(1)', true);
    assert.deepEqual(tokens.filter((t) => t.type === 'code').map((t) => (t as { text: string }).text), ['print(1)']);
  });
});

describe('hostile corpus: every Markdown value parses to a value', () => {
  const corpus = JSON.parse(
    readFileSync(new URL('../../../shared/corpus/hostile/corpus.json', import.meta.url), 'utf8'),
  ) as Array<{ id: string; category: string; widget: unknown }>;
  const values: Array<[string, string]> = [];
  const visit = (id: string, node: unknown): void => {
    if (Array.isArray(node)) node.forEach((n) => visit(id, n));
    else if (node && typeof node === 'object') {
      const r = node as Record<string, unknown>;
      if (r['type'] === 'Markdown' && typeof r['value'] === 'string') values.push([id, r['value']]);
      for (const k of Object.keys(r)) visit(id, r[k]);
    }
  };
  for (const c of corpus) if (c.category === 'markdown-html') visit(c.id, c.widget);

  it('parses every markdown-html value without falling back to plain text', () => {
    assert.ok(values.length > 30);
    for (const [id, value] of values) {
      const parsed = parseMarkdown(value);
      assert.equal(parsed.kind, 'tokens', id);
    }
  });
});
