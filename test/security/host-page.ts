/**
 * The host page of the hostile corpus ("renderer contract" in ../shared/corpus/hostile/README.md):
 * canary globals and canary DOM around `<div id="host">`, and `window.renderWidget` /
 * `window.renderTemplate` built on `<ck-widget>` and `WidgetTemplate`. Everything here is created
 * when this module loads, never during a render, so a new global after a render is the widget's.
 */
import '../../src/index.js';
import { WidgetTemplate } from '../../src/template/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';

declare global {
  interface Window {
    renderWidget(json: unknown): Promise<Element>;
    renderTemplate(widgetFileText: string, data: unknown): Promise<Element>;
    __pwned(): void;
    hostState: { user: string; isAdmin: boolean };
    ckConfig: { url: string };
    CK_DEBUG: boolean;
  }
}

/** Counters the hostile payloads would bump: `__pwned()` and every dialog-like call. */
export const tripwires = { pwned: 0, dialogs: [] as string[] };

// Off-origin loads become `securitypolicyviolation` events (seen, and never left hanging on DNS).
// Only fetch directives for passive content: the test runner's own scripts and sockets are untouched.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "img-src 'self' data: blob:; media-src 'self' data: blob:; font-src 'self' data:; frame-src 'none'; object-src 'none'";
document.head.append(policy);

window.__pwned = () => {
  tripwires.pwned++;
};
window.alert = () => void tripwires.dialogs.push('alert');
window.confirm = () => (tripwires.dialogs.push('confirm'), false);
window.prompt = () => (tripwires.dialogs.push('prompt'), null);
window.print = () => void tripwires.dialogs.push('print');
window.open = () => (tripwires.dialogs.push('open'), null);
window.hostState = { user: 'canary', isAdmin: false };
window.ckConfig = { url: '/canary' };
window.CK_DEBUG = false;

document.title = 'hostile corpus host';
document.body.style.margin = '16px';
document.body.insertAdjacentHTML(
  'beforeend',
  `<div id="ck-canary-top" class="ck-canary">Canary above the widget</div>
   <form id="ckCanaryForm" class="ck-canary" action="/never"><label>Host input <input id="ckCanaryInput" name="q" value="host text"></label></form>
   <div id="host" style="width: 480px; margin: 8px 120px; border: 1px solid #888"></div>
   <div id="ck-canary-bottom" class="ck-canary">Canary below the widget</div>`,
);

export const host = document.getElementById('host') as HTMLDivElement;
export const canaryInput = document.getElementById('ckCanaryInput') as HTMLInputElement;
export const canaries = [...document.querySelectorAll<HTMLElement>('.ck-canary')];

/** Renders widget JSON into `#host`, replacing what was there; resolves once the DOM is in place. */
async function renderWidget(json: unknown): Promise<Element> {
  const el = document.createElement('ck-widget') as CkWidget;
  el.widget = json as CkWidget['widget'];
  host.replaceChildren(el);
  await el.updateComplete;
  return el;
}

/** Builds a `.widget` file with `data` (rejecting with the engine's `WidgetError`) and renders the result. */
async function renderTemplate(widgetFileText: string, data: unknown): Promise<Element> {
  const root = WidgetTemplate.fromString(widgetFileText).build(data);
  return renderWidget(root);
}

window.renderWidget = renderWidget;
window.renderTemplate = renderTemplate;
