// The demo pages as a user opens them (in an iframe): the chat page against the demo server over
// HTTP, the static page with the server inside it, and the template playground. They load the
// built bundles from dist/, as `npm start` serves them.
import { expect } from '@esm-bundle/chai';
import type { CkThread } from '../../src/elements/ck-thread.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import { text } from './ck-thread-harness.js';
import { axeViolations } from './axe.js';
import './dom-safe-failures.js';

// The pages live in iframes (another realm): query shadow roots without `instanceof Element`.
const scope = (root: Element | ShadowRoot): ParentNode => ('shadowRoot' in root && root.shadowRoot ? root.shadowRoot : root);
const $ = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) => scope(root).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) => [...scope(root).querySelectorAll<T>(selector)];

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Polls (the pages stream and render over several frames); up to 20 s on a loaded machine. */
async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

async function openPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
  frames.push(frame);
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(`../../demo/${path}`, import.meta.url).href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (event) => errors.push(event.message));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return { doc: frame.contentDocument!, win, errors };
}

const threadIn = (doc: Document) => doc.querySelector('ck-thread') as CkThread;
const widgetsIn = (thread: CkThread) => $$<CkWidget>(thread, 'ck-widget');
const logEntries = (doc: Document) => [...doc.querySelectorAll('#log li')].map((li) => `${li.getAttribute('data-kind')} ${text(li.querySelector('.name'))}`);
const patternsEnabled = (doc: Document) => [...doc.querySelectorAll<HTMLButtonElement>('.pattern')].every((button) => !button.disabled);

/** Every element matching `selector`, through open shadow roots (the chat element may nest the thread). */
function deepAll<T extends Element = HTMLElement>(root: Document | Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [...(root as ParentNode).querySelectorAll<T>(selector)];
  for (const el of (root as ParentNode).querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll<T>(el.shadowRoot, selector));
  return found;
}

describe('demo/index.html: the main chat page over HTTP', () => {
  // Written against what the page itself shows (pattern buttons, widgets, map, log), so it holds
  // whichever chat element the page uses.
  it('?run=all plays the six patterns; a line pick lights up the map, a cat name goes through the page handler', async () => {
    const { doc, errors } = await openPage('index.html?pace=0&run=all');
    expect(doc.querySelectorAll('.pattern')).to.have.length(6);
    await waitFor(() => doc.body.dataset.ran === 'true', 'the six patterns');
    await waitFor(() => deepAll(doc, 'ck-widget').length === 5, 'five widgets (pattern 6 has none)');
    await waitFor(() => logEntries(doc).filter((entry) => entry.endsWith('→ completed')).length === 6, 'six completed responses');
    expect(logEntries(doc).filter((entry) => entry.startsWith('error'))).to.have.length(1, 'the error of pattern 6');

    // Pattern 1 on the page: the effect reaches the map and the log.
    const [metro, cats] = deepAll<CkWidget>(doc, 'ck-widget');
    await metro!.updateComplete;
    $$(metro!, '[part~=list-item]')[2]!.click();
    await waitFor(() => !!doc.querySelector('.metro-map .line.selected[data-line="green"]'), 'the green line on the map');
    expect(text(doc.getElementById('map-caption'))).to.equal('Green line selected: pick where the new station goes.');
    expect(logEntries(doc)).to.include('effect location_select_mode');
    expect(logEntries(doc)).to.include('action line.select');

    // Pattern 2 on the page: the client handler forwards the name with sendCustomAction.
    await waitFor(() => patternsEnabled(doc), 'the response to end');
    $$(cats!, '[part~=button]').find((button) => text(button) === 'Pepper')!.click();
    await waitFor(() => logEntries(doc).includes('effect cat_named'), 'the cat_named effect');
    expect(logEntries(doc)).to.include('action cats.pick_name');
    await waitFor(() => text(cats!.shadowRoot!).includes('Named'), 'the replaced card');
    expect(errors).to.deep.equal([]);
  });

  it('the theme toggle switches the page and the chat', async () => {
    const { doc, win } = await openPage('index.html?pace=0');
    const root = doc.documentElement;
    const before = root.getAttribute('data-theme');
    (doc.getElementById('theme-toggle') as HTMLButtonElement).click();
    const after = root.getAttribute('data-theme');
    expect(after).to.not.equal(before);
    const chat = doc.querySelector('ck-chat, ck-thread')!;
    await waitFor(() => chat.getAttribute('theme') === after, 'the chat to follow the page theme');
    expect(doc.getElementById('theme-toggle')!.getAttribute('aria-pressed')).to.equal(String(after === 'dark'));
    win.localStorage.removeItem('ck-demo-theme');
  });
});

