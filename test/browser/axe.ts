// axe-core for the accessibility tests: loaded once per window (the test page's, or an iframe's),
// violations reported one readable string each (rule, impact, help, then every failing node).

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown; failureSummary: string }> }>;
}
type AxeWindow = Window & { axe?: { run(context: unknown, options: unknown): Promise<AxeResult> } };

const AXE_URL = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;

async function loadAxe(win: AxeWindow): Promise<NonNullable<AxeWindow['axe']>> {
  if (!win.axe) {
    const doc = win.document;
    await new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = AXE_URL;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load axe-core'));
      doc.head.append(script);
    });
  }
  return win.axe!;
}

/** Every axe rule (color-contrast included) over `context`; one string per violated rule. */
export async function axeViolations(context: Element | Document, win: Window = window): Promise<string[]> {
  const axe = await loadAxe(win as AxeWindow);
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join('\n  ')}`);
}
