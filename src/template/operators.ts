/**
 * Python semantics of the template operators: truthiness, ==, <, +, -, *, /, //, %, **, `in`,
 * iteration and len(). Ints stay exact (bigint past 2^53); floats stay floats (2.0 is not 2).
 */
import { PyException, typeError, undefinedError } from './py-exception.js';
import { MAX_VALUE_DEPTH, compareStrings, isSimpleString, pyLen, pyRepr, pyStr } from './pystr.js';
import {
  Markup,
  Namespace,
  PyCallable,
  PyDict,
  PyFloat,
  PyIter,
  PyObject,
  PyRange,
  Undefined,
  dictGet,
  dictKeys,
  dictSize,
  isDataDict,
  mkFloat,
  mkInt,
  tuple,
  tuples,
  typeName,
} from './values.js';

/** Largest int a template may build (`10**10**10` must fail fast, not allocate gigabytes). */
const MAX_INT_BITS = 4096;

export function truthy(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PyObject) {
    if (v instanceof Undefined) {
      if (v.strict) throw undefinedError(v.hint);
      return false;
    }
    if (v instanceof PyFloat) return v.value !== 0;
    if (v instanceof Markup) return v.s.length > 0;
    if (v instanceof PyDict) return v.map.size > 0;
    if (v instanceof PyRange) return v.length > 0;
    if (v instanceof PyIter) return v.sized ? v.items.length > 0 : true;
    return true;
  }
  if (isDataDict(v)) {
    for (const k in v) if (Object.hasOwn(v, k)) return true;
    return false;
  }
  return true;
}

/** Fails when a strict Undefined is used as a value (printing, iterating, testing truth). */
export function checkDefined(v: unknown): void {
  if (v instanceof Undefined && v.strict) throw undefinedError(v.hint);
}

/** Fails for any Undefined: even the lenient one refuses arithmetic, ordering, int() and float(). */
export function checkOperand(v: unknown): void {
  if (v instanceof Undefined) throw undefinedError(v.hint);
}

// ---------- numbers ----------

type Num = number | bigint;

/** A Python number as { value, float? }, or null when the value is not numeric. */
function numeric(v: unknown): { n: Num; float: boolean } | null {
  if (typeof v === 'number') return { n: v, float: !Number.isInteger(v) };
  if (typeof v === 'boolean') return { n: v ? 1 : 0, float: false };
  if (typeof v === 'bigint') return { n: v, float: false };
  if (v instanceof PyFloat) return { n: v.value, float: true };
  return null;
}

function toNumber(n: Num): number {
  return typeof n === 'bigint' ? Number(n) : n;
}

function intResult(fast: number, slow: () => bigint): number | bigint {
  if (Number.isSafeInteger(fast)) return fast === 0 ? 0 : fast;
  const big = slow();
  if (bitLength(big) > MAX_INT_BITS) throw new PyException('OverflowError', 'integer result too large for a template');
  return mkInt(big);
}

function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(16).length * 4;
}

function big(n: Num): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

function opError(op: string, a: unknown, b: unknown): PyException {
  return typeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(a) && Number.isInteger(b)) return intResult(r, () => BigInt(a) + BigInt(b));
    return mkFloat(r);
  }
  checkOperand(a);
  checkOperand(b);
  if (typeof a === 'string' || a instanceof Markup) {
    if (b instanceof Markup) return new Markup(escapeHtml(typeof a === 'string' ? a : a.s) + b.s);
    if (typeof b === 'string') return a instanceof Markup ? new Markup(a.s + escapeHtml(b)) : a + b;
    throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  }
  if (Array.isArray(a)) {
    if (Array.isArray(b) && tuples.has(a) === tuples.has(b)) {
      const r = a.concat(b);
      return tuples.has(a) ? tuple(r) : r;
    }
    throw typeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  }
  const x = numeric(a);
  const y = numeric(b);
  if (!x || !y) throw opError('+', a, b);
  if (x.float || y.float) return mkFloat(toNumber(x.n) + toNumber(y.n));
  return intResult(toNumber(x.n) + toNumber(y.n), () => big(x.n) + big(y.n));
}

export function sub(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) {
    return intResult(a - b, () => BigInt(a) - BigInt(b));
  }
  checkOperand(a);
  checkOperand(b);
  const x = numeric(a);
  const y = numeric(b);
  if (!x || !y) throw opError('-', a, b);
  if (x.float || y.float) return mkFloat(toNumber(x.n) - toNumber(y.n));
  return intResult(toNumber(x.n) - toNumber(y.n), () => big(x.n) - big(y.n));
}

