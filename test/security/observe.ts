/**
 * The corpus's oracles, observed from inside the page. `startCase()` snapshots everything a widget
 * must leave alone; the returned probe then reports what changed, what ran, what was requested.
 * A finding is a plain string `"<oracle>: <what happened>"` so a failing case reads as its cause.
 */
import { host, canaries, canaryInput, tripwires } from './host-page.js';

export type MustNot = 'script' | 'dialog' | 'request' | 'navigation' | 'proto' | 'hostChange' | 'cssInjection' | 'overlay' | 'focus' | 'hang' | 'crash' | 'uncaught';

// ---- always-on monitors (installed once, read per case) -------------------------------------

const requests: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) requests.push(entry.name);
}).observe({ type: 'resource', buffered: true });

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));

const uncaught: string[] = [];
window.addEventListener('error', (event) => {
  uncaught.push(`error event: ${event.message}`);
  event.preventDefault();
}, true);
window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as unknown;
  uncaught.push(`unhandled rejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
  event.preventDefault();
});

const navigations: string[] = [];
window.addEventListener('beforeunload', () => navigations.push('beforeunload fired'));
// `submit` is not composed, so each shadow root gets its own listener. It runs after the widget's
// own handlers (bubble phase at the root), records a native submission and stops it, so the page survives.
const watchedRoots = new WeakSet<Node>();
function watchSubmits(root: Document | ShadowRoot): void {
  if (watchedRoots.has(root)) return;
  watchedRoots.add(root);
  root.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    navigations.push(`native form submission from <${(event.target as Element).localName}>`);
    event.preventDefault();
  });
}
watchSubmits(document);

const outsideMutations: string[] = [];
new MutationObserver((records) => {
  for (const record of records) {
    if (record.target === host || host.contains(record.target)) continue;
    const added = [...record.addedNodes];
    const harmlessHead = record.target === document.head && record.removedNodes.length === 0 && added.every((node) => node instanceof HTMLStyleElement || (node instanceof HTMLLinkElement && node.rel === 'stylesheet' && new URL(node.href).origin === location.origin));
    if (harmlessHead) continue;
    const where = record.target instanceof Element ? `<${record.target.localName}${record.target.id ? `#${record.target.id}` : ''}>` : record.target.nodeName;
    outsideMutations.push(`${record.type} on ${where}${record.attributeName ? ` [${record.attributeName}]` : ''}`);
  }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });

// ---- the shadow-including tree under #host ----------------------------------------------------

/** Every element under `#host`, descending into open shadow roots (iteratively: trees can be 10^5 deep). */
export function elementsUnderHost(): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [host];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node instanceof Element) {
      if (node !== host) out.push(node);
      if (node.shadowRoot) {
        watchSubmits(node.shadowRoot);
        stack.push(node.shadowRoot);
      }
    }
    for (let child = node.lastChild; child; child = child.previousSibling) if (child.nodeType === Node.ELEMENT_NODE) stack.push(child);
  }
  return out;
}

/** The composed text under `#host`: text nodes of the light tree and of open shadow roots, in order. */
export function composedText(): string {
  const parts: string[] = [];
  const stack: Node[] = [host];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node as Text).data);
      continue;
    }
    if (node instanceof HTMLStyleElement || node instanceof HTMLTemplateElement) continue;
    const children: Node[] = [];
    if (node instanceof Element && node.shadowRoot) children.push(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}

export function isVisible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

export function hasErrorPlaceholder(elements: readonly Element[]): boolean {
  return elements.some((el) => (el.hasAttribute('data-ck-error') || /\berror\b/.test(el.getAttribute('part') ?? '')) && isVisible(el));
}

// ---- snapshots -------------------------------------------------------------------------------

const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype], ['Array.prototype', Array.prototype], ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype], ['Number.prototype', Number.prototype], ['Boolean.prototype', Boolean.prototype],
  ['Node.prototype', Node.prototype], ['Element.prototype', Element.prototype], ['HTMLElement.prototype', HTMLElement.prototype],
  ['EventTarget.prototype', EventTarget.prototype], ['Document.prototype', Document.prototype], ['Promise.prototype', Promise.prototype],
  ['JSON', JSON], ['Math', Math],
];

