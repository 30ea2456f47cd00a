import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import type { CkErrorEvent } from '../../src/events.js';
import './dom-safe-failures.js';

const CASES = new URL('../../../shared/corpus/templates/', import.meta.url);
const read = (path: string) => fetch(new URL(path, CASES)).then((r) => r.text());
const $$ = (el: CkWidget, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settle = async (el: CkWidget) => {
  for (let i = 0; i < 500 && (!el.currentWidget || el.shadowRoot!.querySelector('.ck-loading')); i++) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
};

afterEach(() => document.querySelectorAll('ck-widget').forEach((el) => el.remove()));

describe('<ck-widget> with a .widget template', () => {
  it('builds the template with data, exactly as the Python server would', async () => {
    const [file, data, expected] = await Promise.all([read('widget-task-list/template.widget'), read('widget-task-list/data.json'), read('widget-task-list/expected.json')]);
    const el = document.createElement('ck-widget');
    el.template = file;
    el.data = JSON.parse(data);
    document.body.append(el);
    await settle(el);
    expect(el.currentWidget).to.deep.equal(JSON.parse(expected));
    expect(text(el.shadowRoot)).to.include('Review </script> escaping');
  });

  it('rebuilds on new data and keeps the DOM of unchanged rows', async () => {
    const file = await read('widget-task-list/template.widget');
    const data = JSON.parse(await read('widget-task-list/data.json')) as { tasks: Array<Record<string, unknown>> };
    const el = document.createElement('ck-widget');
    el.template = file;
    el.data = data;
    document.body.append(el);
    await settle(el);
    const rowsBefore = $$(el, '[part=list-item], .box');
    const tasks = data.tasks.map((task, i) => (i === 1 ? { ...task, title: 'Review escaping (done)' } : task));
    el.data = { tasks };
    await el.updateComplete;
    const rowsAfter = $$(el, '[part=list-item], .box');
    expect(text(el.shadowRoot)).to.include('Review escaping (done)');
    expect(rowsAfter[0]).to.equal(rowsBefore[0]);
  });

  it('loads a .widget file from src and builds it with data', async () => {
    const el = document.createElement('ck-widget');
    el.data = JSON.parse(await read('widget-flight-status/data.json'));
    el.src = new URL('widget-flight-status/template.widget', CASES).href;
    document.body.append(el);
    await settle(el);
    expect(el.currentWidget).to.deep.equal(JSON.parse(await read('widget-flight-status/expected.json')));
  });

  it('shows a template error with its stage and fires ck-error', async () => {
    const el = document.createElement('ck-widget');
    const errors: CkErrorEvent[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e));
    el.template = JSON.stringify({ version: '1.0', name: 'bad', template: '{"type": "Card", "children": [{% for x in %}]}' });
    el.data = {};
    document.body.append(el);
    for (let i = 0; i < 500 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(errors[0]?.detail.kind).to.equal('template');
    expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.match(/parse/);
  });
});
