import { expect } from '@esm-bundle/chai';
import { render } from 'lit';
import { MAX_MARKDOWN_LENGTH, markdownStyles, renderMarkdown } from '../../src/markdown/index.js';
import './dom-safe-failures.js';

function show(source: string, options?: { streaming?: boolean }): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(renderMarkdown(source, options), container);
  return container;
}

function texts(root: Element, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim() ?? '');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('Markdown: basic blocks', () => {
  it('renders headings, paragraphs, emphasis, strikethrough and a thematic break', () => {
    const el = show('# Title\n\n## Sub\n\nSome *em*, **strong** and ~~gone~~ text.\n\n---\n\nEnd');
    expect(texts(el, 'h1')).to.deep.equal(['Title']);
    expect(texts(el, 'h2')).to.deep.equal(['Sub']);
    expect(texts(el, 'em')).to.deep.equal(['em']);
    expect(texts(el, 'strong')).to.deep.equal(['strong']);
    expect(texts(el, 'del')).to.deep.equal(['gone']);
    expect(el.querySelectorAll('hr')).to.have.length(1);
    expect(texts(el, 'p')).to.deep.equal(['Some em, strong and gone text.', 'End']);
  });

  it('renders blockquotes, hard breaks and decodes character references', () => {
    const el = show('> quoted **bold**\n\nline one  \nline two\\\nthree &amp; &copy; &#x41; &#65;');
    expect(texts(el, 'blockquote')).to.deep.equal(['quoted bold']);
    expect(el.querySelectorAll('p br')).to.have.length(2);
    expect(el.textContent).to.include('three & © A A');
  });

  it('gives headings no id, so content cannot clobber page globals', () => {
    const el = show('# ckConfig\n## location');
    expect(el.querySelector('[id]')).to.equal(null);
  });
});

describe('Markdown: lists', () => {
  it('renders bullet and ordered lists, keeping the ordered start', () => {
    const el = show('- a\n- b\n  1. nested\n\n3. three\n4. four');
    expect(texts(el, 'ul > li').length).to.equal(2);
    expect(texts(el, 'ul ol li')).to.deep.equal(['nested']);
    const ordered = el.querySelector(':scope > div > ol');
    expect(ordered?.getAttribute('start')).to.equal('3');
    expect(texts(el, ':scope > div > ol > li')).to.deep.equal(['three', 'four']);
  });

  it('renders task lists as disabled checkboxes', () => {
    const el = show('- [x] done\n- [ ] todo');
    const boxes = [...el.querySelectorAll<HTMLInputElement>('li input[type=checkbox]')];
    expect(boxes.map((b) => [b.checked, b.disabled])).to.deep.equal([
      [true, true],
      [false, true],
    ]);
    expect(texts(el, 'li')).to.deep.equal(['done', 'todo']);
  });
});

describe('Markdown: code', () => {
  it('renders code spans and fenced blocks literally, with the language as data-lang', () => {
    const el = show('Use `a &amp; <b>` here.\n\n```ts\nconst x = "<img src=x>";\n```');
    expect(texts(el, 'p code')).to.deep.equal(['a &amp; <b>']);
    const block = el.querySelector('pre > code');
    expect(block?.getAttribute('data-lang')).to.equal('ts');
    expect(block?.textContent).to.equal('const x = "<img src=x>";');
    expect(el.querySelector('img')).to.equal(null);
  });
});

describe('Markdown: tables', () => {
  it('renders header, rows and column alignment', () => {
    const el = show('| Name | Qty | Note |\n|:-----|----:|:----:|\n| apple | 3 | *fresh* |\n| pear | 10 | ok |');
    expect(texts(el, 'thead th')).to.deep.equal(['Name', 'Qty', 'Note']);
    expect(texts(el, 'tbody tr').length).to.equal(2);
    expect(texts(el, 'tbody tr:first-child td')).to.deep.equal(['apple', '3', 'fresh']);
    const aligns = [...el.querySelectorAll('thead th')].map((th) => th.getAttribute('data-align'));
    expect(aligns).to.deep.equal(['left', 'right', 'center']);
  });
});