export function mul(a: unknown, b: unknown): unknown {
  checkOperand(a);
  checkOperand(b);
  const x = numeric(a);
  const y = numeric(b);
  if (x && y) {
    if (x.float || y.float) return mkFloat(toNumber(x.n) * toNumber(y.n));
    return intResult(toNumber(x.n) * toNumber(y.n), () => big(x.n) * big(y.n));
  }
  // Sequence repetition: 'ab' * 3, [0] * 3, 3 * 'x'.
  const [seq, count] = x && !x.float ? [b, x.n] : y && !y.float ? [a, y.n] : [null, null];
  if (count !== null) {
    const times = Math.max(0, toNumber(count));
    if (typeof seq === 'string' || seq instanceof Markup) {
      const s = typeof seq === 'string' ? seq : seq.s;
      checkSize(s.length * times);
      const r = s.repeat(times);
      return seq instanceof Markup ? new Markup(r) : r;
    }
    if (Array.isArray(seq)) {
      checkSize(seq.length * times);
      const r: unknown[] = [];
      for (let i = 0; i < times; i++) for (const item of seq) r.push(item);
      return tuples.has(seq) ? tuple(r) : r;
    }
  }
  throw opError('*', a, b);
}

/** Strings and lists built by one operation may not exceed this many items. */
export const MAX_BUILT_SIZE = 5_000_000;

export function checkSize(n: number): void {
  if (n > MAX_BUILT_SIZE) {
    throw new PyException('LimitExceeded', `result too large (${n} items; the limit is ${MAX_BUILT_SIZE})`);
  }
}

export function truediv(a: unknown, b: unknown): unknown {
  checkOperand(a);
  checkOperand(b);
  const x = numeric(a);
  const y = numeric(b);
  if (!x || !y) throw opError('/', a, b);
  const d = toNumber(y.n);
  if (d === 0) throw new PyException('ZeroDivisionError', x.float || y.float ? 'float division by zero' : 'division by zero');
  return mkFloat(toNumber(x.n) / d);
}

