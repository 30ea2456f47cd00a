// Errors a template author sees: each names its stage, and points at the place that failed
// (line and column in the template, or in the rendered text for JSON errors) with an excerpt.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TemplateError, WidgetTemplate } from '../../src/template/index.js';

const widget = (template: string) => JSON.stringify({ version: '1.0', name: 'errors', template });

function failure(run: () => unknown): TemplateError {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof TemplateError, `expected a TemplateError, got ${String(e)}`);
    assert.equal(e.name, 'WidgetError');
    return e;
  }
  assert.fail('expected an error');
}

describe('syntax errors name line and column with an excerpt', () => {
  it('points at the unexpected token on its line', () => {
    const e = failure(() => WidgetTemplate.fromString(widget('{"type":"Card",\n "children":[{{ 1 + }}]}')));
    assert.equal(e.stage, 'parse');
    assert.equal(e.kind, 'TemplateSyntaxError');
    assert.equal(e.line, 2);
    assert.equal(e.column, 21);
    assert.match(e.message, /^parse: TemplateSyntaxError: unexpected 'end of print statement' \(line 2, column 21\)/);
    assert.equal(e.excerpt, '   "children":[{{ 1 + }}]}\n                      ^');
  });

  it('reports an unclosed block with the tag Jinja was looking for', () => {
    const e = failure(() => WidgetTemplate.fromString(widget('{% for x in xs %}\n{}')));
    assert.equal(e.stage, 'parse');
    assert.match(e.reason, /Unexpected end of template\. Jinja was looking for the following tags: 'endfor' or 'else'/);
  });

  it('refuses unknown tags such as break and do (no extensions are loaded)', () => {
    for (const tag of ['break', 'continue', 'do x']) {
      const e = failure(() => WidgetTemplate.fromString(widget(`{% for x in xs %}{% ${tag} %}{% endfor %}`)));
      assert.equal(e.stage, 'parse');
      assert.match(e.reason, /Encountered unknown tag/);
    }
  });

  it('rejects unknown filters at load time, even in branches that never run', () => {
    const e = failure(() => WidgetTemplate.fromString(widget('{{ x|shout }}')));
    assert.equal(e.kind, 'TemplateAssertionError');
    assert.equal(e.reason, "No filter named 'shout'.");
  });

  it('defers unknown filters inside if branches, as Jinja 3 does', () => {
    const t = WidgetTemplate.fromString(widget('{"type":"Card","children":[{% if show %}{{ x|shout }}{% endif %}]}'));
    assert.deepEqual(t.build({ show: false }), { type: 'Card', children: [] });
    const e = failure(() => t.build({ show: true, x: 1 }));
    assert.equal(e.stage, 'render');
    assert.match(e.reason, /No filter named 'shout' found/);
  });
});

describe('render errors carry the Python error class and the template position', () => {
  it('undefined names', () => {
    const e = failure(() => WidgetTemplate.fromString(widget('{"type":"Card",\n"children":[{"type":"Text","value":"{{ title }}"}]}')).build({}));
    assert.equal(e.stage, 'render');
    assert.equal(e.kind, 'UndefinedError');
    assert.equal(e.reason, "'title' is undefined");
    assert.equal(e.line, 2);
    assert.match(e.excerpt ?? '', /\{\{ title \}\}/);
  });

  it('type errors and division by zero', () => {
    const t = WidgetTemplate.fromString(widget('{{ a + b }}'));
    assert.equal(failure(() => t.build({ a: 1, b: null })).reason, "unsupported operand type(s) for +: 'int' and 'NoneType'");
    assert.equal(failure(() => t.build({ a: 'n=', b: 3 })).reason, 'can only concatenate str (not "int") to str');
    const z = failure(() => WidgetTemplate.fromString(widget('{{ a / b }}')).build({ a: 1, b: 0 }));
    assert.equal(z.kind, 'ZeroDivisionError');
  });

  it('include has no loader, so it fails when rendered', () => {
    const e = failure(() => WidgetTemplate.fromString(widget('{% include "row.widget" %}')).build({}));
    assert.equal(e.stage, 'render');
    assert.equal(e.reason, 'no loader for this environment specified');
  });
});

describe('output that is not JSON points into the rendered text', () => {
  it('names the problem with Python json wording, the position and an excerpt', () => {
    const t = WidgetTemplate.fromString(widget('{"type":"Card","children":[{% for r in rows %}{"type":"Text","value":{{ r|tojson }}}{% endfor %}]}'));
    const e = failure(() => t.build({ rows: ['a', 'b'] }));
    assert.equal(e.stage, 'json');
    // {"type":"Card","children":[ is 27 characters, the first item 27 more: the second item starts at 54.
    assert.equal(e.reason, "Expecting ',' delimiter: line 1 column 55 (char 54)");
    assert.equal(e.line, 1);
    assert.equal(e.column, 55);
    assert.match(e.excerpt ?? '', /"value":"a"\}\{"type"/);
    assert.match(e.message, /^json: JSONDecodeError: /);
  });

  it('a raw newline from data inside a JSON string is an invalid control character', () => {
    const e = failure(() => WidgetTemplate.fromString(widget('{"type":"Card",\n"children":[{"type":"Text","value":"{{ body }}"}]}')).build({ body: 'one\ntwo' }));
    assert.equal(e.stage, 'json');
    assert.match(e.reason, /^Invalid control character at: line 2 column 40/);
  });

  it('empty output and two roots', () => {
    assert.match(failure(() => WidgetTemplate.fromString(widget('')).build({})).reason, /^Expecting value: line 1 column 1 \(char 0\)/);
    assert.match(failure(() => WidgetTemplate.fromString(widget('{}{}')).build({})).reason, /^Extra data/);
  });
});

describe('load and validate errors', () => {
  it('load: not JSON, wrong version, missing template', () => {
    assert.equal(failure(() => WidgetTemplate.fromString('{"version": "1.0",}')).stage, 'load');
    const v = failure(() => WidgetTemplate.fromString(JSON.stringify({ version: '2.0', name: 'x', template: '{}' })));
    assert.equal(v.reason, 'Unsupported widget spec version: 2.0');
    assert.equal(failure(() => WidgetTemplate.fromString(JSON.stringify({ version: 1, name: 'x', template: '{}' }))).stage, 'load');
    assert.equal(failure(() => WidgetTemplate.fromString(JSON.stringify({ version: '1.0', name: 'x' }))).stage, 'load');
  });

  it('validate: the root and the components under children, with the path', () => {
    const check = (template: string) => failure(() => WidgetTemplate.fromString(widget(template)).build({}));
    assert.equal(check('{"type":"Text"}').reason, "root type must be one of Card, ListView, Basic (got 'Text')");
    assert.equal(check('[]').reason, 'root must be an object');
    const grandchild = check('{"type":"Card","children":[{"type":"Col","children":[{"type":7}]}]}');
    assert.equal(grandchild.stage, 'validate');
    assert.equal(grandchild.path, 'root.children[0].children[0].type');
    assert.equal(check('{"type":"Card","key":1}').reason, 'root.key must be a string or null');
  });
});