describe('Markdown: links open safely', () => {
  it('opens http(s) and mailto links in a new tab without opener or referrer', () => {
    const el = show('[docs](https://example.com/a?b=1 "Title") and <mailto:me@example.com>');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/a?b=1', 'mailto:me@example.com']);
    for (const a of links) {
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    }
    expect(links[0]?.getAttribute('title')).to.equal('Title');
  });

  it('autolinks www. and bare URLs (GFM)', () => {
    const el = show('see www.example.com and https://example.org/x');
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'http://www.example.com/',
      'https://example.org/x',
    ]);
  });

  it('shows the text of a refused link without a link', () => {
    const el = show('[click me](javascript:alert(1)) [two](&#106;avascript:x)');
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.include('click me');
    expect(el.textContent).to.include('two');
  });

  it('resolves reference-style links defined anywhere in a long document', () => {
    const filler = 'Paragraph of filler text.\n\n'.repeat(400);
    const el = show(`[top][ref]\n\n${filler}[ref]: https://example.com/ref`);
    expect(el.querySelector('a')?.getAttribute('href')).to.equal('https://example.com/ref');
  });
});

describe('Markdown: images', () => {
  it('renders same-origin images and shows the alt text of refused ones without a request', () => {
    const el = show('![local](/logo.png) ![tracker](https://evil.example/t.png)');
    const imgs = [...el.querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).to.deep.equal([new URL('/logo.png', location.href).href]);
    expect(imgs[0]?.getAttribute('alt')).to.equal('local');
    expect(el.textContent).to.include('tracker');
  });
});

describe('Markdown: raw HTML is text', () => {
  it('shows inline and block HTML as the characters written', () => {
    const el = show('a <b onclick="x()">bold</b>\n\n<div style="position:fixed">\nblock\n</div>');
    expect(el.querySelector('b, div[style]')).to.equal(null);
    expect(el.textContent).to.include('<b onclick="x()">bold</b>');
    expect(el.textContent).to.include('<div style="position:fixed">');
  });
});

describe('Markdown: limits', () => {
  it('shows a visible placeholder instead of parsing over-long sources', () => {
    const el = show('x'.repeat(MAX_MARKDOWN_LENGTH + 1));
    const note = el.querySelector('[data-ck-error]');
    expect(note).to.not.equal(null);
    expect(note!.getBoundingClientRect().height).to.be.greaterThan(0);
    const n = (MAX_MARKDOWN_LENGTH + 1).toLocaleString('en-US');
    expect(note!.textContent).to.include(`Markdown too long: ${n} characters (limit ${MAX_MARKDOWN_LENGTH.toLocaleString('en-US')})`);
  });

  it('stops creating elements past the budget and shows the rest as its source text', () => {
    const el = show('*[a](b)'.repeat(20_000));
    expect(el.querySelectorAll('*').length).to.be.lessThan(10_000);
    expect(el.textContent).to.include('*[a](b)*[a](b)');
    const table = show('| n |\n|---|\n' + Array.from({ length: 9_000 }, (_, i) => `| ${i} |`).join('\n'));
    expect(table.querySelector('.ck-markdown-omitted')?.textContent).to.match(/^[\d,]+ more rows not shown$/);
  });

  it('flattens 100,000 nested quotes and lists to text instead of overflowing the stack', () => {
    const quotes = show('>'.repeat(100_000) + ' deep');
    expect(quotes.textContent).to.include('deep');
    expect(quotes.querySelectorAll('blockquote').length).to.be.lessThan(50);
    const lists = show('- '.repeat(50_000) + 'item');
    expect(lists.textContent).to.include('item');
    expect(lists.querySelectorAll('ul').length).to.be.lessThan(50);
  });
});

describe('Markdown: streaming', () => {
  it('renders an unterminated trailing fence as a code block', () => {
    const el = show('Intro\n\n```py\nprint(1)\n', { streaming: true });
    expect(el.querySelector('pre > code')?.textContent).to.include('print(1)');
  });

  it('shows unclosed emphasis and code as formatted, and drops an unfinished link target', () => {
    const el = show('Some **bold and `code', { streaming: true });
    expect(texts(el, 'strong')).to.deep.equal(['bold and code']);
    expect(texts(el, 'code')).to.deep.equal(['code']);
    const link = show('See [the docs](https://exa', { streaming: true });
    expect(link.querySelector('a')).to.equal(null);
    expect(link.textContent?.trim()).to.equal('See the docs');
    const image = show('Look ![chart](/img/ch', { streaming: true });
    expect(image.querySelector('img')).to.equal(null);
  });

  it('marks the container as streaming so the caret shows, and only then', () => {
    expect(show('text', { streaming: true }).querySelector('.ck-markdown[data-streaming]')).to.not.equal(null);
    expect(show('text').querySelector('.ck-markdown[data-streaming]')).to.equal(null);
  });
});

describe('Markdown: styles', () => {
  it('use only --ck-* custom properties for colors', () => {
    const text = markdownStyles.cssText;
    expect(text).to.include('var(--ck-color-accent)');
    expect(text).to.not.match(/#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i);
  });
});
