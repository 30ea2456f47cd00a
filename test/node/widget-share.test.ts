import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { shareUnchanged } from '../../src/schema/share-unchanged.js';
import { withoutNulls } from '../../src/schema/null-members.js';

const row = (key: string, title: string) => ({
  type: 'ListViewItem',
  key,
  children: [
    { type: 'Text', value: title },
    { type: 'Button', label: 'Select', onClickAction: { type: 'select', payload: { key } } },
  ],
});
const list = (rows: ReturnType<typeof row>[]) => ({ type: 'ListView', children: rows });
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('shareUnchanged: a replacement widget keeps the objects of everything that did not change', () => {
  it('gives back the previous widget itself when the new one is a deep-equal copy', () => {
    const prev = list([row('a', 'A'), row('b', 'B')]);
    assert.equal(shareUnchanged(prev, copy(prev)), prev);
  });

  it('makes new objects only along the path to a change', () => {
    const prev = list([row('a', 'A'), row('b', 'B'), row('c', 'C')]);
    const next = copy(prev);
    next.children[1]!.children[0]!.value = 'B (edited)';
    const shared = shareUnchanged(prev, next);
    assert.deepEqual(shared, next);
    assert.notEqual(shared, prev);
    assert.equal(shared.children[0], prev.children[0]);
    assert.equal(shared.children[2], prev.children[2]);
    assert.notEqual(shared.children[1], prev.children[1]);
    assert.equal(shared.children[1]!.children[1], prev.children[1]!.children[1], 'the unchanged Button of the edited row');
    assert.notEqual(shared.children[1]!.children[0], prev.children[1]!.children[0]);
  });

  it('matches list items by key, so an inserted row does not make the rows below it new', () => {
    const prev = list([row('a', 'A'), row('b', 'B')]);
    const next = list([row('new', 'New'), ...copy(prev.children)]);
    const shared = shareUnchanged(prev, next);
    assert.deepEqual(shared, next);
    assert.equal(shared.children[1], prev.children[0]);
    assert.equal(shared.children[2], prev.children[1]);
    assert.equal(shared.children[0], next.children[0]);
  });

  it('matches by id when there is no key, and by position when there is neither', () => {
    const prev = { type: 'Card', children: [{ type: 'Text', id: 't1', value: 'x' }, { type: 'Divider' }] };
    const next = { type: 'Card', children: [{ type: 'Title', value: 'new' }, { type: 'Text', id: 't1', value: 'x' }, { type: 'Divider' }] };
    const shared = shareUnchanged(prev, next);
    assert.equal(shared.children[1], prev.children[0]);
    assert.equal(shared.children[2], next.children[2], 'position 2 had nothing before');
  });

  it('never modifies either input, and returns the new value itself when nothing is shared', () => {
    const prev = list([row('a', 'A')]);
    const next = list([row('z', 'Z')]);
    const before = [copy(prev), copy(next)];
    const shared = shareUnchanged(prev, next);
    assert.deepEqual([prev, next], before);
  });

  it('sees removed keys, added keys and type changes as changes', () => {
    assert.deepEqual(shareUnchanged({ a: 1, b: 2 }, { a: 1 }), { a: 1 });
    assert.deepEqual(shareUnchanged({ a: 1 }, { a: 1, b: undefined }), { a: 1, b: undefined });
    assert.deepEqual(shareUnchanged({ a: [1] }, { a: { 0: 1 } }), { a: { 0: 1 } });
    assert.deepEqual(shareUnchanged([1, 2], [1, 2, 3]), [1, 2, 3]);
  });

  it('keeps a hostile __proto__ key an own property of the copy', () => {
    const prev = JSON.parse('{"type":"Card","children":[{"type":"Text","value":"a"}],"x":{"__proto__":{"polluted":true}}}');
    const next = JSON.parse('{"type":"Card","children":[{"type":"Text","value":"b"}],"x":{"__proto__":{"polluted":true}}}');
    const shared = shareUnchanged(prev, next);
    assert.equal(Object.getPrototypeOf(shared), Object.prototype);
    assert.ok(Object.hasOwn(shared, 'x'));
    assert.equal(shared.x, prev.x);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    const changed = shareUnchanged({ ...prev, y: 1 }, JSON.parse('{"__proto__":{"polluted":true},"y":1}'));
    assert.ok(Object.hasOwn(changed, '__proto__'));
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('never takes an inherited member of the previous widget as an unchanged one', () => {
    // `prev.__proto__` is Object.prototype (an object with no enumerable keys, "deep-equal" to {});
    // `prev.toString` a function: neither may end up in the new widget.
    const prev = JSON.parse('{"type":"Card","children":[]}');
    const next = JSON.parse('{"type":"Card","children":[],"__proto__":{},"toString":"x","constructor":{}}');
    const shared = shareUnchanged(prev, next) as Record<string, unknown>;
    assert.notEqual(Object.getOwnPropertyDescriptor(shared, '__proto__')!.value, Object.prototype);
    assert.deepEqual(Object.keys(shared), ['type', 'children', '__proto__', 'toString', 'constructor']);
    assert.notEqual(shared['constructor'], Object);
  });

  it('does not overflow the stack on hostile nesting', () => {
    let deepPrev: unknown = 'leaf';
    let deepNext: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) {
      deepPrev = { type: 'Box', children: [deepPrev] };
      deepNext = { type: 'Box', children: [deepNext] };
    }
    assert.doesNotThrow(() => shareUnchanged(deepPrev, deepNext));
  });
});

describe('withoutNulls copies on write', () => {
  it('gives back the node itself when it holds no null', () => {
    const node = { type: 'Text', value: 'a', color: { light: 'red', dark: 'blue' } };
    assert.equal(withoutNulls(node, { intoChildren: false }), node);
  });

  it('copies only along the paths that hold a null, and drops the nulls', () => {
    const node = { type: 'Text', value: 'a', color: { light: 'red', dark: null }, size: null, border: { size: 1 } };
    const cleaned = withoutNulls(node, { intoChildren: false }) as Record<string, unknown>;
    assert.deepEqual(cleaned, { type: 'Text', value: 'a', color: { light: 'red' }, border: { size: 1 } });
    assert.notEqual(cleaned, node);
    assert.equal(cleaned['border'], node.border);
    assert.deepEqual(node.color, { light: 'red', dark: null }, 'the input is not modified');
  });

  it('keeps nulls inside action payloads and in children unless asked', () => {
    const node = { type: 'Button', onClickAction: { type: 'x', payload: { a: null } }, children: [{ type: 'Text', value: null }] };
    assert.equal(withoutNulls(node, { intoChildren: false }), node);
    const tree = withoutNulls(node, { intoChildren: true }) as { children: unknown[] };
    assert.deepEqual(tree.children, [{ type: 'Text' }]);
  });
});

describe('shareUnchanged over random widget-like trees', () => {
  const key = fc.constantFrom('a', 'b', 'c', 'd');
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(0, 1, 'x', 'y', true, null),
      fc.array(tie('tree'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('type', 'key', 'id', 'value', 'children', '__proto__', 'toString'), tie('tree'), { maxKeys: 4 }),
      fc.record({ type: fc.constant('Row'), key, children: fc.array(tie('tree'), { maxLength: 4 }) }),
    ),
  }));
  // JSON.parse(JSON.stringify()) gives fresh objects, and own `__proto__` keys, as a server's copy would.
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('always gives a value deep-equal to the new one, never modifies either, and the old one itself when equal', () => {
    fc.assert(
      fc.property(tree, tree, fc.boolean(), (a, b, same) => {
        const prev = copy(a);
        const next = copy(same ? a : b);
        const before = [JSON.stringify(prev), JSON.stringify(next)];
        const shared = shareUnchanged(prev, next);
        assert.equal(JSON.stringify(shared), JSON.stringify(next));
        assert.deepEqual([JSON.stringify(prev), JSON.stringify(next)], before);
        if (same && typeof prev === 'object' && prev !== null) assert.equal(shared, prev);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
