// WidgetTemplate as servers and pages use it: build a .widget file with data and get the same widget
// chatkit-python builds; strict mode; schema warnings; work limits; fromFile in Node.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fromFile } from '../../src/template/node.js';
import { TemplateError, WidgetTemplate, type TemplateWarning } from '../../src/template/index.js';

const CORPUS = new URL('../../../shared/corpus/templates/', import.meta.url);
const widget = (template: string, jsonSchema?: object) =>
  WidgetTemplate.fromString(JSON.stringify({ version: '1.0', name: 'test', template, jsonSchema }));

const taskList = widget(
  '{"type":"ListView","children":[{% for t in tasks %}{"type":"ListViewItem","key":{{ t.id|tojson }},' +
    '"children":[{"type":"Text","value":{{ t.title|tojson }}}]}{% if not loop.last %},{% endif %}{% endfor %}]}',
  {
    type: 'object',
    required: ['tasks'],
    properties: {
      tasks: { type: 'array', items: { type: 'object', required: ['id', 'title'], properties: { title: { type: 'string', maxLength: 12 } } } },
    },
  },
);

describe('build renders, parses and checks the root like chatkit-python', () => {
  it('a list template becomes the widget object', () => {
    const w = taskList.build({ tasks: [{ id: 't1', title: 'Write spec' }, { id: 't2', title: 'Ship "it" <now>' }] });
    assert.deepEqual(w, {
      type: 'ListView',
      children: [
        { type: 'ListViewItem', key: 't1', children: [{ type: 'Text', value: 'Write spec' }] },
        { type: 'ListViewItem', key: 't2', children: [{ type: 'Text', value: 'Ship "it" <now>' }] },
      ],
    });
  });

  it('renderText shows the raw text, with tojson sorting keys and escaping HTML characters', () => {
    const t = widget('{{ {"b": 1, "a": "<x>"}|tojson }}|{{ 4 / 2 }}|{{ none }}|{{ [1, "a"] }}');
    assert.equal(t.renderText({}), '{"a": "\\u003cx\\u003e", "b": 1}|2.0|None|[1, \'a\']');
  });

  it('exposes the file fields', () => {
    assert.equal(taskList.name, 'test');
    assert.equal(taskList.version, '1.0');
    assert.equal(taskList.jsonSchema?.type, 'object');
  });

  it('fromFile reads a .widget file in Node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-widget-'));
    const path = join(dir, 'card.widget');
    writeFileSync(path, JSON.stringify({ version: '1.0', name: 'card', template: '{"type":"Card","children":[{"type":"Text","value":{{ v|tojson }}}]}' }));
    assert.deepEqual(fromFile(path).build({ v: 'hi' }), { type: 'Card', children: [{ type: 'Text', value: 'hi' }] });
    assert.throws(() => fromFile(join(dir, 'missing.widget')), { name: 'WidgetError', stage: 'load' });
  });

  it('builds a real corpus widget from its file', () => {
    const t = fromFile(new URL('widget-order-summary/template.widget', CORPUS));
    const data = JSON.parse(readFileSync(new URL('widget-order-summary/data.json', CORPUS), 'utf8'));
    const expected = JSON.parse(readFileSync(new URL('widget-order-summary/expected.json', CORPUS), 'utf8'));
    assert.deepEqual(t.build(data), expected);
  });
});

describe('jsonSchema: warnings by default, errors in strict mode', () => {
  it('a data mismatch is a warning naming the field and rule, and the widget still builds', () => {
    const warnings: TemplateWarning[] = [];
    const w = taskList.build({ tasks: [{ id: 't1', title: 'a' }, { id: 't2', title: 'a rather long title' }] }, { onWarning: (x) => warnings.push(x) });
    assert.equal(w.type, 'ListView');
    assert.deepEqual(
      warnings.map((x) => [x.path, x.message]),
      [['data.tasks[1].title', 'must be at most 12 characters, got 19 (rule: maxLength)']],
    );
  });

  it('without onWarning a mismatch is silent, as in Python', () => {
    assert.throws(() => taskList.build({}), { stage: 'render' });
  });

  it('strict mode refuses the data before rendering', () => {
    assert.throws(() => taskList.build({ tasks: 'none' }, { strict: true }), (e: unknown) => {
      assert.ok(e instanceof TemplateError);
      assert.equal(e.stage, 'validate');
      assert.equal(e.path, 'data.tasks');
      assert.match(e.reason, /data\.tasks: must be array, got string \(rule: type\)/);
      return true;
    });
  });

  it('strict mode checks the result against the widget schemas', () => {
    const t = widget('{"type":"Card","size":{{ size|tojson }},"children":[{"type":"Text","value":"hi","color":null}]}');
    assert.equal(t.build({ size: 'md' }, { strict: true }).size, 'md');
    assert.throws(() => t.build({ size: 'huge' }, { strict: true }), (e: unknown) => {
      assert.ok(e instanceof TemplateError);
      assert.equal(e.stage, 'validate');
      assert.equal(e.path, 'root.size');
      assert.match(e.reason, /expected one of sm, md, lg, full; got 'huge'/);
      return true;
    });
    // Without strict, only chatkit-python's root check applies.
    assert.equal(t.build({ size: 'huge' }).size, 'huge');
  });

  it('strict mode accepts a custom widget validator', () => {
    const t = widget('{"type":"Card","children":[]}');
    assert.throws(() => t.build({}, { strict: true, validateWidget: () => [{ path: 'root', message: 'no empty cards' }] }), /no empty cards/);
  });
});

describe('work limits end runaway templates with a clear error', () => {
  const limited = (template: string, limits: object) => () => widget(template).renderText({}, { limits });

  it('loop iterations', () => {
    assert.throws(limited('{% for i in range(10**9) %}x{% endfor %}', { maxIterations: 1000 }), {
      name: 'WidgetError',
      kind: 'LimitExceeded',
      reason: 'more than 1000 loop iterations in one render',
    });
  });

  it('output size', () => {
    assert.throws(limited('{% for i in range(100) %}{{ "x" * 100 }}{% endfor %}', { maxOutputChars: 5000 }), {
      kind: 'LimitExceeded',
      reason: 'rendered output is larger than 5000 characters',
    });
  });

  it('recursion depth of macros and recursive loops', () => {
    assert.throws(limited('{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}', { maxCallDepth: 50 }), { kind: 'RecursionError' });
    const recursiveLoop = widget('{% for a in x recursive %}{{ loop(x) }}{% endfor %}');
    assert.throws(() => recursiveLoop.renderText({ x: [1, 2] }, { limits: { maxCallDepth: 50 } }), { kind: 'RecursionError' });
  });

  it('huge integers and strings', () => {
    assert.throws(limited('{{ 10 ** 100000 }}', {}), { kind: 'OverflowError' });
    assert.throws(limited('{{ "ab" * 10**8 }}', {}), { kind: 'LimitExceeded' });
  });

  it('deeply nested data given to tojson', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) deep = deep.a = {};
    assert.throws(() => widget('{{ d|tojson }}').renderText({ d: root }), { kind: 'RecursionError' });
  });

  it('the default limits let a 1,000-row list through', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `t${i}`, title: `Task ${i}` }));
    assert.equal(taskList.build({ tasks: rows }).children?.constructor, Array);
  });
});
