import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
// The gallery's own examples: what users see on the demo page is what is checked here.
import { gallery } from '../../demo/gallery-widgets.js';
import { axeViolations } from './axe.js';
import './dom-safe-failures.js';


describe('gallery accessibility (axe-core)', () => {
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
        const report = await axeViolations(host);
        host.remove();
        expect(report, report.join('\n')).to.deep.equal([]);
      });
    }
  }
});
