import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
// The gallery's own examples: what users see on the demo page is what is checked here.
import { gallery } from '../../demo/gallery-widgets.js';

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown; failureSummary: string }> }>;
}
declare global {
  interface Window {
    axe: { run(context: unknown, options: unknown): Promise<AxeResult> };
  }
}

async function loadAxe(): Promise<void> {
  if (window.axe) return;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('could not load axe-core'));
    document.head.append(script);
  });
}

describe('gallery accessibility (axe-core)', () => {
  before(loadAxe);
  afterEach(() => document.querySelectorAll('ck-widget').forEach((el) => el.remove()));

  for (const theme of ['light', 'dark'] as const) {
    for (const { title, widget } of gallery) {
      it(`${title} (${theme}) has no axe violations`, async () => {
        const host = document.createElement('div');
        host.style.background = theme === 'dark' ? '#171717' : '#ffffff';
        host.style.padding = '16px';
        const el = document.createElement('ck-widget') as CkWidget;
        el.setAttribute('theme', theme);
        el.widget = widget as CkWidget['widget'];
        host.append(el);
        document.body.append(host);
        await el.updateComplete;
        // Transitions and lazy parts settle before measuring contrast.
        await new Promise((resolve) => setTimeout(resolve, 300));
        // Every axe rule applies, color-contrast included, in light and dark.
        const result = await window.axe.run(host, { resultTypes: ['violations'], rules: {} });
        host.remove();
        const report = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join('\n  ')}`);
        expect(report, report.join('\n')).to.deep.equal([]);
      });
    }
  }
});
