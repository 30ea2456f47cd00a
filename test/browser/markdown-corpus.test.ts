import { expect } from '@esm-bundle/chai';
import { render } from 'lit';
import { renderMarkdown } from '../../src/markdown/index.js';
import './dom-safe-failures.js';

// The public hostile corpus (read-only, shared with the security harness).
const CORPUS_URL = new URL('../../../shared/corpus/hostile/corpus.json', import.meta.url);

interface CorpusCase {
  id: string;
  category: string;
  description: string;
  widget: unknown;
  expect: { must: Array<{ kind: string; value?: string }> };
}

interface Gen {
  kind: string;
  repeat?: string;
  times?: number;
  prefix?: string;
  suffix?: string;
  cols?: number;
  rows?: number;
}

// Expands `{gen: {kind: 'string' | 'table'}}` as the harness does (corpus README).
function expandGen(gen: Gen): string {
  if (gen.kind === 'string') return (gen.prefix ?? '') + (gen.repeat ?? '').repeat(gen.times ?? 0) + (gen.suffix ?? '');
  if (gen.kind === 'table') {
    const cols = gen.cols ?? 0;
    const row = (cell: (i: number) => string): string => '| ' + Array.from({ length: cols }, (_, i) => cell(i)).join(' | ') + ' |';
    const lines = [row((i) => `h${i}`), row(() => '---')];
    for (let r = 0; r < (gen.rows ?? 0); r++) lines.push(row((i) => `r${r}c${i}`));
    return lines.join('\n');
  }
  throw new Error(`gen kind ${gen.kind} is not a Markdown generator`);
}

function markdownValues(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) markdownValues(child, out);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Markdown') {
      const value = record['value'];
      const gen = value !== null && typeof value === 'object' ? (value as { gen?: Gen }).gen : undefined;
      out.push(gen ? expandGen(gen) : String(value));
    }
    for (const key of Object.keys(record)) markdownValues(record[key], out);
  }
  return out;
}

const FORBIDDEN_ELEMENTS = 'script, iframe, frame, object, embed, style, base, meta, noscript, portal, link';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background'];

function schemeOf(value: string): string {
  // Browsers ignore whitespace and controls inside a scheme; so does this check.
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1] ?? '';
}

/** Every way the rendered Markdown could run script, leak a request or escape its box. */
function securityViolations(root: Element): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll(FORBIDDEN_ELEMENTS)) problems.push(`<${el.localName}> element`);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} attribute on <${el.localName}>`);
      if (name === 'srcdoc' || name === 'style') problems.push(`${name} attribute on <${el.localName}>`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      const scheme = schemeOf(attr.value);
      if (scheme === 'javascript' || scheme === 'vbscript') problems.push(`${scheme}: URL in ${name}`);
      if (scheme === 'data' && !(el.localName === 'img' && /^data:image\//i.test(attr.value))) problems.push(`data: URL in ${name}`);
      if (name === 'src' && new URL(attr.value, location.href).origin !== location.origin && scheme !== 'data') {
        problems.push(`off-origin src ${attr.value}`);
      }
    }
  }
  return problems;
}

const corpus: CorpusCase[] = await (await fetch(CORPUS_URL)).json();
const markdownCases = corpus.filter(
  (c) => (c.category === 'markdown-html' || c.category === 'dos') && markdownValues(c.widget).length > 0,
);

function renderCase(c: CorpusCase): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  for (const value of markdownValues(c.widget)) {
    const part = document.createElement('div');
    container.append(part);
    render(renderMarkdown(value), part);
  }
  return container;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('Markdown: the hostile corpus renders inert', () => {
  it('has Markdown cases in both categories', () => {
    expect(markdownCases.filter((c) => c.category === 'markdown-html').length).to.be.greaterThan(30);
    expect(markdownCases.filter((c) => c.category === 'dos').length).to.be.greaterThan(10);
  });

  for (const c of markdownCases.filter((x) => x.category === 'markdown-html')) {
    it(`${c.id}: ${c.description}`, () => {
      const container = renderCase(c);
      expect(securityViolations(container)).to.deep.equal([]);
      const shown = container.textContent ?? '';
      for (const must of c.expect.must) {
        if (must.kind === 'text' && must.value !== undefined && must.value !== 'CKSIBLINGOK') {
          expect(shown, `shows ${must.value}`).to.include(must.value);
        }
      }
      const offOrigin = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).origin !== location.origin);
      expect(offOrigin.map((e) => e.name)).to.deep.equal([]);
    });
  }
});

describe('Markdown: pathological corpus inputs complete', () => {
  for (const c of markdownCases.filter((x) => x.category === 'dos')) {
    it(`${c.id}: ${c.description}`, () => {
      const container = renderCase(c);
      // Either real Markdown output or the visible too-long placeholder; never an empty box.
      const output = container.querySelector('.ck-markdown, [data-ck-error]');
      expect(output).to.not.equal(null);
      expect(securityViolations(container)).to.deep.equal([]);
    });
  }
});