describe('demo/cdn.html: script tags only, the server inside the page', () => {
  it('answers the patterns without any request to a server', async () => {
    const { doc, win, errors } = await openPage('cdn.html?pace=0&run=metro-map,news-guide,error-retry');
    await waitFor(() => doc.body.dataset.ran === 'true', 'the patterns');
    const thread = threadIn(doc);
    await waitFor(() => widgetsIn(thread).length === 2, 'two widgets');
    await waitFor(() => !!$(thread, '[part~=retry]'), 'the Retry button');
    ($(thread, '[part~=retry]') as HTMLButtonElement).click();
    await waitFor(() => $$(thread, 'article[aria-label="Assistant"]').some((node) => text(node).includes('Second try worked')), 'the retried answer');
    // (The test runner injects its own web-socket script into every page it serves.)
    const scripts = [...doc.querySelectorAll('script')].map((script) => script.getAttribute('src')).filter((src) => !src?.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['../dist/chatkit-widgets.iife.js', '../dist/chatkit-widgets-demo-server.iife.js', './cdn.js', './chat-page.js']);
    expect(doc.querySelector('script[type="module"]:not([src^="/__web-dev-server"])')).to.equal(null);
    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests.filter((path) => path.endsWith('/chatkit'))).to.deep.equal([]);
    expect(requests.filter((path) => path.endsWith('.widget'))).to.have.length(3);
    expect(errors).to.deep.equal([]);
  });

  it('has the page composer: Enter sends, the input clears and keeps focus, the send button waits for the reply', async () => {
    const { doc } = await openPage('cdn.html?pace=0');
    const input = doc.getElementById('composer-input') as HTMLInputElement;
    expect(doc.querySelector('label[for="composer-input"]')).to.not.equal(null);
    input.focus();
    input.value = 'hello';
    (doc.getElementById('composer') as HTMLFormElement).requestSubmit();
    const thread = threadIn(doc);
    await waitFor(() => $$(thread, 'article[aria-label="Assistant"]').some((node) => text(node).includes('I know six patterns')), 'the help reply');
    expect(input.value).to.equal('');
    expect(doc.activeElement).to.equal(input);
    await waitFor(() => !(doc.getElementById('send') as HTMLButtonElement).disabled, 'the send button');
  });
});

describe('demo/playground.html: a .widget template and its data, live', () => {
  it('renders a sample, shows a syntax error with its line and column, and recovers', async () => {
    const { doc, errors } = await openPage('playground.html#metro-lines');
    await waitFor(() => doc.body.dataset.ready === 'true', 'the playground');
    const preview = doc.getElementById('preview') as CkWidget;
    await waitFor(() => $$(preview, '[part~=list-item]').length === 3, 'the sample widget');
    expect(text($$(preview, '[part~=list-item]')[1])).to.include('selected');
    expect(doc.getElementById('output')!.textContent).to.include('"type": "ListView"');

    const template = doc.getElementById('template-source') as HTMLTextAreaElement;
    const good = template.value;
    template.value = good.replace('{{ title|tojson }}', '{{ title| }}');
    template.dispatchEvent(new Event('input'));
    await waitFor(() => !(doc.getElementById('problem') as HTMLElement).hidden, 'the error panel');
    expect(text(doc.getElementById('problem-stage'))).to.equal('parse · TemplateSyntaxError');
    expect(text(doc.getElementById('problem-where'))).to.match(/^line 1, column \d+$/);
    expect((doc.getElementById('problem-goto') as HTMLElement).hidden).to.equal(false);

    template.value = good.replace('{{ title|tojson }}', '{{ missing|tojson }}');
    template.dispatchEvent(new Event('input'));
    await waitFor(() => text(doc.getElementById('problem-stage')).startsWith('render'), 'the render error');
    expect(text(doc.getElementById('problem-where'))).to.match(/^line 1, column \d+$/);

    template.value = good;
    template.dispatchEvent(new Event('input'));
    await waitFor(() => (doc.getElementById('problem') as HTMLElement).hidden, 'the error to clear');
    await waitFor(() => $$(preview, '[part~=list-item]').length === 3, 'the widget again');

    const data = doc.getElementById('data-source') as HTMLTextAreaElement;
    data.value = '{ "title": ';
    data.dispatchEvent(new Event('input'));
    await waitFor(() => text(doc.getElementById('problem-stage')) === 'data · JSONDecodeError', 'the data error');
    expect(errors).to.deep.equal([]);
  });

  it('offers the demo templates and small samples; the dark toggle reaches the preview', async () => {
    const { doc } = await openPage('playground.html#news-list');
    await waitFor(() => doc.body.dataset.ready === 'true', 'the playground');
    const options = [...(doc.getElementById('sample') as HTMLSelectElement).options].map((option) => option.value);
    expect(options).to.deep.equal(['metro-lines', 'news-list', 'task-form', 'hello', 'broken']);
    const preview = doc.getElementById('preview') as CkWidget;
    await waitFor(() => $$(preview, 'img').length === 2, 'the article images');
    const before = preview.getAttribute('theme');
    (doc.getElementById('theme-toggle') as HTMLButtonElement).click();
    await waitFor(() => preview.getAttribute('theme') !== before, 'the preview theme');
    expect(preview.getAttribute('theme')).to.equal(doc.documentElement.getAttribute('data-theme'));
  });
});

describe('demo pages: accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark']) {
    it(`the static chat page with every pattern, and the playground, have no violations (${theme})`, async () => {
      const chat = await openPage('cdn.html?pace=0&run=all');
      chat.doc.documentElement.setAttribute('data-theme', theme);
      await waitFor(() => chat.doc.body.dataset.ran === 'true', 'the patterns');
      await waitFor(() => !!$(threadIn(chat.doc), '[part~=retry]'), 'the last pattern');
      for (const widget of widgetsIn(threadIn(chat.doc))) await widget.updateComplete;
      expect(await axeViolations(chat.doc, chat.win)).to.deep.equal([]);

      const playground = await openPage('playground.html#task-form');
      playground.doc.documentElement.setAttribute('data-theme', theme);
      await waitFor(() => playground.doc.body.dataset.ready === 'true', 'the playground');
      expect(await axeViolations(playground.doc, playground.win)).to.deep.equal([]);
    });
  }
});
