// The same three checks for every framework: it renders a widget, its own listener receives
// `ck-action`, and replacing the widget through framework state updates the DOM in place.
import { expect } from '@esm-bundle/chai';
import type { CkWidget } from '../../src/index.js';
// @ts-expect-error plain JS shared with the esbuild-bundled apps
import { replacedWidget } from './widgets.js';

interface RunningApp {
  actions: string[];
  replace(widget: unknown): void;
  unmount(): void;
}
type Start = (host: HTMLElement) => RunningApp | Promise<RunningApp>;

const bundle = (name: string) => new URL(`../../node_modules/.cache/chatkit-widgets-frameworks/${name}.js`, import.meta.url).href;

async function rendered(host: HTMLElement, text: string): Promise<CkWidget> {
  for (let i = 0; i < 200; i++) {
    const el = host.querySelector('ck-widget');
    if (el) await el.updateComplete;
    if (el?.shadowRoot?.textContent?.includes(text)) return el;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`"${text}" never appeared; shadow text: ${host.querySelector('ck-widget')?.shadowRoot?.textContent ?? '(no ck-widget)'}`);
}

const rows = (el: CkWidget) => [...el.shadowRoot!.querySelectorAll('[part~="list-item"]')];

export function describeFramework(name: string, bundleName: string): void {
  describe(`${name}: <ck-widget> in a ${name} app`, () => {
    let host: HTMLElement;
    let app: RunningApp;

    beforeEach(async () => {
      host = document.body.appendChild(document.createElement('div'));
      const { start } = (await import(bundle(bundleName))) as { start: Start };
      app = await start(host);
    });
    afterEach(() => {
      app?.unmount();
      host.remove();
    });

    it('renders the widget passed as a property', async () => {
      const el = await rendered(host, 'Invoice 1002');
      // What the user sees (rendered text: a line break between the row's blocks), not incidental markup whitespace.
      expect(rows(el).map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Invoice 1001 Open r1',
        'Invoice 1002 Open r2',
      ]);
    });

    it("delivers ck-action to the framework's own listener", async () => {
      const el = await rendered(host, 'Open r2');
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Open r2'))!;
      button.click();
      expect(app.actions).to.deep.equal(['row.open']);
    });

    it('updates in place when the app replaces the widget: the same row node survives', async () => {
      const el = await rendered(host, 'Invoice 1002');
      const [first, second] = rows(el);
      app.replace(replacedWidget);
      await rendered(host, 'Invoice 1003');
      const after = rows(el);
      expect(after).to.have.length(3);
      expect(after[0]).to.equal(first);
      expect(after[1]).to.equal(second);
      expect(after[0]!.textContent).to.contain('Invoice 1001 (paid)');
      expect(host.querySelectorAll('ck-widget')).to.have.length(1);
      expect(host.querySelector('ck-widget')).to.equal(el);
    });
  });
}
