/**
 * demo/csp.html, served with the strict policy as a real header (web-test-runner.config.mjs),
 * renders the gallery, Markdown and a template-built widget from the built bundle with zero
 * CSP or Trusted Types violations. Two deliberate probes at the end prove the policy is in force.
 */
import { expect } from '@esm-bundle/chai';
import { gallery } from '../../demo/gallery-widgets.js';
import '../browser/dom-safe-failures.js';

interface CspWindow extends Window {
  cspPage: Promise<number>;
  cspViolations: { directive: string; blocked: string; sample: string }[];
}

const pageUrl = new URL('../../demo/csp.html', import.meta.url).href;
const bundleUrl = new URL('../../dist/chatkit-widgets.js', import.meta.url).href;

async function openPage(): Promise<{ frame: HTMLIFrameElement; win: CspWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = pageUrl;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  for (let i = 0; i < 2400 && !win.cspPage; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  await win.cspPage;
  return { frame, win };
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('strict CSP with Trusted Types: demo/csp.html', function () {
  // Generous: on a loaded 2-core machine the lazy chunks can take many seconds; this bounds a hang.
  this.timeout(90_000);
  let page: { frame: HTMLIFrameElement; win: CspWindow };

  before(async function () {
    const bundle = await fetch(bundleUrl, { method: 'HEAD' });
    if (!bundle.ok) throw new Error('dist/chatkit-widgets.js is missing: build it (npx tsc -p tsconfig.build.json && npx rollup -c --silent)');
    page = await openPage();
  });
  after(() => page?.frame.remove());

  it('is served with the policy as a header', async () => {
    const response = await fetch(pageUrl);
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; require-trusted-types-for 'script'");
  });

  it('renders every widget with zero violations', () => {
    expect(page.win.cspViolations, JSON.stringify(page.win.cspViolations)).to.deep.equal([]);
    const widgets = [...page.win.document.querySelectorAll('ck-widget')];
    expect(widgets).to.have.length(gallery.length + 2);
    for (const el of widgets) expect(el.shadowRoot?.querySelector('[part~="widget"]'), text(el).slice(0, 80)).to.exist;
  });

  it('renders Markdown as elements, with raw HTML kept as text', () => {
    const el = page.win.document.querySelector('#markdown ck-widget')!;
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')?.textContent, text(el).slice(0, 200)).to.equal('Release notes');
    expect(root.querySelector('strong')?.textContent).to.equal('Faster');
    expect(root.querySelector('table')).to.exist;
    expect(root.querySelector('img')).to.equal(null);
    expect(text(el)).to.include('<img src=x onerror=alert(1)> stays text');
  });

  it('builds the .widget template in the page (no eval, no new Function)', () => {
    const el = page.win.document.querySelector('#template ck-widget')!;
    expect(text(el)).to.include('Order summary <built from a template>');
    expect(text(el)).to.include('2 x 12.50');
    expect(text(el)).to.include('Total: 29.25');
  });

  it('draws the gallery chart and images', () => {
    const roots = [...page.win.document.querySelectorAll('#gallery ck-widget')].map((el) => el.shadowRoot!);
    expect(roots.some((root) => root.querySelector('svg path, svg rect'))).to.equal(true);
    expect(roots.some((root) => root.querySelector('img[src^="data:image/"]'))).to.equal(true);
  });

  it('enforces the policy: eval and a string sink are refused and reported', async () => {
    const before = page.win.cspViolations.length;
    expect(() => (page.win as unknown as { eval(code: string): unknown }).eval('1 + 1')).to.throw();
    expect(() => {
      page.win.document.body.innerHTML = '<b>not trusted</b>';
    }).to.throw(/TrustedHTML/); // a TypeError from the frame's realm
    await new Promise((resolve) => setTimeout(resolve, 50)); // violation events are queued tasks
    // Both are Trusted Types sinks, so Chromium reports both under require-trusted-types-for.
    const probes = page.win.cspViolations.slice(before).map((v) => v.directive);
    expect(probes, JSON.stringify(probes)).to.deep.equal(['require-trusted-types-for', 'require-trusted-types-for']);
  });
});