function snapshotObject(target: object): Map<PropertyKey, unknown[]> {
  const out = new Map<PropertyKey, unknown[]>();
  for (const key of Reflect.ownKeys(target)) {
    const d = Object.getOwnPropertyDescriptor(target, key);
    if (d) out.set(key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
  }
  return out;
}

function snapshotPrototypes(): Map<string, Map<PropertyKey, unknown[]>> {
  return new Map(PROTOTYPES.map(([name, target]) => [name, snapshotObject(target)]));
}

// Names a clobbering payload aims at; each must keep its identity across a render.
const WATCHED_WINDOW = ['location', 'document', 'hostState', 'ckConfig', 'CK_DEBUG', 'renderWidget', 'renderTemplate', '__pwned', 'customElements', 'fetch', 'alert', 'open', 'top', 'parent', 'self', 'name', 'host', 'ckCanaryForm', 'ckCanaryInput', 'getElementById', 'cookie', 'forms', 'constructor', 'hasOwnProperty', 'documentElement', 'all', 'images', 'submit', 'action', 'elements'] as const;
const WATCHED_DOCUMENT = ['cookie', 'forms', 'getElementById', 'documentElement', 'all', 'images', 'body', 'head', 'location', 'defaultView', 'createElement', 'querySelector', 'customElements', 'host', 'hostState', 'ckConfig', '__proto__', 'constructor', 'hasOwnProperty', 'title', 'domain', 'URL', 'links', 'scripts'] as const;
const STYLE_PROPERTIES = ['color', 'background-color', 'background-image', 'font-family', 'font-size', 'display', 'visibility', 'overflow-x', 'position', 'transform', 'filter', 'opacity', 'outline-color', 'outline-style', 'pointer-events', 'z-index', 'width'] as const;

function watchedIdentities(): unknown[] {
  const w = window as unknown as Record<string, unknown>;
  const d = document as unknown as Record<string, unknown>;
  return [...WATCHED_WINDOW.map((name) => w[name]), ...WATCHED_DOCUMENT.map((name) => d[name]), ...Object.values(window.hostState), window.ckConfig.url];
}

function watchedStyles(): string[] {
  return [document.documentElement, document.body, ...canaries].map((el) => {
    const style = getComputedStyle(el);
    return STYLE_PROPERTIES.map((p) => style.getPropertyValue(p)).join('|');
  });
}

// ---- DOM scans under #host ---------------------------------------------------------------------

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'noscript', 'portal', 'frameset', 'applet']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'ping', 'cite', 'longdesc', 'lowsrc', 'dynsrc', 'codebase', 'manifest', 'icon', 'profile', 'usemap', 'imagesrcset']);
const IMAGE_ELEMENTS = new Set(['img', 'source', 'image']);
// Attributes that make the browser fetch by themselves (an <a href> waits for a click, which the harness never makes).
const FETCHING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background', 'imagesrcset', 'lowsrc', 'dynsrc']);
const FETCHING_HREF = new Set(['link', 'image', 'use', 'feimage', 'script']);
const CSS_SMUGGLE = /url\(|expression\(|@import|javascript:/i;
const HOSTILE_STYLE_TEXT = /rgb\(\s*1\s*,\s*2\s*,\s*3\s*\)|evil\.example|__pwned|expression\(|@import|javascript:/i;

const stripUrl = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();

function urlCandidates(name: string, value: string): string[] {
  return name === 'srcset' || name === 'imagesrcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
}

function offOrigin(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.origin !== location.origin) return url.href;
  } catch {
    // Unparseable URLs load nothing.
  }
  return undefined;
}

function describe(el: Element): string {
  return `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
}

/** script, request (by attribute) and cssInjection (by attribute and `<style>` text) findings in the DOM. */
function scanMarkup(elements: readonly Element[], findings: string[]): void {
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) findings.push(`script: ${describe(el)} element under #host`);
    if (tag === 'style' && HOSTILE_STYLE_TEXT.test(el.textContent ?? '')) findings.push(`cssInjection: hostile text in a <style>: ${(el.textContent ?? '').slice(0, 80)}`);
    if ((tag === 'animate' || tag === 'set') && /href/i.test(el.getAttribute('attributeName') ?? '')) findings.push(`script: SVG <${tag}> of href`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`script: ${name} attribute on ${describe(el)}`);
      if (name === 'srcdoc') findings.push(`script: srcdoc on ${describe(el)}`);
      if (name === 'style' && CSS_SMUGGLE.test(attr.value)) findings.push(`cssInjection: style attribute ${JSON.stringify(attr.value.slice(0, 120))}`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      for (const raw of urlCandidates(name, attr.value)) {
        const url = stripUrl(raw);
        if (url.startsWith('javascript:') || url.startsWith('vbscript:')) findings.push(`script: ${name}=${JSON.stringify(raw.slice(0, 80))} on ${describe(el)}`);
        else if (url.startsWith('data:') && !(IMAGE_ELEMENTS.has(tag) && url.startsWith('data:image/'))) findings.push(`script: ${name}=${JSON.stringify(raw.slice(0, 80))} on ${describe(el)}`);
        else if (url.startsWith('blob:') && tag !== 'img') findings.push(`script: blob: ${name} on ${describe(el)}`);
        const fetches = FETCHING_ATTRIBUTES.has(name) || ((name === 'href' || name === 'xlink:href') && FETCHING_HREF.has(tag));
        const off = fetches ? offOrigin(raw) : undefined;
        if (off) findings.push(`request: ${describe(el)} ${name} loads ${off.slice(0, 80)}`);
      }
    }
  }
}

