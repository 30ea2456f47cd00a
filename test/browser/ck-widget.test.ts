import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { registerComponent } from '../../src/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import type { CkActionEvent, CkErrorEvent } from '../../src/events.js';
import { html } from 'lit';
import { until } from './ck-thread-harness.js';
import './dom-safe-failures.js';

async function mount(widget: unknown, attrs: Record<string, string> = {}): Promise<CkWidget> {
  const el = document.createElement('ck-widget');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.widget = widget as CkWidget['widget'];
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: CkWidget, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: CkWidget, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
const text = (node: Element | ShadowRoot | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => document.querySelectorAll('ck-widget').forEach((el) => el.remove()));

const rows = (labels: string[]) => ({
  type: 'ListView',
  children: labels.map((label) => ({
    type: 'ListViewItem',
    key: label,
    onClickAction: { type: 'pick', payload: { label } },
    children: [{ type: 'Text', value: label }, { type: 'Badge', label: `${label}!` }],
  })),
});

describe('<ck-widget> input sources', () => {
  it('takes an object, JSON text, or a child script', async () => {
    const fromObject = await mount({ type: 'Card', children: [{ type: 'Text', value: 'object' }] });
    expect(text(fromObject.shadowRoot)).to.equal('object');
    const fromText = await mount(JSON.stringify({ type: 'Card', children: [{ type: 'Text', value: 'json text' }] }));
    expect(text(fromText.shadowRoot)).to.equal('json text');

    const el = document.createElement('ck-widget');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ type: 'Card', children: [{ type: 'Caption', value: 'from script' }] });
    el.append(script);
    document.body.append(el);
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.equal('from script');
  });

  it('loads from a src URL, with a loading state and a clear error for a 404', async () => {
    const blob = URL.createObjectURL(new Blob([JSON.stringify({ type: 'Card', children: [{ type: 'Text', value: 'loaded' }] })], { type: 'application/json' }));
    const el = document.createElement('ck-widget');
    el.src = blob;
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '[role=status]')).to.exist;
    await until(() => text(el.shadowRoot) === 'loaded', 'the widget loaded from the blob URL');

    const missing = document.createElement('ck-widget');
    const errors: CkErrorEvent[] = [];
    missing.addEventListener('ck-error', (event) => errors.push(event));
    missing.src = '/no/such/widget.json';
    document.body.append(missing);
    await until(() => $(missing, '[role=alert]') !== null, 'the 404 error');
    expect($(missing, '[role=alert]')?.textContent).to.match(/Could not load widget from \/no\/such\/widget\.json: 404/);
    expect(errors[0]?.detail.kind).to.equal('load');
  });

  it('a null root given as JSON text shows the error placeholder; the property null clears the element', async () => {
    const el = await mount('null');
    expect($(el, '[data-ck-error]')?.textContent).to.match(/expected a component object, got null/);
    el.widget = null;
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.equal('');
  });

  it('shows one clear error for invalid JSON text, and fires ck-error', async () => {
    const errors: CkErrorEvent[] = [];
    document.addEventListener('ck-error', (e) => errors.push(e as CkErrorEvent), { once: true });
    const el = await mount('{"type": "Card", children: }');
    const alert = $(el, '[role=alert]');
    expect(alert?.textContent).to.match(/^Invalid widget JSON: /);
    expect(alert?.hasAttribute('data-ck-error')).to.equal(true);
    expect(errors[0]?.detail.kind).to.equal('json');
  });
});

