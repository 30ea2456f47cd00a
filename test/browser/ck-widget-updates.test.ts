import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive } from 'lit/directive.js';
import '../../src/index.js';
import { registerComponent } from '../../src/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import type { CkErrorEvent } from '../../src/events.js';
import './dom-safe-failures.js';

// A component that counts how often each of its nodes renders, by label.
const renders = new Map<string, number>();
registerComponent<{ type: 'Counted'; label: string }>('Counted', {
  render: (node) => {
    renders.set(node.label, (renders.get(node.label) ?? 0) + 1);
    return html`<span class="counted">${node.label}</span>`;
  },
});

async function mount(widget: unknown, setup?: (el: CkWidget) => void): Promise<CkWidget> {
  const el = document.createElement('ck-widget');
  setup?.(el);
  el.widget = widget as CkWidget['widget'];
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const $$ = (el: CkWidget, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const list = (labels: string[]) => ({
  type: 'ListView',
  children: labels.map((label) => ({
    type: 'ListViewItem',
    key: label,
    children: [{ type: 'Counted', id: `${label}-c`, label }, { type: 'Badge', label: `${label}!` }],
  })),
});

afterEach(() => {
  document.querySelectorAll('ck-widget').forEach((el) => el.remove());
  renders.clear();
});

describe('<ck-widget> re-renders only what changed', () => {
  it('a replacement copy with one row changed renders that row again and no other', async () => {
    const el = await mount(list(['a', 'b', 'c', 'd']));
    expect([...renders.values()]).to.deep.equal([1, 1, 1, 1]);
    const rowsBefore = $$(el, '[part~=list-item]');
    const next = copy(list(['a', 'b', 'c', 'd']));
    next.children[2]!.children[0]!.label = 'c2';
    el.widget = next;
    await el.updateComplete;
    expect(Object.fromEntries(renders)).to.deep.equal({ a: 1, b: 1, c: 1, d: 1, c2: 1 });
    expect($$(el, '[part~=list-item]')).to.deep.equal(rowsBefore);
    expect($$(el, '.counted').map(text)).to.deep.equal(['a', 'b', 'c2', 'd']);
    expect(el.currentWidget).to.deep.equal(next);
  });

  it('an identical copy renders nothing again, and a row inserted above keeps the rows below', async () => {
    const el = await mount(list(['a', 'b']));
    el.widget = copy(list(['a', 'b']));
    await el.updateComplete;
    expect(Object.fromEntries(renders)).to.deep.equal({ a: 1, b: 1 });
    const [a, b] = $$(el, '[part~=list-item]');
    // The rows below moved (their JSON path changed, which placeholders and UI state use), so they
    // render again, into the same elements.
    el.widget = copy(list(['new', 'a', 'b']));
    await el.updateComplete;
    expect($$(el, '[part~=list-item]').slice(1)).to.deep.equal([a, b]);
    expect($$(el, '.counted').map(text)).to.deep.equal(['new', 'a', 'b']);
  });

  it('a streamed component update renders that component only', async () => {
    const el = await mount(list(['a', 'b', 'c']));
    el.applyUpdate({ type: 'widget.component.updated', component_id: 'b-c', component: { type: 'Counted', id: 'b-c', label: 'b2' } as never });
    await el.updateComplete;
    expect(Object.fromEntries(renders)).to.deep.equal({ a: 1, b: 1, c: 1, b2: 1 });
    expect($$(el, '.counted').map(text)).to.deep.equal(['a', 'b2', 'c']);
  });

  it('UI state still reaches unchanged nodes: "Show more" after a replacement shows every row', async () => {
    const labels = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const el = await mount({ ...list(labels), limit: 'auto' });
    el.widget = copy({ ...list(labels), limit: 'auto' });
    await el.updateComplete;
    expect($$(el, '.counted')).to.have.length(5);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=show-more]')!.click();
    await el.updateComplete;
    expect($$(el, '.counted').map(text)).to.deep.equal(labels);
  });

  it('skipped subtrees still count towards the node limit', async () => {
    const texts = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ type: 'Text', value: `${prefix}${i}` }));
    const small = { type: 'Card', children: [{ type: 'Text', value: 'first' }, { type: 'Box', children: texts('box', 5) }] };
    const grown = { type: 'Card', children: [...small.children, ...texts('new', 5)] };
    const limits = { maxDepth: 40, maxNodes: 10, maxTextLength: 1000 };
    const el = await mount(small, (e) => (e.limits = limits));
    el.widget = copy(grown);
    await el.updateComplete;
    const fresh = await mount(copy(grown), (e) => (e.limits = limits));
    expect(text(el.shadowRoot)).to.equal(text(fresh.shadowRoot));
    expect(text(el.shadowRoot)).to.include('new1').and.include('more than 10 components');
    expect(text(el.shadowRoot)).not.to.include('new2');
  });

  it('a bad node in an unchanged subtree keeps its placeholder and is reported once', async () => {
    const widget = { type: 'Card', children: [{ type: 'Box', children: [{ type: 'Nope' }] }, { type: 'Text', value: 'one' }] };
    const errors: string[] = [];
    const el = await mount(widget, (e) => e.addEventListener('ck-error', (event) => errors.push((event as CkErrorEvent).detail.path ?? '')));
    const next = copy(widget);
    next.children[1] = { type: 'Text', value: 'two' } as never;
    el.widget = next;
    await el.updateComplete;
    expect(errors).to.deep.equal(['$.children[0].children[0]']);
    expect($$(el, '[data-ck-error]')).to.have.length(1);
    expect(text(el.shadowRoot)).to.include('two');
  });
});

// An async directive in a list row (a registered component's own, or Lit's `ref`) must learn when
// its row leaves the page: rows are containers whose content Lit renders into them.
const lifecycle: string[] = [];
class Lifecycle extends AsyncDirective {
  private label = '';
  render(label: string) {
    this.label = label;
    return label;
  }
  protected override disconnected() {
    lifecycle.push(`disconnected ${this.label}`);
  }
  protected override reconnected() {
    lifecycle.push(`reconnected ${this.label}`);
  }
}
const lifecycleDirective = directive(Lifecycle);
registerComponent<{ type: 'Lifecycle'; label: string }>('Lifecycle', {
  render: (node) => html`<span>${lifecycleDirective(node.label)}</span>`,
});

describe('list rows and async directives', () => {
  const row = (key: string) => ({ type: 'ListViewItem', key, children: [{ type: 'Lifecycle', label: key }] });

  it('tells a row’s async directives when the row is removed, and when the widget leaves and comes back', async () => {
    lifecycle.length = 0;
    const el = await mount({ type: 'ListView', children: [row('a'), row('b')] });
    expect(el.shadowRoot!.textContent).to.contain('a').and.contain('b');
    el.widget = { type: 'ListView', children: [row('a')] } as CkWidget['widget'];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~=list-item]').length).to.equal(1);
    expect(lifecycle).to.deep.equal(['disconnected b']);
    el.remove();
    expect(lifecycle).to.deep.equal(['disconnected b', 'disconnected a']);
    document.body.append(el);
    expect(lifecycle).to.deep.equal(['disconnected b', 'disconnected a', 'reconnected a']);
  });
});