// Computed-style checks read layout per element; a 10^5-node widget is sampled up to this many.
const COMPUTED_STYLE_BUDGET = 20_000;

function scanComputed(elements: readonly Element[], hostBox: DOMRect, findings: string[]): void {
  const count = Math.min(elements.length, COMPUTED_STYLE_BUDGET);
  for (let i = 0; i < count; i++) {
    const el = elements[i]!;
    const style = getComputedStyle(el);
    if (style.outlineColor === 'rgb(1, 2, 3)' && style.outlineStyle !== 'none') findings.push(`cssInjection: sentinel outline on ${describe(el)}`);
    const image = style.backgroundImage;
    if (image.includes('url(')) {
      for (const match of image.matchAll(/url\("?([^")]*)"?\)/g)) {
        const off = offOrigin(match[1] ?? '');
        if (off) findings.push(`request: background-image ${off.slice(0, 80)} on ${describe(el)}`);
      }
    }
    if (style.position === 'fixed' && style.visibility !== 'hidden') {
      const box = el.getBoundingClientRect();
      const outside = box.left < hostBox.left - 1 || box.top < hostBox.top - 1 || box.right > hostBox.right + 1 || box.bottom > hostBox.bottom + 1;
      if (box.width > 0 && box.height > 0 && outside) findings.push(`overlay: position:fixed ${describe(el)} reaches outside #host`);
    }
  }
}

function scanOverlay(hostBox: DOMRect, findings: string[]): void {
  const width = innerWidth;
  const height = innerHeight;
  for (let gx = 0; gx < 25; gx++) {
    for (let gy = 0; gy < 20; gy++) {
      const x = (gx + 0.5) * (width / 25);
      const y = (gy + 0.5) * (height / 20);
      if (x >= hostBox.left && x <= hostBox.right && y >= hostBox.top && y <= hostBox.bottom) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === host || host.contains(hit))) {
        findings.push(`overlay: the widget covers the host page at (${Math.round(x)}, ${Math.round(y)})`);
        return;
      }
    }
  }
}

// ---- one case ----------------------------------------------------------------------------------

export interface CaseProbe {
  /** All findings for the oracles in `which`, observed now. */
  check(which: ReadonlySet<MustNot>): string[];
  /** Requests (any origin) made since the case started. */
  requestsSince(): string[];
}