describe('<ck-widget> bad nodes degrade in place', () => {
  it('caps placeholders: 500 bad nodes show 100 placeholders, one summary, and the good siblings', async () => {
    const errors: CkErrorEvent[] = [];
    const el = document.createElement('ck-widget');
    el.addEventListener('ck-error', (e) => errors.push(e));
    el.widget = { type: 'Card', children: [...Array.from({ length: 500 }, () => ({ type: 'Nope' })), { type: 'Text', value: 'still here' }] } as never;
    document.body.append(el);
    await el.updateComplete;
    const placeholders = $$(el, '[data-ck-error]');
    expect(placeholders).to.have.length(101);
    expect(placeholders[100]!.textContent).to.match(/more than 100 problems in this widget; the rest are not shown/);
    expect(errors).to.have.length(101);
    expect(text(el.shadowRoot)).to.contain('still here');
  });

  it('renders a placeholder naming the type, path and reason; siblings still render', async () => {
    const errors: CkErrorEvent[] = [];
    const el = document.createElement('ck-widget');
    el.addEventListener('ck-error', (e) => errors.push(e));
    el.widget = {
      type: 'Card',
      children: [
        { type: 'Text', value: 'before' },
        { type: 'Text', value: { not: 'text' } },
        { type: 'Sparkline' },
        'just a string',
        { type: 'Text', value: 'after' },
      ],
    } as never;
    document.body.append(el);
    await el.updateComplete;
    const placeholders = $$(el, '[data-ck-error]');
    expect(placeholders).to.have.length(3);
    expect(text(placeholders[0]!)).to.include('Text').and.include('$.children[1]').and.include('value');
    expect(text(placeholders[1]!)).to.include('unknown component type "Sparkline"');
    expect(text(placeholders[2]!)).to.include('$.children[3]');
    expect(text(el.shadowRoot)).to.include('before').and.include('after');
    expect(errors.map((e) => e.detail.path)).to.deep.equal(['$.children[1]', '$.children[2]', '$.children[3]']);
    expect(errors.every((e) => e.bubbles && e.composed)).to.equal(true);
  });

  it('caps nesting depth and node count with a visible placeholder', async () => {
    let deep: Record<string, unknown> = { type: 'Text', value: 'bottom' };
    for (let i = 0; i < 500; i++) deep = { type: 'Box', children: [deep] };
    const el = await mount({ type: 'Card', children: [{ type: 'Text', value: 'CKSIBLINGOK' }, deep] });
    expect(text(el.shadowRoot)).to.include('CKSIBLINGOK');
    expect(text($(el, '[data-ck-error]'))).to.include('nesting deeper than');

    const wide = await mount({ type: 'Card', children: Array.from({ length: 30_000 }, (_, i) => ({ type: 'Text', value: `t${i}` })) });
    expect($$(wide, '[data-ck-error]')).to.have.length(1);
    expect(text($(wide, '[data-ck-error]'))).to.include('more than 20,000 components');
  });
});

describe('<ck-widget> keyed updates', () => {
  it('keeps DOM nodes of unchanged rows when the whole widget is replaced', async () => {
    const el = await mount(rows(['a', 'b', 'c']));
    const before = $$(el, '[part=list-item]');
    el.widget = rows(['a', 'b2', 'c', 'd']) as never;
    await el.updateComplete;
    const after = $$(el, '[part=list-item]');
    expect(after).to.have.length(4);
    expect(after[0]).to.equal(before[0]);
    expect(after[2]).to.equal(before[2]);
    expect(text(after[1]!)).to.include('b2');
  });

  it('keeps focus, caret and typed input in a control whose key did not change', async () => {
    const form = (title: string) => ({
      type: 'Card',
      children: [
        { type: 'Title', value: title },
        { type: 'Input', key: 'name', name: 'name', placeholder: 'Name' },
      ],
    });
    const el = await mount(form('First'));
    const input = $<HTMLInputElement>(el, 'input')!;
    input.focus();
    input.value = 'Ada Lovelace';
    input.setSelectionRange(3, 3);
    el.widget = form('Second') as never;
    await el.updateComplete;
    expect(text($(el, '[role=heading]'))).to.equal('Second');
    const same = $<HTMLInputElement>(el, 'input')!;
    expect(same).to.equal(input);
    expect(same.value).to.equal('Ada Lovelace');
    expect(el.shadowRoot!.activeElement).to.equal(same);
    expect(same.selectionStart).to.equal(3);
  });
});

