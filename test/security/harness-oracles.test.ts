/**
 * The harness itself must be able to fail: each oracle is shown a page where its effect really
 * happened (a renderer that misbehaves on purpose) and must report it.
 */
import { expect } from '@esm-bundle/chai';
import { host, canaryInput } from './host-page.js';
import { startCase, type MustNot } from './observe.js';
import { runCase, HANG_GUARD_MS, type HostileCase } from './run-case.js';
import { expandGenerated } from './gen.js';
import '../browser/dom-safe-failures.js';

const ALL: ReadonlySet<MustNot> = new Set(['script', 'dialog', 'request', 'navigation', 'proto', 'hostChange', 'cssInjection', 'overlay', 'focus', 'hang', 'uncaught']);

/** A shadow root under #host, like `<ck-widget>`'s, for planting effects. */
function plantRoot(): ShadowRoot {
  const el = document.createElement('div');
  host.replaceChildren(el);
  return el.attachShadow({ mode: 'open' });
}

const oraclesOf = (findings: string[]) => new Set(findings.map((f) => f.slice(0, f.indexOf(':'))));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

afterEach(() => host.replaceChildren());

describe('harness: mustNot oracles see what they guard', () => {
  it('script: a __pwned() call, a <script> in a shadow root, javascript: and data:text/html URLs, on* attributes', () => {
    const probe = startCase();
    const root = plantRoot();
    root.innerHTML = '<script>void 0</script><a href=" java\tscript:x">a</a><img src="data:text/html,x"><span onclick="x"></span><object></object>';
    window.__pwned();
    const findings = probe.check(ALL);
    expect(findings.filter((f) => f.startsWith('script:'))).to.have.length.of.at.least(6);
  });

  it('script: allows data:image on <img> and plain https links', () => {
    const probe = startCase();
    plantRoot().innerHTML = '<img alt="" src="data:image/png;base64,iVBORw0KGgo="><a href="https://example.com/">ok</a>';
    expect(probe.check(ALL)).to.deep.equal([]);
  });

  it('dialog: alert and window.open are counted', () => {
    const probe = startCase();
    window.alert('x');
    window.open('about:blank');
    expect(probe.check(ALL)).to.include('dialog: alert, open called');
  });

  it('request: an off-origin image is seen (and blocked by the page policy)', async () => {
    const probe = startCase();
    plantRoot().innerHTML = '<img alt="" src="http://evil.example/pixel.png">';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...oraclesOf(probe.check(ALL))]).to.include('request');
  });

  it('navigation: a native form submission in a shadow root is reported and stopped', async () => {
    const probe = startCase();
    const root = plantRoot();
    root.innerHTML = '<form action="/elsewhere"><button>go</button></form>';
    probe.check(new Set(['script'])); // the scan is what hooks submit listeners onto shadow roots
    root.querySelector('button')!.click();
    await nextFrame();
    expect(probe.check(ALL)).to.include('navigation: native form submission from <form>');
  });

  it('proto: a property added to Object.prototype', () => {
    const probe = startCase();
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    try {
      const findings = probe.check(ALL);
      expect(findings).to.include('proto: Object.prototype.polluted added');
      expect(findings).to.include('proto: ({}).polluted or ({}).isAdmin is defined');
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });

  it('hostChange: a new global, a clobbered canary global, canary DOM edits, a title change', () => {
    const probe = startCase();
    const saved = window.ckConfig;
    const title = document.title;
    (window as unknown as Record<string, unknown>).ckLeak = 1;
    window.ckConfig = { url: 'javascript:x' };
    canaryInput.value = 'changed';
    document.title = 'owned';
    try {
      const findings = probe.check(ALL);
      expect(findings).to.include('hostChange: new global window.ckLeak');
      expect(findings).to.include('hostChange: window.ckConfig changed');
      expect(findings).to.include('hostChange: canary DOM changed');
      expect(findings).to.include('hostChange: document.title changed to owned');
    } finally {
      delete (window as unknown as Record<string, unknown>).ckLeak;
      window.ckConfig = saved;
      canaryInput.value = 'host text';
      document.title = title;
    }
  });

  it('cssInjection: the sentinel outline and url() in a style attribute', () => {
    const probe = startCase();
    plantRoot().innerHTML = '<p style="outline: 7px solid rgb(1,2,3)">a</p><p style="background: url(/x.png)">b</p>';
    const findings = probe.check(ALL).filter((f) => f.startsWith('cssInjection:'));
    expect(findings).to.have.length(2);
  });

  it('overlay: a fixed element covering the page, and horizontal overflow', () => {
    const probe = startCase();
    plantRoot().innerHTML = '<div style="position: fixed; inset: 0; background: red"></div><div style="width: 5000px; height: 1px"></div>';
    const findings = probe.check(ALL).filter((f) => f.startsWith('overlay:'));
    expect(findings.some((f) => f.includes('covers the host page'))).to.equal(true);
    expect(findings.some((f) => f.includes('horizontal overflow'))).to.equal(true);
  });
});

