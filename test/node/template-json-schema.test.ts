// The JSON Schema subset strict mode checks `data` with: each issue names the data path and the rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateJsonSchema } from '../../src/template/index.js';

const issues = (schema: unknown, data: unknown) => validateJsonSchema(schema, data).map((i) => `${i.path} ${i.rule}`);

describe('JSON Schema checks name the field and the rule', () => {
  it('type, required and additionalProperties', () => {
    const schema = { type: 'object', required: ['name'], properties: { name: { type: 'string' }, age: { type: 'integer' } }, additionalProperties: false };
    assert.deepEqual(issues(schema, { name: 'Ada', age: 36 }), []);
    assert.deepEqual(issues(schema, { age: 1.5, extra: true }), ['data.name required', 'data.age type', 'data.extra additionalProperties']);
    assert.deepEqual(issues(schema, []), ['data type']);
  });

  it('items, tuples and array bounds', () => {
    assert.deepEqual(issues({ type: 'array', items: { type: 'number' }, minItems: 2 }, [1, 'x']), ['data[1] type']);
    assert.deepEqual(issues({ type: 'array', maxItems: 1, uniqueItems: true }, [1, 1]), ['data maxItems', 'data uniqueItems']);
    assert.deepEqual(issues({ prefixItems: [{ type: 'string' }], items: false }, ['a', 'b']), ['data[1] false']);
  });

  it('enum, const, numeric and length bounds', () => {
    assert.deepEqual(issues({ enum: ['sm', 'md'] }, 'lg'), ['data enum']);
    assert.deepEqual(issues({ const: 1 }, 2), ['data const']);
    assert.deepEqual(issues({ minimum: 0, exclusiveMaximum: 10 }, 10), ['data exclusiveMaximum']);
    assert.deepEqual(issues({ minLength: 2, maxLength: 3 }, '😀'), ['data minLength']);
  });

  it('anyOf, oneOf, allOf and not', () => {
    assert.deepEqual(issues({ anyOf: [{ type: 'string' }, { type: 'null' }] }, 3), ['data anyOf']);
    assert.deepEqual(issues({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 3), ['data oneOf']);
    assert.deepEqual(issues({ allOf: [{ minimum: 1 }, { maximum: 2 }] }, 3), ['data maximum']);
    assert.deepEqual(issues({ not: { type: 'string' } }, 'x'), ['data not']);
  });

  it('$ref to #/$defs and #/definitions', () => {
    const schema = {
      type: 'object',
      properties: { a: { $ref: '#/$defs/pos' }, b: { $ref: '#/definitions/pos' }, c: { $ref: 'https://example.com/s' } },
      $defs: { pos: { type: 'number', minimum: 0 } },
      definitions: { pos: { type: 'number', minimum: 0 } },
    };
    assert.deepEqual(issues(schema, { a: -1, b: 1, c: 1 }), ['data.a minimum', 'data.c $ref']);
  });

  it('recursive schemas stop at a depth limit instead of overflowing', () => {
    const schema = { $ref: '#/$defs/node', $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } } } } };
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) deep = deep.next = {};
    assert.ok(issues(schema, root).some((i) => i.endsWith('$ref')));
  });
});

describe('pattern is guarded against catastrophic regexes', () => {
  it('matches ordinary patterns', () => {
    assert.deepEqual(issues({ pattern: '^[a-z]+-\\d+$' }, 'ab-12'), []);
    assert.deepEqual(issues({ pattern: '^[a-z]+$' }, 'AB'), ['data pattern']);
  });

  it('refuses nested quantifiers instead of running them', () => {
    const [issue] = validateJsonSchema({ pattern: '^(a+)+$' }, `${'a'.repeat(40)}!`);
    assert.equal(issue?.rule, 'pattern');
    assert.match(issue?.message ?? '', /nested quantifiers/);
  });

  it('does not run patterns over very long input', () => {
    const [issue] = validateJsonSchema({ pattern: '^a*$' }, 'a'.repeat(20_000));
    assert.match(issue?.message ?? '', /too long to check/);
  });

  it('reports an invalid pattern as an issue, not an exception', () => {
    assert.deepEqual(issues({ pattern: '(' }, 'x'), ['data pattern']);
  });
});