describe('<ck-widget> actions', () => {
  it('fires a cancelable, composed ck-action with the action, item id and widget', async () => {
    const widget = rows(['x']);
    const el = await mount(widget, { 'item-id': 'wid_1' });
    const events: CkActionEvent[] = [];
    document.addEventListener('ck-action', (e) => events.push(e as CkActionEvent), { once: true });
    $(el, '[part=list-item]')!.click();
    expect(events).to.have.length(1);
    const { detail } = events[0]!;
    expect(detail.action).to.deep.equal({ type: 'pick', payload: { label: 'x' } });
    expect(detail.itemId).to.equal('wid_1');
    expect(detail.widget).to.equal(widget);
    expect(events[0]!.cancelable).to.equal(true);
  });

  it('activates list items from the keyboard', async () => {
    const el = await mount(rows(['x']));
    const seen: string[] = [];
    el.addEventListener('ck-action', (e) => seen.push(e.detail.action.type));
    $(el, '[part=list-item]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen).to.deep.equal(['pick']);
  });

  it('merges named form values into the payload, nesting dotted names', async () => {
    const el = await mount({
      type: 'Card',
      asForm: true,
      confirm: { label: 'Save', action: { type: 'task.save', payload: { id: 7 } } },
      children: [
        { type: 'Input', name: 'task.title', defaultValue: 'Milk' },
        { type: 'Checkbox', name: 'task.done', defaultChecked: true },
        { type: 'Select', name: 'task.list', defaultValue: 'home', options: [{ value: 'work', label: 'Work' }, { value: 'home', label: 'Home' }] },
        { type: 'RadioGroup', name: 'size', options: [{ value: 's', label: 'S' }, { value: 'l', label: 'L' }], defaultValue: 'l' },
      ],
    });
    const payloads: unknown[] = [];
    el.addEventListener('ck-action', (e) => payloads.push(e.detail.action.payload));
    $<HTMLInputElement>(el, 'input[name="task.title"]')!.value = 'Oat milk';
    $<HTMLButtonElement>(el, '[part=card-confirm]')!.click();
    expect(payloads).to.deep.equal([{ id: 7, task: { title: 'Oat milk', done: true, list: 'home' }, size: 'l' }]);
  });

  it('checks required fields before confirming, and never submits natively', async () => {
    const el = await mount({
      type: 'Card',
      asForm: true,
      confirm: { label: 'Send', action: { type: 'send' } },
      cancel: { label: 'Cancel', action: { type: 'cancel' } },
      children: [{ type: 'Input', name: 'email', inputType: 'email', required: true }],
    });
    const seen: string[] = [];
    el.addEventListener('ck-action', (e) => seen.push(e.detail.action.type));
    $<HTMLButtonElement>(el, '[part=card-confirm]')!.click();
    expect(seen).to.deep.equal([]);
    $<HTMLButtonElement>(el, '[part=card-cancel]')!.click();
    expect(seen).to.deep.equal(['cancel']);
    $<HTMLInputElement>(el, 'input')!.value = 'a@b.co';
    $<HTMLButtonElement>(el, '[part=card-confirm]')!.click();
    expect(seen).to.deep.equal(['cancel', 'send']);
    expect(location.pathname).to.not.include('?');
  });
});

describe('<ck-widget> controls are real, labelled controls', () => {
  it('ties a Label to its field and exposes roles', async () => {
    const el = await mount({
      type: 'Card',
      children: [
        { type: 'Label', value: 'Email', fieldName: 'email' },
        { type: 'Input', name: 'email' },
        { type: 'RadioGroup', name: 'plan', ariaLabel: 'Plan', options: [{ value: 'a', label: 'A' }] },
        { type: 'Checkbox', name: 'ok', label: 'I agree' },
        { type: 'DatePicker', name: 'when', defaultValue: '2026-03-04T00:00:00Z', min: '2026-01-01T00:00:00Z' },
      ],
    });
    const label = $<HTMLLabelElement>(el, 'label.label')!;
    expect(label.control).to.equal($(el, 'input[name=email]'));
    expect($(el, '[role=radiogroup]')!.getAttribute('aria-label')).to.equal('Plan');
    expect(text($(el, '.check'))).to.equal('I agree');
    const date = $<HTMLInputElement>(el, 'input[type=date]')!;
    expect(date.value).to.equal('2026-03-04');
    expect(date.min).to.equal('2026-01-01');
  });
});

describe('<ck-widget> theming', () => {
  it('switches light, dark and auto through the theme attribute', async () => {
    const el = await mount({ type: 'Card', children: [{ type: 'Text', value: 'themed' }] }, { theme: 'light' });
    const card = $(el, '.card')!;
    const light = getComputedStyle(card).backgroundColor;
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    const dark = getComputedStyle(card).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.equal('rgb(33, 33, 33)');
    el.setAttribute('theme', 'auto');
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
  });

  it('applies a ChatKit-style theme option, refusing unsafe values', async () => {
    const el = await mount({ type: 'Card', children: [{ type: 'Button', label: 'Go', onClickAction: { type: 'go' } }] });
    el.themeOptions = { colorScheme: 'dark', radius: 'sharp', density: 'compact', color: { accent: { primary: '#ff0000', level: 1 } }, typography: { fontFamily: 'Inter; } body { color: red' } };
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.style.getPropertyValue('--ck-radius-card')).to.equal('4px');
    expect(getComputedStyle($(el, '.button')!).backgroundColor).to.equal('rgb(255, 0, 0)');
    expect(el.style.getPropertyValue('--ck-font-family')).to.equal('');
  });

  it('a Card theme prop forces its subtree', async () => {
    const el = await mount({ type: 'Card', theme: 'dark', children: [{ type: 'Text', value: 'x' }] }, { theme: 'light' });
    expect(getComputedStyle($(el, '.card')!).backgroundColor).to.equal('rgb(33, 33, 33)');
  });
});

