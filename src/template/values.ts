/**
 * How Python values live in JavaScript while a template renders.
 *
 *   None → null, bool → boolean, str → string, list → Array,
 *   int → integral number (bigint beyond 2^53), float → non-integral number or PyFloat,
 *   tuple → Array registered in `tuples`, dict → plain object (data) or PyDict (made in the template).
 *
 * Every other runtime value is a PyObject subclass, so a template never reaches a JavaScript
 * function, prototype or host object: attribute lookup only ever sees what this module exposes.
 */

/** Returned by attribute lookups that found nothing. */
export const MISSING: unique symbol = Symbol('missing');

/** Base of every engine-made value; anything else of type object is data. */
export abstract class PyObject {
  abstract readonly typeName: string;
  /** The template-visible attribute `name`, or MISSING. Only what a subclass lists is reachable. */
  attr(_name: string): unknown {
    return MISSING;
  }
}

/** A float whose value is whole (2.0, -0.0, 1e16): kept apart from ints so `str()` prints `2.0`. */
export class PyFloat extends PyObject {
  readonly typeName = 'float';
  constructor(readonly value: number) {
    super();
  }
}

/** A missing value. Strict ones fail on use; the lenient one (inline `if` without `else`) prints ''. */
export class Undefined extends PyObject {
  readonly typeName: string;
  constructor(
    readonly hint: string,
    readonly strict: boolean = true,
  ) {
    super();
    this.typeName = strict ? 'StrictUndefined' : 'Undefined';
  }
}

/** A str that is already HTML-safe (MarkupSafe's Markup): `+` escapes the other side, `e` leaves it alone. */
export class Markup extends PyObject {
  readonly typeName = 'Markup';
  constructor(readonly s: string) {
    super();
  }
}

/** A dict made inside the template: keys keep their Python type (1 and '1' differ). */
export class PyDict extends PyObject {
  readonly typeName = 'dict';
  readonly map: Map<unknown, unknown>;
  constructor(entries?: Iterable<readonly [unknown, unknown]>) {
    super();
    this.map = new Map();
    if (entries) for (const [k, v] of entries) this.map.set(dictKey(k), v);
  }
}

/** Python's range, iterated lazily so `range(10**9)` costs only what the loop limit allows. */
export class PyRange extends PyObject {
  readonly typeName = 'range';
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.length = Math.max(0, n);
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
}

/**
 * A one-shot iterator or a dict view (generator, list_reverseiterator, dict_items, ...).
 * It iterates like a list but, as in Python, `tojson` refuses it and only views have a length.
 */
export class PyIter extends PyObject {
  constructor(
    readonly items: unknown[],
    readonly typeName: string,
    readonly sized: boolean = false,
  ) {
    super();
  }
}

/** `namespace(...)`: the one object whose attributes `{% set ns.x = ... %}` may assign. */
export class Namespace extends PyObject {
  readonly typeName = 'Namespace';
  readonly attrs = new Map<string, unknown>();
  override attr(name: string): unknown {
    return this.attrs.has(name) ? this.attrs.get(name) : MISSING;
  }
}

/** Python's slice object, the key of `x[a:b:c]`. */
export class PySlice extends PyObject {
  readonly typeName = 'slice';
  constructor(
    readonly start: unknown,
    readonly stop: unknown,
    readonly step: unknown,
  ) {
    super();
  }
}

export type CallArgs = { args: unknown[]; kwargs: Map<string, unknown> | null };

/** Anything a template may call: macros, builtins, bound methods. Never a raw JS function. */
export class PyCallable extends PyObject {
  constructor(
    readonly name: string,
    readonly call: (a: CallArgs) => unknown,
    readonly typeName: string = 'builtin_function_or_method',
  ) {
    super();
  }
}

/** Tuples are arrays that Python prints with parentheses and that have no list methods. */
export const tuples = new WeakSet<unknown[]>();

export function tuple(items: unknown[]): unknown[] {
  tuples.add(items);
  return items;
}

/** Named tuples (groupby's `(grouper, list)`): a tuple whose fields are also attributes. */
export const namedFields = new WeakMap<unknown[], readonly string[]>();

