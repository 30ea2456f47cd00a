import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildWidgetJsonSchema } from '../../src/schema/json-schema.js';
import { widgetTypes } from '../../src/schema/index.js';

type JsonObject = Record<string, unknown>;
const schema = buildWidgetJsonSchema();
const defs = schema['$defs'] as Record<string, JsonObject>;

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  const own = typeof (value as JsonObject)['$ref'] === 'string' ? [(value as JsonObject)['$ref'] as string] : [];
  return own.concat(Object.values(value).flatMap(refsIn));
}

describe('dist/widget.schema.json content', () => {
  it('is a draft 2020-12 document whose root is one of Card, ListView, Basic', () => {
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema['oneOf'], [
      { $ref: '#/$defs/Card' }, { $ref: '#/$defs/ListView' }, { $ref: '#/$defs/Basic' },
    ]);
  });

  it('has a $defs entry with a description and a const type for every component', () => {
    for (const type of widgetTypes) {
      const def = defs[type];
      assert.ok(def, type);
      assert.equal(typeof def['description'], 'string', type);
      const properties = def['properties'] as Record<string, JsonObject>;
      assert.deepEqual(properties['type'], { type: 'string', const: type });
    }
  });

  it('shares value types through $defs and every $ref resolves', () => {
    for (const name of ['ThemeColor', 'Spacing', 'Border', 'Borders', 'ActionConfig', 'CardAction', 'WidgetStatus']) {
      assert.ok(defs[name], name);
    }
    for (const ref of refsIn(schema)) {
      if (ref === '#') continue;
      assert.ok(defs[ref.replace('#/$defs/', '')], ref);
    }
  });

  it('describes props with the reference docstrings and lists what is required', () => {
    const select = defs['Select'] as JsonObject;
    const properties = select['properties'] as Record<string, JsonObject>;
    assert.match(String(properties['name']?.['description']), /submitted/);
    assert.deepEqual(select['required'], ['type', 'name', 'options']);
    const action = defs['ActionConfig'] as JsonObject;
    const handler = (action['properties'] as Record<string, JsonObject>)['handler'];
    assert.deepEqual(handler?.['enum'], ['client', 'server']);
  });

  it('round-trips through JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(schema)), schema);
  });
});