describe('registerComponent', () => {
  it('adds a user component with its own schema, render and styles', async () => {
    registerComponent<{ type: 'Rating'; value: number }>('Rating', {
      schema: {
        safeParse: (v: unknown) =>
          typeof (v as { value?: unknown }).value === 'number'
            ? { success: true as const, data: v as { type: 'Rating'; value: number } }
            : { success: false as const, error: { issues: [{ path: ['value'], message: 'expected a number' }] } },
      },
      render: (node) => html`<span class="rating" role="img" aria-label=${`${node.value} of 5`}>${'★'.repeat(node.value)}</span>`,
      styles: [],
    });
    const el = await mount({ type: 'Card', children: [{ type: 'Rating', value: 3 }, { type: 'Rating', value: 'x' }] });
    expect($(el, '.rating')!.getAttribute('aria-label')).to.equal('3 of 5');
    expect(text($(el, '[data-ck-error]'))).to.include('value: expected a number');
  });

  it('refuses invalid type names', () => {
    expect(() => registerComponent('<img>', { render: () => html`` })).to.throw(/invalid component type name/);
  });
});

describe('element registration', () => {
  it('defining twice does not throw', async () => {
    const { defineCkWidget } = await import('../../src/elements/ck-widget.js');
    expect(() => defineCkWidget()).to.not.throw();
  });
});

describe('<ck-widget> applyUpdate', () => {
  const card = () => ({
    type: 'Card',
    children: [
      { type: 'Title', id: 'title', value: 'Report' },
      { type: 'Text', id: 'body', value: 'Hel', streaming: true },
      { type: 'Input', key: 'note', name: 'note' },
    ],
  });

  it('appends streaming text deltas in place', async () => {
    const el = await mount(card());
    const paragraph = $(el, '.text')!;
    el.applyUpdate({ type: 'widget.streaming_text.value_delta', component_id: 'body', delta: 'lo, ', done: false });
    el.applyUpdate({ type: 'widget.streaming_text.value_delta', component_id: 'body', delta: 'world', done: true });
    await el.updateComplete;
    expect($(el, '.text')).to.equal(paragraph);
    expect(text(paragraph)).to.equal('Hello, world');
    expect(paragraph.classList.contains('streaming-caret')).to.equal(false);
  });

  it('replaces one component and keeps the others (and typed input)', async () => {
    const el = await mount(card());
    const input = $<HTMLInputElement>(el, 'input')!;
    input.value = 'typed';
    el.applyUpdate({ type: 'widget.component.updated', component_id: 'title', component: { type: 'Title', id: 'title', value: 'Final report' } });
    await el.updateComplete;
    expect(text($(el, '[role=heading]'))).to.equal('Final report');
    expect($(el, 'input')).to.equal(input);
    expect(input.value).to.equal('typed');
  });

  it('replaces the root, and logs updates that match nothing', async () => {
    const el = await mount(card());
    const logs: string[] = [];
    el.addEventListener('ck-log', (e) => logs.push(e.detail.name));
    expect(el.applyUpdate({ type: 'widget.component.updated', component_id: 'nope', component: { type: 'Text', value: 'x' } })).to.equal(false);
    expect(logs).to.deep.equal(['widget.update.ignored']);
    el.applyUpdate({ type: 'widget.root.updated', widget: { type: 'Card', children: [{ type: 'Text', value: 'new root' }] } });
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.equal('new root');
  });

  it('renders at most once per animation frame while deltas stream in', async () => {
    const el = await mount(card());
    let renders = 0;
    let frames = 0;
    const proto = Object.getPrototypeOf(el) as { update: (changed: unknown) => void };
    const original = proto.update;
    (el as unknown as { update: (changed: unknown) => void }).update = function (this: unknown, changed: unknown) {
      renders++;
      original.call(this, changed);
    };
    let counting = true;
    const countFrames = () => {
      if (!counting) return;
      frames++;
      requestAnimationFrame(countFrames);
    };
    requestAnimationFrame(countFrames);
    for (let i = 0; i < 200; i++) {
      el.applyUpdate({ type: 'widget.streaming_text.value_delta', component_id: 'body', delta: 'x', done: false });
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await el.updateComplete;
    counting = false;
    expect(text($(el, '.text'))).to.equal(`Hel${'x'.repeat(200)}`);
    expect(renders).to.be.at.most(frames + 1);
  });
});