export function namedTuple(fields: readonly string[], items: unknown[]): unknown[] {
  namedFields.set(items, fields);
  return tuple(items);
}

export function isTuple(v: unknown): v is unknown[] {
  return Array.isArray(v) && tuples.has(v);
}

/** A data dict: a plain JSON-like object handed in by the caller (or parsed from JSON). */
export function isDataDict(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof PyObject) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function isDict(v: unknown): v is Record<string, unknown> | PyDict {
  return v instanceof PyDict || isDataDict(v);
}

/** Normalises a dict key so that 1 and 1.0 find the same entry, as they do in Python. */
export function dictKey(k: unknown): unknown {
  if (k instanceof PyFloat) return k.value;
  if (k instanceof Markup) return k.s;
  if (typeof k === 'bigint' && k >= BigInt(Number.MIN_SAFE_INTEGER) && k <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(k);
  return k;
}

export function dictSize(d: Record<string, unknown> | PyDict): number {
  return d instanceof PyDict ? d.map.size : Object.keys(d).length;
}

export function dictKeys(d: Record<string, unknown> | PyDict): unknown[] {
  return d instanceof PyDict ? [...d.map.keys()] : Object.keys(d);
}

export function dictEntries(d: Record<string, unknown> | PyDict): [unknown, unknown][] {
  if (d instanceof PyDict) return [...d.map.entries()];
  const out: [unknown, unknown][] = [];
  for (const k of Object.keys(d)) out.push([k, d[k]]);
  return out;
}

/** Own-key lookup only: the prototype chain of a data object is never consulted. */
export function dictGet(d: Record<string, unknown> | PyDict, key: unknown): { found: boolean; value: unknown } {
  if (d instanceof PyDict) {
    const k = dictKey(key);
    return d.map.has(k) ? { found: true, value: d.map.get(k) } : { found: false, value: undefined };
  }
  const k = key instanceof Markup ? key.s : key;
  if (typeof k === 'string' && Object.hasOwn(d, k)) {
    const value = d[k];
    if (value !== undefined) return { found: true, value };
  }
  return { found: false, value: undefined };
}

/** Writes an own property even for keys such as `__proto__`, which plain assignment would treat as the prototype. */
export function dictSet(d: Record<string, unknown> | PyDict, key: unknown, value: unknown): void {
  if (d instanceof PyDict) {
    d.map.set(dictKey(key), value);
    return;
  }
  const k = key instanceof Markup ? key.s : key;
  if (typeof k !== 'string') throw new TypeError('keys of a data dict must be strings');
  Object.defineProperty(d, k, { value, writable: true, enumerable: true, configurable: true });
}

export function dictDelete(d: Record<string, unknown> | PyDict, key: unknown): boolean {
  if (d instanceof PyDict) return d.map.delete(dictKey(key));
  const k = key instanceof Markup ? key.s : key;
  if (typeof k === 'string' && Object.hasOwn(d, k)) return delete d[k];
  return false;
}

export function isFloat(v: unknown): boolean {
  return v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v));
}

export function isInt(v: unknown): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
}

/** Wraps a JS number known to be a Python float so a whole value keeps printing as `2.0`. */
export function mkFloat(n: number): number | PyFloat {
  return Number.isInteger(n) ? new PyFloat(n) : n;
}

/** Narrows a bigint back to a number when it fits, so small ints stay on the fast path. */
export function mkInt(n: bigint): number | bigint {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

/** Python's type name, as it appears in error messages. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'str';
    case 'bigint':
      return 'int';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    case 'object':
      if (v instanceof PyObject) return v.typeName;
      if (Array.isArray(v)) return tuples.has(v) ? 'tuple' : 'list';
      return isDataDict(v) ? 'dict' : 'object';
    default:
      return 'object';
  }
}

/** How Jinja names an object in "has no attribute" messages. */
export function objectTypeRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  return `${typeName(v)} object`;
}

export function isString(v: unknown): v is string | Markup {
  return typeof v === 'string' || v instanceof Markup;
}

/** The string inside a str or Markup. */
export function strValue(v: string | Markup): string {
  return typeof v === 'string' ? v : v.s;
}