/** Snapshots the page before a render; the probe compares against it. */
export function startCase(): CaseProbe {
  const start = {
    requests: requests.length,
    violations: violations.length,
    uncaught: uncaught.length,
    navigations: navigations.length,
    mutations: outsideMutations.length,
    pwned: tripwires.pwned,
    dialogs: tripwires.dialogs.length,
    href: location.href,
    title: document.title,
    globals: new Set(Object.getOwnPropertyNames(window)),
    identities: watchedIdentities(),
    styles: watchedStyles(),
    canaryHtml: canaries.map((el) => el.outerHTML),
    canaryValue: canaryInput.value,
    prototypes: snapshotPrototypes(),
    overflowed: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };

  const requestsSince = () => requests.slice(start.requests);

  function check(which: ReadonlySet<MustNot>): string[] {
    const findings: string[] = [];
    const elements = elementsUnderHost();
    if (which.has('script') || which.has('request') || which.has('cssInjection')) {
      const markup: string[] = [];
      scanMarkup(elements, markup);
      findings.push(...markup.filter((f) => which.has(f.slice(0, f.indexOf(':')) as MustNot)));
    }
    if (which.has('script') && tripwires.pwned > start.pwned) findings.push(`script: __pwned() ran ${tripwires.pwned - start.pwned} time(s)`);
    if (which.has('dialog') && tripwires.dialogs.length > start.dialogs) findings.push(`dialog: ${tripwires.dialogs.slice(start.dialogs).join(', ')} called`);
    if (which.has('request')) {
      for (const name of requestsSince()) {
        const off = offOrigin(name);
        if (off) findings.push(`request: fetched ${off.slice(0, 100)}`);
      }
      for (const v of violations.slice(start.violations)) findings.push(`request: blocked by the page's policy: ${v.slice(0, 100)}`);
    }
    if (which.has('navigation')) {
      findings.push(...navigations.slice(start.navigations).map((n) => `navigation: ${n}`));
      if (location.href !== start.href) findings.push(`navigation: location changed to ${location.href}`);
    }
    if (which.has('proto')) {
      const now = snapshotPrototypes();
      for (const [name, before] of start.prototypes) {
        const after = now.get(name)!;
        for (const [key, values] of after) {
          const old = before.get(key);
          if (!old) findings.push(`proto: ${name}.${String(key)} added`);
          else if (values.some((v, i) => !Object.is(v, old[i]))) findings.push(`proto: ${name}.${String(key)} changed`);
        }
        for (const key of before.keys()) if (!after.has(key)) findings.push(`proto: ${name}.${String(key)} deleted`);
      }
      const probe = {} as Record<string, unknown>;
      if ('polluted' in probe || 'isAdmin' in probe) findings.push('proto: ({}).polluted or ({}).isAdmin is defined');
    }
    if (which.has('hostChange')) {
      for (const name of Object.getOwnPropertyNames(window)) if (!start.globals.has(name)) findings.push(`hostChange: new global window.${name}`);
      const identities = watchedIdentities();
      const names = [...WATCHED_WINDOW.map((n) => `window.${n}`), ...WATCHED_DOCUMENT.map((n) => `document.${n}`), 'hostState values', 'hostState values', 'ckConfig.url'];
      identities.forEach((value, i) => {
        if (!Object.is(value, start.identities[i])) findings.push(`hostChange: ${names[i] ?? i} changed`);
      });
      if (document.title !== start.title) findings.push(`hostChange: document.title changed to ${document.title}`);
      if (watchedStyles().some((s, i) => s !== start.styles[i])) findings.push('hostChange: computed style of html, body or a canary changed');
      if (canaries.some((el, i) => el.outerHTML !== start.canaryHtml[i]) || canaryInput.value !== start.canaryValue) findings.push('hostChange: canary DOM changed');
      findings.push(...outsideMutations.slice(start.mutations).map((m) => `hostChange: DOM mutation outside #host: ${m}`));
    }
    if (which.has('overlay')) {
      const hostBox = host.getBoundingClientRect();
      scanOverlay(hostBox, findings);
      if (!start.overflowed && document.documentElement.scrollWidth > document.documentElement.clientWidth) findings.push(`overlay: the page gained horizontal overflow (${document.documentElement.scrollWidth}px wide)`);
    }
    if (which.has('cssInjection') || which.has('request') || which.has('overlay')) {
      const computed: string[] = [];
      scanComputed(elements, host.getBoundingClientRect(), computed);
      findings.push(...computed.filter((f) => which.has(f.slice(0, f.indexOf(':')) as MustNot)));
    }
    if (which.has('uncaught')) findings.push(...uncaught.slice(start.uncaught).map((u) => `uncaught: ${u}`));
    return [...new Set(findings)];
  }

  return { check, requestsSince };
}
