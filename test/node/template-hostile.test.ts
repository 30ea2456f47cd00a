// Every template case of the hostile corpus (sandbox escapes, JS constructor tricks, data that
// tries to inject JSON structure, range(10**9), unbounded recursion, huge filters) either builds a
// plain widget or fails with a WidgetError, never pollutes prototypes, and never hangs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TemplateError, WidgetTemplate } from '../../src/template/index.js';

interface HostileCase {
  id: string;
  description: string;
  template: unknown;
  data: unknown;
}

const corpus = JSON.parse(
  readFileSync(new URL('../../../shared/corpus/hostile/template-corpus.json', import.meta.url), 'utf8'),
) as HostileCase[];

/** Expands `{"gen": ...}` inputs as the harness does; own `__proto__` keys stay own keys. */
function expand(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(expand);
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === 'gen') {
    const g = (v as { gen: Record<string, unknown> }).gen;
    switch (g.kind) {
      case 'string':
        return `${(g.prefix as string) ?? ''}${String(g.repeat).repeat(g.times as number)}${(g.suffix as string) ?? ''}`;
      case 'deepObject': {
        const root: Record<string, unknown> = {};
        let node = root;
        for (let i = 0; i < (g.depth as number); i++) node = node.a = {};
        return root;
      }
      case 'deepArray': {
        const root: unknown[] = [];
        let node = root;
        for (let i = 0; i < (g.depth as number); i++) {
          const next: unknown[] = [];
          node.push(next);
          node = next;
        }
        return root;
      }
      case 'wideObject':
        return Object.fromEntries(Array.from({ length: g.count as number }, (_, i) => [`k${i}`, i]));
      default:
        throw new Error(`unknown generator ${String(g.kind)}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    Object.defineProperty(out, k, { value: expand((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function isPlainJson(v: unknown, depth = 0): boolean {
  if (depth > 10_000) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isPlainJson(x, depth + 1));
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.values(v as object).every((x) => isPlainJson(x, depth + 1));
  }
  return false;
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];
const snapshot = () => prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join(','));

describe('hostile templates build a widget or fail with a WidgetError', () => {
  const before = snapshot();
  for (const c of corpus) {
    it(`${c.id}: ${c.description.slice(0, 70)}`, { timeout: 20_000 }, () => {
      const data = expand(c.data);
      let result: unknown;
      try {
        result = WidgetTemplate.fromString(c.template as string).build(data);
      } catch (e) {
        assert.ok(e instanceof TemplateError, `threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
        assert.equal(e.name, 'WidgetError');
        assert.ok(['load', 'parse', 'render', 'json', 'validate'].includes(e.stage));
        return;
      }
      assert.ok(isPlainJson(result), 'the widget is plain JSON');
      assert.ok(['Card', 'ListView', 'Basic'].includes((result as { type: string }).type));
    });
  }

  it('leaves every built-in prototype untouched', () => {
    assert.deepEqual(snapshot(), before);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
  });
});

describe('sandbox: templates reach no JavaScript object', () => {
  const build = (template: string, data: Record<string, unknown> = {}) =>
    WidgetTemplate.fromString(JSON.stringify({ version: '1.0', name: 't', template })).build(data);

  for (const expr of [
    "''.constructor.constructor('return 1')()",
    '[].constructor',
    'x.__proto__.polluted',
    "x['constructor']",
    'x.toString',
    "x|attr('constructor')",
    'range.constructor',
    'namespace.__init__',
  ]) {
    it(`{{ ${expr} }} is undefined, so using it fails`, () => {
      assert.throws(() => build(`{"type":"Card","children":[{"type":"Text","value":{{ (${expr})|tojson }}}]}`, { x: { a: 1 } }), {
        name: 'WidgetError',
        stage: 'render',
      });
    });
  }

  it('a string with JSON structure stays one string under tojson', () => {
    const v = '"}, {"type":"Button","label":"INJECTED"}, {"x":"';
    const w = build('{"type":"Card","children":[{"type":"Text","value":{{ v|tojson }}}]}', { v });
    assert.deepEqual(w.children, [{ type: 'Text', value: v }]);
  });

  it('dict literals and namespaces with a __proto__ key keep it as data', () => {
    const w = build(
      '{% set ns = namespace(__proto__={"polluted": "yes"}) %}{% set d = {"__proto__": 1} %}{"type":"Card","children":[],"n":{{ d|tojson }}}',
    );
    assert.deepEqual(Object.keys(w.n as object), ['__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('dict.update with a __proto__ key on data defines an own key', () => {
    const data = JSON.parse('{"x": {}}') as { x: Record<string, unknown> };
    build('{% set _ = x.update({"__proto__": {"polluted": 1}}) %}{"type":"Card","children":[]}', data);
    assert.ok(Object.hasOwn(data.x, '__proto__'));
    assert.equal(Object.getPrototypeOf(data.x), Object.prototype);
  });
});
