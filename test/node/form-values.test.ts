import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFormValues } from '../../src/dispatch/form-values.js';

describe('form values merged into an action payload', () => {
  it('keeps the payload and adds fields by name', () => {
    assert.deepEqual(mergeFormValues({ id: 7 }, [['title', 'Buy milk'], ['done', true]]), { id: 7, title: 'Buy milk', done: true });
  });
  it('nests dotted names like the Python server expects', () => {
    assert.deepEqual(mergeFormValues({}, [['task.title', 'A'], ['task.due', '2026-01-02'], ['task.meta.x', '1']]), {
      task: { title: 'A', due: '2026-01-02', meta: { x: '1' } },
    });
  });
  it('never changes prototypes through hostile names', () => {
    const out = mergeFormValues({}, [['__proto__.polluted', 'yes'], ['constructor.prototype.isAdmin', true], ['__proto__', 'x']]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.deepEqual(JSON.parse(JSON.stringify(out)), JSON.parse('{"__proto__":"x","constructor":{"prototype":{"isAdmin":true}}}'));
  });
  it('keeps odd names whole', () => {
    assert.deepEqual(mergeFormValues({}, [['a..b', '1'], ['.x', '2']]), { 'a..b': '1', '.x': '2' });
  });
});
