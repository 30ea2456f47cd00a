/** Jinja2's built-in tests (`x is defined`, `n is odd`, `s is string`, ...). */
import { typeError } from './py-exception.js';
import { checkDefined, compare, contains, eq, isIterable, mod } from './operators.js';
import { LoopContext, type TestFn } from './runtime.js';
import { Markup, PyCallable, PyDict, PyFloat, PyIter, PyRange, Undefined, isDataDict, isFloat, isInt, typeName } from './values.js';

function intValue(v: unknown): number | bigint | PyFloat {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  checkDefined(v);
  throw typeError(`unsupported operand type(s) for %: '${typeName(v)}' and 'int'`);
}

function isStr(v: unknown): boolean {
  return typeof v === 'string' || v instanceof Markup;
}

const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

/** Python's str.islower() / isupper(): every cased character in that case, and at least one. */
function allCased(v: unknown, upper: boolean): boolean {
  checkDefined(v);
  const s = typeof v === 'string' ? v : v instanceof Markup ? v.s : null;
  if (s === null) throw typeError(`descriptor '${upper ? 'isupper' : 'islower'}' requires a 'str' object but received a '${typeName(v)}'`);
  let cased = false;
  for (const ch of s) {
    if (!CASED.test(ch)) continue;
    cased = true;
    if (upper ? ch !== ch.toUpperCase() : ch !== ch.toLowerCase()) return false;
  }
  return cased;
}

function cmp(op: string, test: (c: number) => boolean): TestFn {
  return (_rt, v, [other]) => test(compare(v, other, op));
}

const isEqual: TestFn = (_rt, v, [o]) => eq(v, o);
const notEqual: TestFn = (_rt, v, [o]) => !eq(v, o);

export const TESTS: ReadonlyMap<string, TestFn> = new Map<string, TestFn>([
  ['defined', (_rt, v) => !(v instanceof Undefined)],
  ['undefined', (_rt, v) => v instanceof Undefined],
  ['none', (_rt, v) => v === null],
  ['boolean', (_rt, v) => typeof v === 'boolean'],
  ['false', (_rt, v) => v === false],
  ['true', (_rt, v) => v === true],
  ['integer', (_rt, v) => isInt(v)],
  ['float', (_rt, v) => isFloat(v)],
  ['number', (_rt, v) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat],
  ['string', (_rt, v) => isStr(v)],
  ['mapping', (_rt, v) => v instanceof PyDict || isDataDict(v)],
  ['iterable', (_rt, v) => isIterable(v)],
  [
    'sequence',
    (_rt, v) => Array.isArray(v) || isStr(v) || v instanceof PyDict || isDataDict(v) || v instanceof PyRange || (v instanceof PyIter && v.sized),
  ],
  ['callable', (_rt, v) => v instanceof PyCallable || v instanceof LoopContext],
  ['sameas', (_rt, v, [other]) => v === other],
  ['escaped', (_rt, v) => v instanceof Markup],
  ['lower', (_rt, v) => allCased(v, false)],
  ['upper', (_rt, v) => allCased(v, true)],
  ['odd', (_rt, v) => eq(mod(intValue(v), 2), 1)],
  ['even', (_rt, v) => eq(mod(intValue(v), 2), 0)],
  ['divisibleby', (_rt, v, [n]) => eq(mod(intValue(v), intValue(n)), 0)],
  ['in', (_rt, v, [seq]) => contains(seq, v)],
  ['filter', (rt, v) => typeof v === 'string' && rt.registry.filters.has(v)],
  ['test', (rt, v) => typeof v === 'string' && rt.registry.tests.has(v)],
  ['eq', isEqual],
  ['equalto', isEqual],
  ['==', isEqual],
  ['ne', notEqual],
  ['!=', notEqual],
  ['lt', cmp('<', (c) => c < 0)],
  ['lessthan', cmp('<', (c) => c < 0)],
  ['<', cmp('<', (c) => c < 0)],
  ['le', cmp('<=', (c) => c <= 0)],
  ['<=', cmp('<=', (c) => c <= 0)],
  ['gt', cmp('>', (c) => c > 0)],
  ['greaterthan', cmp('>', (c) => c > 0)],
  ['>', cmp('>', (c) => c > 0)],
  ['ge', cmp('>=', (c) => c >= 0)],
  ['>=', cmp('>=', (c) => c >= 0)],
]);
