// Markdown parser benchmark: ms per input for marked (lexer only) and micromark/mdast (+GFM).
// Inputs: every Markdown value of the hostile corpus (categories `dos` and `markdown-html`,
// `gen` expanded) plus normal documents. Run: node bench/markdown.bench.mjs [--only=dos-008]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Lexer } from 'marked';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';

const corpusUrl = new URL('../../shared/corpus/hostile/corpus.json', import.meta.url);
const MAX_MARKDOWN_LENGTH = 100_000; // mirrors src/markdown/limits.ts: longer sources are never parsed

// Same expansion as test/browser/markdown-corpus (`string` and `table` generators).
function expandGen(gen) {
  if (gen.kind === 'string') {
    return (gen.prefix ?? '') + String(gen.repeat).repeat(gen.times) + (gen.suffix ?? '');
  }
  if (gen.kind === 'table') {
    const cells = (fn) => '| ' + Array.from({ length: gen.cols }, (_, i) => fn(i)).join(' | ') + ' |';
    const lines = [cells((i) => `h${i}`), cells(() => '---')];
    for (let r = 0; r < gen.rows; r++) lines.push(cells((i) => `r${r}c${i}`));
    return lines.join('\n');
  }
  throw new Error(`unsupported gen kind ${gen.kind}`);
}

function markdownValues(node, out) {
  if (Array.isArray(node)) for (const child of node) markdownValues(child, out);
  else if (node && typeof node === 'object') {
    if (node.type === 'Markdown') {
      const v = node.value;
      out.push(v && typeof v === 'object' && 'gen' in v ? expandGen(v.gen) : String(v));
    }
    for (const key of Object.keys(node)) markdownValues(node[key], out);
  }
  return out;
}

const normal = {
  'readme (4 KB)': [
    '# Title', '', 'Some *emphasis*, **strong**, `code`, ~~gone~~ and a [link](https://example.com).', '',
    '- [x] done', '- [ ] todo', '  1. nested', '  2. ordered', '', '> quote with **bold**', '',
    '```ts\nconst x = 1;\n```', '', '| a | b |\n|:--|--:|\n| 1 | 2 |', '', 'www.example.com and https://example.org', '',
  ].join('\n').repeat(12),
  'chat answer (20 KB)': ('Here is a paragraph with `code`, a [link](https://a.example/x) and **bold** text.\n\n' +
    '1. first\n2. second\n\n```py\nprint("hi")\n```\n\n').repeat(100),
  'long table (500 rows)': '| n | name | value |\n|---|:---:|--:|\n' +
    Array.from({ length: 500 }, (_, i) => `| ${i} | item ${i} | ${i * 3} |`).join('\n'),
};

const parsers = {
  marked: (src) => new Lexer({ gfm: true }).lex(src),
  'mdast+gfm': (src) => fromMarkdown(src, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
};

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const cases = [];
for (const c of JSON.parse(readFileSync(corpusUrl, 'utf8'))) {
  if (c.category !== 'dos' && c.category !== 'markdown-html') continue;
  for (const value of markdownValues(c.widget, [])) cases.push([c.id, value]);
}
for (const [name, value] of Object.entries(normal)) cases.push([name, value]);

function time(fn, src) {
  const runs = src.length > 20_000 ? 3 : 20;
  fn(src); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn(src);
  return (performance.now() - start) / runs;
}

console.log(['input', 'chars', ...Object.keys(parsers)].join('\t'));
for (const [id, src] of cases) {
  if (only && id !== only) continue;
  const row = [id.padEnd(22), String(src.length).padStart(9)];
  for (const parse of Object.values(parsers)) {
    if (src.length > MAX_MARKDOWN_LENGTH) { row.push('capped'); continue; }
    try { row.push(time(parse, src).toFixed(2)); } catch (e) { row.push(`throws ${e.constructor.name}`); }
  }
  console.log(row.join('\t'));
}
