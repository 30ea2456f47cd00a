/**
 * Property-based fuzzing of `<ck-widget>`: random trees mixing valid components, wrong prop types,
 * unknown and prototype-named types, hostile strings and non-objects. Whatever the tree, nothing
 * escapes the element (no throw, no rejection, no error event on the window), and the same element
 * then renders the next valid widget correctly.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/index.js';
import { componentTypes } from '../../src/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import '../browser/dom-safe-failures.js';

/** Runs per property; with the recovery render that is twice as many renders. */
const RUNS = 2000;

const HOSTILE_STRINGS = [
  '<img src=x onerror=__pwned()>', 'javascript:__pwned()', 'data:text/html,<script>__pwned()</script>', 'red;outline:7px solid rgb(1,2,3)',
  '__proto__', 'constructor', 'toString', '', ' ', '\u0000', '\ud800', '\u202e', '{{ 7*7 }}', 'lucide:../../etc/passwd', 'http://evil.example/x.png',
  'url(http://evil.example/c.png)', 'NaN', '-Infinity', '1e309', '#fff', 'md', 'star', 'x'.repeat(300),
];
const PROP_NAMES = [
  'value', 'label', 'children', 'color', 'background', 'padding', 'margin', 'gap', 'size', 'width', 'height', 'radius', 'src', 'alt', 'name', 'key',
  'id', 'options', 'data', 'series', 'xAxis', 'onClickAction', 'onSubmitAction', 'onChangeAction', 'confirm', 'cancel', 'status', 'theme', 'limit',
  'align', 'justify', 'direction', 'border', 'streaming', 'submit', 'autoFocus', 'defaultValue', 'placeholder', 'variant', 'iconStart', 'style', '__proto__',
];

const types = [...componentTypes(), 'Bogus', '__proto__', 'toString', 'prototype', '', '<b>'];

const scalar = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -1, 1e308, Number.NaN, true, false, null),
);

const { node } = fc.letrec<{ node: unknown; value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('type', 'handler', 'payload', 'light', 'dark', 'label', 'value', 'action', '__proto__'), tie('value'), { maxKeys: 3 }),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({ type: fc.constantFrom(...types) }),
    fc.tuple(fc.constantFrom(...types), fc.dictionary(fc.constantFrom(...PROP_NAMES), tie('value'), { maxKeys: 5 }), fc.array(tie('node'), { maxLength: 4 })).map(([type, props, children]) => {
      // defineProperty keeps a generated "__proto__" prop an own key, as JSON.parse would.
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(props)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      out.type = type;
      if (children.length > 0) out.children = children;
      return out;
    }),
  ),
}));

const root = fc.oneof(
  node,
  fc.tuple(fc.constantFrom('Card', 'ListView', 'Basic'), fc.array(node, { maxLength: 5 })).map(([type, children]) => ({ type, children })),
);

const escaped: string[] = [];
window.addEventListener('error', (event) => void escaped.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => void escaped.push(`rejection: ${String(event.reason)}`));

const shown = (el: CkWidget) => el.shadowRoot?.textContent ?? '';

describe('fuzzing <ck-widget> with random widget trees', function () {
  this.timeout(600_000);
  const el = document.createElement('ck-widget') as CkWidget;
  before(() => document.body.append(el));
  after(() => el.remove());

  it(`survives ${RUNS} random trees and renders the next valid widget each time`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(root, async (tree) => {
        run++;
        const before = escaped.length;
        el.widget = tree as CkWidget['widget'];
        await el.updateComplete;
        const marker = `valid widget ${run}`;
        el.widget = { type: 'Card', children: [{ type: 'Text', value: marker }, { type: 'Button', label: 'ok', onClickAction: { type: 'ok', handler: 'client' } }] };
        await el.updateComplete;
        expect(escaped.slice(before), 'errors escaped the element').to.deep.equal([]);
        expect(shown(el)).to.include(marker);
        expect(el.shadowRoot?.querySelector('[data-ck-error]'), 'the valid widget shows an error').to.equal(null);
      }),
      { numRuns: RUNS },
    );
  });
});