describe('harness: a misbehaving renderer fails its case', () => {
  const original = window.renderWidget;
  afterEach(() => {
    window.renderWidget = original;
  });
  const card = (must: HostileCase['expect']['must']): HostileCase => ({
    id: 'harness', category: 'harness', description: 'harness',
    widget: { type: 'Card', children: [{ type: 'Text', value: 'CKSIBLINGOK' }] },
    expect: { mustNot: [...ALL], must },
  });

  it('focus, text and resolves: a renderer that steals focus, shows nothing and resolves outside #host', async () => {
    window.renderWidget = () => {
      const input = document.createElement('input');
      host.append(input);
      input.focus();
      return Promise.resolve(document.body);
    };
    const { findings } = await runCase(card([{ kind: 'resolves' }, { kind: 'text', value: 'CKSIBLINGOK' }, { kind: 'errorPlaceholder' }]));
    expect([...oraclesOf(findings)]).to.include.members(['focus', 'resolves', 'text', 'errorPlaceholder']);
  });

  it('uncaught: a TypeError rejection, and an unhandled rejection left behind', async () => {
    window.renderWidget = () => {
      void Promise.reject(new RangeError('left behind'));
      return Promise.reject(new TypeError('bad'));
    };
    const { findings } = await runCase(card([{ kind: 'resolves' }]));
    expect(findings).to.include('uncaught: the render rejected with TypeError: bad');
    expect(findings).to.include('uncaught: unhandled rejection: RangeError: left behind');
    expect(findings).to.include('resolves: rejected with something other than a WidgetError');
  });

  it('hang: a render that never settles', async function () {
    this.timeout(HANG_GUARD_MS + 10_000);
    window.renderWidget = () => new Promise(() => undefined);
    const { findings, overBudget } = await runCase(card([{ kind: 'resolves' }]));
    expect(findings).to.include(`hang: the render did not settle within ${HANG_GUARD_MS} ms`);
    expect(overBudget).to.equal(true);
  });

  it('a WidgetError rejection is allowed', async () => {
    window.renderWidget = () => Promise.reject(Object.assign(new Error('bad template'), { name: 'WidgetError' }));
    const { findings } = await runCase(card([{ kind: 'resolves' }]));
    expect(findings).to.deep.equal([]);
  });
});

describe('harness: gen expansion', () => {
  it('builds the sizes the corpus names and keeps own __proto__ keys own', () => {
    const parsed = JSON.parse('{"__proto__": {"gen": {"kind": "string", "repeat": "ab", "times": 3, "prefix": "<", "suffix": ">"}}, "deep": {"gen": {"kind": "deep", "depth": 3, "type": "Box"}}, "wide": {"gen": {"kind": "wide", "count": 4, "type": "Col", "child": "Text", "key": "same"}}}') as Record<string, unknown>;
    const out = expandGenerated(parsed) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).to.equal('<ababab>');
    expect(Object.getPrototypeOf(out)).to.equal(Object.prototype);
    expect(JSON.stringify(out.deep)).to.equal('{"type":"Box","children":[{"type":"Box","children":[{"type":"Box","children":[{"type":"Text","value":"bottom"}]}]}]}');
    const wide = out.wide as { children: { key: string }[] };
    expect(wide.children.map((c) => c.key)).to.deep.equal(['same', 'same', 'same', 'same']);
  });
});
