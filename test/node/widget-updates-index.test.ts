// `applyWidgetUpdate` finds components through an id → path index carried from one widget version to
// the next. These tests hold it to what a plain depth-first walk gives, over random trees and random
// update sequences, and to the two ways an index can go stale (a component that brings new ids, a
// widget changed in place).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { JsonObject, WidgetRoot, WidgetUpdate } from '../../src/protocol/types.js';
import { applyWidgetUpdate } from '../../src/thread/widget-updates.js';

// The reference: the first node (depth-first, keys and children in order) with that id.
function walk(value: unknown, id: string, replace: (node: JsonObject) => JsonObject): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const next = walk(value[i], id, replace);
      if (next !== value[i]) return value.map((child, j) => (j === i ? next : child));
    }
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const node = value as JsonObject;
  if (typeof node['type'] !== 'string' || !/^[A-Z]/.test(node['type'])) return value;
  if (node['id'] === id) return replace(node);
  for (const key of Object.keys(node)) {
    const next = walk(node[key], id, replace);
    if (next !== node[key]) return { ...node, [key]: next };
  }
  return value;
}

function reference(widget: WidgetRoot, update: WidgetUpdate): WidgetRoot {
  if (update.type === 'widget.component.updated') return walk(widget, update.component_id, () => update.component as JsonObject) as WidgetRoot;
  if (update.type === 'widget.streaming_text.value_delta') {
    return walk(widget, update.component_id, (node) => {
      const next: JsonObject = { ...node, value: (typeof node['value'] === 'string' ? node['value'] : '') + update.delta };
      if (update.done && node['streaming'] === true) next['streaming'] = false;
      return next;
    }) as WidgetRoot;
  }
  return update.widget;
}

const ids = ['a', 'b', 'c', 'd', 'e'];
const { node } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('Text'), id: fc.option(fc.constantFrom(...ids), { nil: undefined }), value: fc.string({ maxLength: 3 }) }, { requiredKeys: ['type', 'value'] }),
    fc.record({ type: fc.constantFrom('Row', 'Col', 'Box'), id: fc.option(fc.constantFrom(...ids), { nil: undefined }), children: fc.array(tie('node'), { maxLength: 4 }) }, { requiredKeys: ['type', 'children'] }),
    // An action payload that carries an id is not a component.
    fc.record({ type: fc.constant('Button'), label: fc.constant('x'), onClickAction: fc.record({ type: fc.constant('do.it'), payload: fc.record({ id: fc.constantFrom(...ids), type: fc.constant('Text') }) }) }),
  ),
}));
const update: fc.Arbitrary<WidgetUpdate> = fc.oneof(
  fc.record({ type: fc.constant('widget.streaming_text.value_delta' as const), component_id: fc.constantFrom(...ids), delta: fc.string({ maxLength: 2 }), done: fc.boolean() }),
  fc.record({ type: fc.constant('widget.component.updated' as const), component_id: fc.constantFrom(...ids), component: node as fc.Arbitrary<never> }),
);

describe('applyWidgetUpdate with its id index', () => {
  it('gives what a depth-first walk gives, over 2,000 random trees and update sequences', () => {
    fc.assert(
      fc.property(fc.record({ type: fc.constant('Card'), children: fc.array(node, { maxLength: 5 }) }), fc.array(update, { maxLength: 12 }), (root, updates) => {
        let ours = root as WidgetRoot;
        let expected = root as WidgetRoot;
        for (const u of updates) {
          ours = applyWidgetUpdate(ours, u);
          expected = reference(expected, u);
          assert.deepEqual(ours, expected);
        }
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('keeps every untouched node and returns the same widget for an unknown id', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ type: 'ListViewItem', key: `r${i}`, children: [{ type: 'Text', id: `t${i}`, value: `row ${i}` }] }));
    let widget = { type: 'ListView', children: rows } as unknown as WidgetRoot;
    for (let i = 0; i < 50; i++) widget = applyWidgetUpdate(widget, { type: 'widget.streaming_text.value_delta', component_id: 't500', delta: '.', done: false });
    const children = (widget as unknown as { children: JsonObject[] }).children;
    assert.equal((children[500]!['children'] as JsonObject[])[0]!['value'], `row 500${'.'.repeat(50)}`);
    assert.equal(children.filter((row, i) => row === rows[i]).length, 999);
    assert.equal(applyWidgetUpdate(widget, { type: 'widget.streaming_text.value_delta', component_id: 'nope', delta: 'x', done: false }), widget);
  });

  it('finds ids a replaced component brought and forgets the ones it took away', () => {
    let widget = { type: 'Card', children: [{ type: 'Box', id: 'slot', children: [{ type: 'Text', id: 'old', value: '' }] }, { type: 'Text', id: 'new', value: 'outer' }] } as unknown as WidgetRoot;
    widget = applyWidgetUpdate(widget, { type: 'widget.component.updated', component_id: 'slot', component: { type: 'Box', id: 'slot', children: [{ type: 'Text', id: 'new', value: 'inner' }] } as never });
    widget = applyWidgetUpdate(widget, { type: 'widget.streaming_text.value_delta', component_id: 'new', delta: '!', done: false });
    widget = applyWidgetUpdate(widget, { type: 'widget.streaming_text.value_delta', component_id: 'old', delta: '?', done: false });
    assert.deepEqual(widget, { type: 'Card', children: [{ type: 'Box', id: 'slot', children: [{ type: 'Text', id: 'new', value: 'inner!' }] }, { type: 'Text', id: 'new', value: 'outer' }] });
  });

  it('falls back to the walk when a widget was changed in place after it was indexed', () => {
    const children = [{ type: 'Text', id: 'x', value: '1' }, { type: 'Text', id: 'y', value: '2' }];
    const widget = { type: 'Card', children } as unknown as WidgetRoot;
    applyWidgetUpdate(widget, { type: 'widget.streaming_text.value_delta', component_id: 'y', delta: '', done: false });
    children.reverse(); // against the rules (widget JSON is immutable), but it must not corrupt anything
    const next = applyWidgetUpdate(widget, { type: 'widget.streaming_text.value_delta', component_id: 'y', delta: '+', done: false });
    assert.deepEqual(next, { type: 'Card', children: [{ type: 'Text', id: 'y', value: '2+' }, { type: 'Text', id: 'x', value: '1' }] });
  });
});