export function floordiv(a: unknown, b: unknown): unknown {
  checkOperand(a);
  checkOperand(b);
  const x = numeric(a);
  const y = numeric(b);
  if (!x || !y) throw opError('//', a, b);
  if (x.float || y.float) {
    const d = toNumber(y.n);
    if (d === 0) throw new PyException('ZeroDivisionError', 'float floor division by zero');
    return mkFloat(floatFloorDiv(toNumber(x.n), d));
  }
  if (big(y.n) === 0n) throw new PyException('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof x.n === 'number' && typeof y.n === 'number') return Math.floor(x.n / y.n) || 0;
  const p = big(x.n);
  const q = big(y.n);
  let r = p / q;
  if (p % q !== 0n && (p < 0n) !== (q < 0n)) r -= 1n;
  return mkInt(r);
}

/** CPython's float floor division (via divmod), exact where Math.floor(a / b) is not. */
function floatFloorDiv(vx: number, wx: number): number {
  const m = vx % wx;
  let div = (vx - m) / wx;
  if (m !== 0 && wx < 0 !== m < 0) div -= 1;
  if (div === 0) return vx / wx < 0 ? -0 : 0;
  let fd = Math.floor(div);
  if (div - fd > 0.5) fd += 1;
  return fd;
}

function pyFloatMod(n: number, d: number): number {
  const m = n % d;
  return m !== 0 && m < 0 !== d < 0 ? m + d : m;
}

export function mod(a: unknown, b: unknown): unknown {
  checkOperand(a);
  checkOperand(b);
  const x = numeric(a);
  const y = numeric(b);
  if (!x || !y) throw opError('%', a, b);
  if (x.float || y.float) {
    const d = toNumber(y.n);
    if (d === 0) throw new PyException('ZeroDivisionError', 'float modulo');
    const r = pyFloatMod(toNumber(x.n), d);
    return mkFloat(r === 0 ? (d < 0 ? -0 : 0) : r);
  }
  if (big(y.n) === 0n) throw new PyException('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof x.n === 'number' && typeof y.n === 'number') {
    const m = x.n % y.n;
    return (m !== 0 && m < 0 !== y.n < 0 ? m + y.n : m) || 0;
  }
  const p = big(x.n);
  const q = big(y.n);
  let m = p % q;
  if (m !== 0n && m < 0n !== q < 0n) m += q;
  return mkInt(m);
}

export function pow(a: unknown, b: unknown): unknown {
  checkOperand(a);
  checkOperand(b);
  const x = numeric(a);
  const y = numeric(b);
  if (!x || !y) throw opError('** or pow()', a, b);
  if (!x.float && !y.float) {
    const base = big(x.n);
    const exp = big(y.n);
    if (exp >= 0n) {
      const absBase = base < 0n ? -base : base;
      if (absBase > 1n && Number(exp) * (bitLength(absBase) - 3) > MAX_INT_BITS) {
        throw new PyException('OverflowError', 'integer result too large for a template');
      }
      return mkInt(base ** exp);
    }
    if (base === 0n) throw new PyException('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return mkFloat(Number(base) ** Number(exp));
  }
  const p = toNumber(x.n);
  const q = toNumber(y.n);
  if (p === 0 && q < 0) throw new PyException('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (p < 0 && !Number.isInteger(q)) throw new PyException('ValueError', 'complex results are not supported in templates');
  const r = p ** q;
  if (!Number.isFinite(r) && Number.isFinite(p) && Number.isFinite(q)) throw new PyException('OverflowError', 'Numerical result out of range');
  return mkFloat(r);
}

export function neg(a: unknown): unknown {
  checkOperand(a);
  if (typeof a === 'number') return Number.isInteger(a) ? 0 - a || 0 : -a;
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (typeof a === 'bigint') return mkInt(-a);
  if (a instanceof PyFloat) return new PyFloat(-a.value);
  throw typeError(`bad operand type for unary -: '${typeName(a)}'`);
}

export function pos(a: unknown): unknown {
  checkOperand(a);
  if (typeof a === 'boolean') return a ? 1 : 0;
  if (typeof a === 'number' || typeof a === 'bigint' || a instanceof PyFloat) return a;
  throw typeError(`bad operand type for unary +: '${typeName(a)}'`);
}

export function escapeHtml(s: string): string {
  if (!/[&<>"']/.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/'/g, '&#39;');
}

// ---------- comparison ----------

export function eq(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) {
    if (a instanceof Undefined && a.strict) throw undefinedError(a.hint);
    return typeof a !== 'number' || !Number.isNaN(a);
  }
  if (depth > MAX_VALUE_DEPTH) throw new PyException('RecursionError', 'maximum recursion depth exceeded in comparison');
  if (a instanceof Undefined || b instanceof Undefined) {
    if (a instanceof Undefined && a.strict) throw undefinedError(a.hint);
    if (b instanceof Undefined && b.strict) throw undefinedError(b.hint);
    return a instanceof Undefined && b instanceof Undefined;
  }
  const x = numeric(a);
  if (x) {
    const y = numeric(b);
    if (!y) return false;
    if (typeof x.n === 'bigint' || typeof y.n === 'bigint') {
      if (x.float || y.float) return toNumber(x.n) === toNumber(y.n);
      return big(x.n) === big(y.n);
    }
    return x.n === y.n;
  }
  if (typeof a === 'string' || a instanceof Markup) {
    if (typeof b === 'string') return (typeof a === 'string' ? a : a.s) === b;
    if (b instanceof Markup) return (typeof a === 'string' ? a : a.s) === b.s;
    return false;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || tuples.has(a) !== tuples.has(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (a instanceof PyDict || isDataDict(a)) {
    if (!(b instanceof PyDict || isDataDict(b))) return false;
    if (dictSize(a) !== dictSize(b)) return false;
    for (const k of dictKeys(a)) {
      const other = dictGet(b, k);
      if (!other.found || !eq(dictGet(a, k).value, other.value, depth + 1)) return false;
    }
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    return a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
  }
  return false;
}

/** Python's a < b (and friends via sign): TypeError across incomparable types. */
export function compare(a: unknown, b: unknown, op: string, depth = 0): number {
  checkOperand(a);
  checkOperand(b);
  const x = numeric(a);
  const y = numeric(b);
  if (x && y) {
    if (typeof x.n === 'bigint' || typeof y.n === 'bigint') {
      if (x.float || y.float) {
        const p = toNumber(x.n);
        const q = toNumber(y.n);
        return p < q ? -1 : p > q ? 1 : 0;
      }
      const p = big(x.n);
      const q = big(y.n);
      return p < q ? -1 : p > q ? 1 : 0;
    }
    const p = x.n as number;
    const q = y.n as number;
    if (Number.isNaN(p) || Number.isNaN(q)) return NaN;
    return p < q ? -1 : p > q ? 1 : 0;
  }
  if ((typeof a === 'string' || a instanceof Markup) && (typeof b === 'string' || b instanceof Markup)) {
    return compareStrings(typeof a === 'string' ? a : a.s, typeof b === 'string' ? b : b.s);
  }
  if (Array.isArray(a) && Array.isArray(b) && tuples.has(a) === tuples.has(b)) {
    if (depth > MAX_VALUE_DEPTH) throw new PyException('RecursionError', 'maximum recursion depth exceeded in comparison');
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!eq(a[i], b[i], depth + 1)) return compare(a[i], b[i], op, depth + 1);
    }
    return a.length - b.length;
  }
  throw typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function lt(a: unknown, b: unknown): boolean {
  return compare(a, b, '<') < 0;
}
export function le(a: unknown, b: unknown): boolean {
  return compare(a, b, '<=') <= 0;
}
export function gt(a: unknown, b: unknown): boolean {
  return compare(a, b, '>') > 0;
}
export function ge(a: unknown, b: unknown): boolean {
  return compare(a, b, '>=') >= 0;
}

/** `item in container`. */
export function contains(container: unknown, item: unknown): boolean {
  checkDefined(container);
  if (typeof container === 'string' || container instanceof Markup) {
    const s = typeof container === 'string' ? container : container.s;
    if (typeof item === 'string') return s.includes(item);
    if (item instanceof Markup) return s.includes(item.s);
    checkDefined(item);
    throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
  }
  if (container instanceof PyDict || isDataDict(container)) {
    checkDefined(item);
    return dictGet(container, item).found;
  }
  if (container instanceof PyRange) {
    const x = numeric(item);
    if (!x) return false;
    const n = toNumber(x.n);
    if (!Number.isInteger(n)) return false;
    const i = (n - container.start) / container.step;
    return Number.isInteger(i) && i >= 0 && i < container.length;
  }
  if (container instanceof Namespace) throw typeError("argument of type 'Namespace' is not iterable");
  if (Array.isArray(container) || container instanceof PyIter) {
    const items = Array.isArray(container) ? container : container.items;
    for (const x of items) if (eq(x, item)) return true;
    return false;
  }
  throw typeError(`argument of type '${typeName(container)}' is not iterable`);
}

// ---------- iteration and length ----------

/** Materialises any iterable as an array (strings by code point); TypeError otherwise. */
export function iterate(v: unknown, maxItems: number): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return isSimpleString(v) ? v.split('') : Array.from(v);
  if (v instanceof PyObject) {
    if (v instanceof PyIter) return v.items;
    if (v instanceof PyRange) {
      if (v.length > maxItems) {
        throw new PyException('LimitExceeded', `range of ${v.length} items is larger than the loop limit (${maxItems})`);
      }
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) out[i] = v.at(i);
      return out;
    }
    if (v instanceof PyDict) return [...v.map.keys()];
    if (v instanceof Markup) return Array.from(v.s);
    if (v instanceof Undefined) {
      if (v.strict) throw undefinedError(v.hint);
      return [];
    }
    if (v instanceof PyCallable) throw typeError(`'${v.typeName}' object is not iterable`);
  }
  if (isDataDict(v)) return Object.keys(v);
  throw typeError(`'${typeName(v)}' object is not iterable`);
}

export function isIterable(v: unknown): boolean {
  if (v instanceof Undefined) return !v.strict;
  return (
    Array.isArray(v) ||
    typeof v === 'string' ||
    v instanceof PyIter ||
    v instanceof PyRange ||
    v instanceof PyDict ||
    v instanceof Markup ||
    isDataDict(v)
  );
}

export function length(v: unknown): number {
  if (typeof v === 'string') return pyLen(v);
  if (Array.isArray(v)) return v.length;
  if (v instanceof Markup) return pyLen(v.s);
  if (v instanceof PyDict) return v.map.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyIter && v.sized) return v.items.length;
  if (v instanceof Undefined) {
    if (v.strict) throw undefinedError(v.hint);
    return 0;
  }
  if (v instanceof Namespace) throw typeError("object of type 'Namespace' has no len()");
  if (isDataDict(v)) return Object.keys(v).length;
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

/** `a ~ b`: both sides through str(). */
export function concatStr(parts: unknown[]): string {
  let out = '';
  for (const p of parts) out += pyStr(p);
  checkSize(out.length);
  return out;
}

export { pyRepr };
