/**
 * `x.y` and `x[y]` with Jinja's rules (attribute first for `.`, item first for `[]`), slices, and
 * the Python methods a template may call on str, list and dict. This is the whole surface a
 * template can reach: no JavaScript property is ever looked up by a name the template chose.
 */
import { bindArgs, noKwargs } from './call-args.js';
import { strFormat } from './format.js';
import { PyException, typeError, undefinedError, valueError } from './py-exception.js';
import {
  checkDefined,
  checkSize,
  contains,
  eq,
  iterate,
  length as pyLength,
  compare,
} from './operators.js';
import { PY_SPACE, isPySpace, isSimpleString, pyLen, pyStr, pyStrip, splitWhitespace } from './pystr.js';
import {
  MISSING,
  Markup,
  PyCallable,
  PyDict,
  PyFloat,
  PyIter,
  PyObject,
  PyRange,
  PySlice,
  Undefined,
  dictDelete,
  dictEntries,
  dictGet,
  dictKeys,
  dictSet,
  isDataDict,
  namedFields,
  objectTypeRepr,
  tuple,
  tuples,
  typeName,
  type CallArgs,
} from './values.js';

/** How many items one call may produce (list repetition, splits, ...). */
const MAX_ITEMS = 1_000_000;

function undefinedAttr(obj: unknown, name: unknown): Undefined {
  if (typeof name === 'string') return new Undefined(`'${objectTypeRepr(obj)}' has no attribute '${name}'`);
  return new Undefined(`${objectTypeRepr(obj)} has no element ${pyStr(name)}`);
}

/** `obj.name`: the attribute if there is one, else the item, else a strict Undefined. */
export function getattr(obj: unknown, name: string): unknown {
  if (isDataDict(obj)) {
    const m = dictMethod(obj, name);
    if (m) return m;
    if (Object.hasOwn(obj, name)) {
      const v = obj[name];
      if (v !== undefined) return v;
    }
    return undefinedAttr(obj, name);
  }
  const a = attribute(obj, name);
  if (a !== MISSING) return a;
  const item = subscript(obj, name);
  return item === MISSING ? undefinedAttr(obj, name) : item;
}

/** `obj[key]`: the item if there is one, else (for string keys) the attribute. */
export function getitem(obj: unknown, key: unknown): unknown {
  const item = subscript(obj, key);
  if (item !== MISSING) return item;
  if (typeof key === 'string') {
    const a = attribute(obj, key);
    if (a !== MISSING) return a;
  }
  return undefinedAttr(obj, key);
}

/** Only the attribute (the `attr` filter): never falls back to items. */
export function attrOnly(obj: unknown, name: string): unknown {
  const a = attribute(obj, name);
  return a === MISSING ? undefinedAttr(obj, name) : a;
}

function attribute(obj: unknown, name: string): unknown {
  if (obj instanceof Undefined) throw undefinedError(obj.hint);
  if (typeof obj === 'string') return strMethod(obj, name) ?? MISSING;
  if (obj instanceof Markup) return strMethod(obj.s, name) ?? MISSING;
  if (Array.isArray(obj)) {
    const fields = namedFields.get(obj);
    if (fields) {
      const i = fields.indexOf(name);
      if (i >= 0) return obj[i];
    }
    return listMethod(obj, name) ?? MISSING;
  }
  if (obj instanceof PyDict || isDataDict(obj)) return dictMethod(obj, name) ?? MISSING;
  if (obj instanceof PyObject) {
    if (obj instanceof PyFloat && (name === 'real')) return obj;
    return obj.attr(name);
  }
  if (typeof obj === 'number' || typeof obj === 'bigint') {
    if (name === 'real') return obj;
    if (name === 'imag') return 0;
  }
  return MISSING;
}

function subscript(obj: unknown, key: unknown): unknown {
  if (obj instanceof Undefined) throw undefinedError(obj.hint);
  if (Array.isArray(obj)) {
    if (key instanceof PySlice) {
      const r = sliceArray(obj, key);
      return tuples.has(obj) ? tuple(r) : r;
    }
    const i = indexOf(key, obj.length);
    return i === null ? MISSING : obj[i];
  }
  if (typeof obj === 'string' || obj instanceof Markup) {
    const s = typeof obj === 'string' ? obj : obj.s;
    if (isSimpleString(s)) {
      if (key instanceof PySlice) return sliceString(s, key);
      const i = indexOf(key, s.length);
      return i === null ? MISSING : (s[i] as string);
    }
    const cps = Array.from(s);
    if (key instanceof PySlice) return sliceArray(cps, key).join('');
    const i = indexOf(key, cps.length);
    return i === null ? MISSING : cps[i];
  }
  if (obj instanceof PyDict || isDataDict(obj)) {
    const got = dictGet(obj, key);
    return got.found ? got.value : MISSING;
  }
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) {
      const { start, step, indices } = sliceIndices(obj.length, key);
      if (indices.length === 0) return new PyRange(0, 0, 1);
      return new PyRange(obj.at(start), obj.at(start) + indices.length * obj.step * step, obj.step * step);
    }
    const i = indexOf(key, obj.length);
    return i === null ? MISSING : obj.at(i);
  }
  return MISSING;
}

function indexOf(key: unknown, len: number): number | null {
  let i: number;
  if (typeof key === 'number' && Number.isInteger(key)) i = key;
  else if (typeof key === 'boolean') i = key ? 1 : 0;
  else return null;
  if (i < 0) i += len;
  return i >= 0 && i < len ? i : null;
}

function sliceBound(v: unknown, name: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  checkDefined(v);
  throw typeError(`slice indices must be integers or None or have an __index__ method (${name})`);
}

/** Python's slice.indices(len), expanded to the list of picked indices. */
function sliceIndices(len: number, s: PySlice): { start: number; step: number; indices: number[] } {
  const step = sliceBound(s.step, 'step') ?? 1;
  if (step === 0) throw valueError('slice step cannot be zero');
  let start = sliceBound(s.start, 'start');
  let stop = sliceBound(s.stop, 'stop');
  if (step > 0) {
    start = start === null ? 0 : start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    stop = stop === null ? len : stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
  } else {
    start = start === null ? len - 1 : start < 0 ? Math.max(-1, start + len) : Math.min(start, len - 1);
    stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + len) : Math.min(stop, len - 1);
  }
  const indices: number[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) indices.push(i);
  else for (let i = start; i > stop; i += step) indices.push(i);
  return { start, step, indices };
}

function sliceArray<T>(arr: T[], s: PySlice): T[] {
  if ((s.step === null || s.step === undefined) && !(s.start instanceof Undefined) && !(s.stop instanceof Undefined)) {
    const len = arr.length;
    let a = sliceBound(s.start, 'start') ?? 0;
    let b = sliceBound(s.stop, 'stop') ?? len;
    if (a < 0) a = Math.max(0, a + len);
    if (b < 0) b = Math.max(0, b + len);
    return arr.slice(a, b);
  }
  return sliceIndices(arr.length, s).indices.map((i) => arr[i] as T);
}

function sliceString(str: string, s: PySlice): string {
  if (s.step === null || s.step === undefined) {
    const len = str.length;
    let a = sliceBound(s.start, 'start') ?? 0;
    let b = sliceBound(s.stop, 'stop') ?? len;
    if (a < 0) a = Math.max(0, a + len);
    if (b < 0) b = Math.max(0, b + len);
    return str.slice(a, b);
  }
  return sliceIndices(str.length, s).indices.map((i) => str[i]).join('');
}

// ---------- methods ----------

function method(name: string, fn: (a: CallArgs) => unknown): PyCallable {
  return new PyCallable(name, fn);
}

function requireStr(v: unknown, fname: string): string {
  if (typeof v === 'string') return v;
  if (v instanceof Markup) return v.s;
  checkDefined(v);
  throw typeError(`${fname}() argument must be str, not ${typeName(v)}`);
}

function optInt(v: unknown, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  checkDefined(v);
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** Code-point view of a string for index-based methods. */
function cpView(s: string): string[] | string {
  return isSimpleString(s) ? s : Array.from(s);
}

function clampRange(len: number, start: unknown, end: unknown): [number, number] {
  let a = optInt(start, 0);
  let b = optInt(end, len);
  if (a < 0) a = Math.max(0, a + len);
  if (b < 0) b = Math.max(0, b + len);
  return [Math.min(a, len), Math.min(b, len)];
}

function findIn(s: string, sub: string, start: unknown, end: unknown, fromRight: boolean): number {
  const view = cpView(s);
  const [a, b] = clampRange(view.length, start, end);
  if (b - a < 0) return -1;
  const hay = typeof view === 'string' ? view.slice(a, b) : view.slice(a, b).join('');
  const at = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (at < 0) return -1;
  return a + (typeof view === 'string' ? at : pyLen(hay.slice(0, at)));
}

function padTo(s: string, width: number, fill: string, align: 'left' | 'right' | 'center'): string {
  const n = pyLen(s);
  if (width <= n) return s;
  checkSize(width);
  const marg = width - n;
  if (align === 'left') return s + fill.repeat(marg);
  if (align === 'right') return fill.repeat(marg) + s;
  // CPython: left = marg // 2 + (marg & width & 1)
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

function fillChar(v: unknown): string {
  if (v === undefined) return ' ';
  const f = requireStr(v, 'fill');
  if (pyLen(f) !== 1) throw typeError('The fill character must be exactly one character long');
  return f;
}

const LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;

function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of s.matchAll(LINE_BREAK)) {
    const end = m.index + m[0].length;
    out.push(keepends ? s.slice(last, end) : s.slice(last, m.index));
    last = end;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

function splitSep(s: string, sep: string, maxsplit: number, fromRight: boolean): string[] {
  if (sep === '') throw valueError('empty separator');
  const parts = s.split(sep);
  if (maxsplit < 0 || parts.length - 1 <= maxsplit) return parts;
  if (!fromRight) return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
  const keep = parts.length - maxsplit;
  return [parts.slice(0, keep).join(sep), ...parts.slice(keep)];
}

const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

/** Python's str.title(): a cased character after an uncased one is upper-cased. */
export function pyTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    out += prevCased ? ch.toLowerCase() : ch.toUpperCase();
    prevCased = CASED.test(ch);
  }
  return out;
}

/** Python's str.capitalize(): first character title-cased, the rest lower-cased. */
export function pyCapitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const head = String.fromCodePoint(first);
  return titleCaseChar(head) + s.slice(head.length).toLowerCase();
}

function titleCaseChar(ch: string): string {
  // Title case differs from upper case only for digraphs such as ǆ → ǅ.
  const special: Record<string, string> = { ǆ: 'ǅ', Ǆ: 'ǅ', ǅ: 'ǅ', ǉ: 'ǈ', Ǉ: 'ǈ', ǈ: 'ǈ', ǌ: 'ǋ', Ǌ: 'ǋ', ǋ: 'ǋ', ǳ: 'ǲ', Ǳ: 'ǲ', ǲ: 'ǲ' };
  return special[ch] ?? ch.toUpperCase();
}

function swapcase(s: string): string {
  let out = '';
  for (const ch of s) {
    const up = ch.toUpperCase();
    out += up !== ch ? up : ch.toLowerCase();
  }
  return out;
}

function allChars(s: string, test: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!test(ch)) return false;
  return true;
}

function prefixTest(s: string, a: CallArgs, fname: string, atEnd: boolean): boolean {
  const [prefix, start, end] = bindArgs(fname, ['prefix', 'start', 'end'], a, 1);
  const view = cpView(s);
  const [from, to] = clampRange(view.length, start, end);
  const part = typeof view === 'string' ? view.slice(from, to) : view.slice(from, to).join('');
  const options = Array.isArray(prefix) && tuples.has(prefix) ? prefix : [prefix];
  return options.some((p) => {
    const text = requireStr(p, fname);
    return atEnd ? part.endsWith(text) : part.startsWith(text);
  });
}

/** Python's str.replace, including the empty-pattern case ('ab'.replace('', '-') == '-a-b-'). */
export function replaceText(s: string, old: string, repl: string, count: number): string {
  if (count === 0) return s;
  if (old === '') {
    const cps = Array.from(s);
    const out: string[] = [];
    let used = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (count < 0 || used < count) {
        out.push(repl);
        used++;
      }
      if (i < cps.length) out.push(cps[i] as string);
    }
    const r = out.join('');
    checkSize(r.length);
    return r;
  }
  if (count < 0) {
    const r = s.split(old).join(repl);
    checkSize(r.length);
    return r;
  }
  let out = '';
  let rest = s;
  for (let i = 0; i < count; i++) {
    const at = rest.indexOf(old);
    if (at < 0) break;
    out += rest.slice(0, at) + repl;
    rest = rest.slice(at + old.length);
  }
  return out + rest;
}

function strMethod(s: string, name: string): PyCallable | null {
  switch (name) {
    case 'upper':
      return method(name, (a) => (noKwargs(name, a), s.toUpperCase()));
    case 'lower':
      return method(name, (a) => (noKwargs(name, a), s.toLowerCase()));
    case 'casefold':
      return method(name, (a) => (noKwargs(name, a), s.toUpperCase().toLowerCase()));
    case 'title':
      return method(name, (a) => (noKwargs(name, a), pyTitle(s)));
    case 'capitalize':
      return method(name, (a) => (noKwargs(name, a), pyCapitalize(s)));
    case 'swapcase':
      return method(name, (a) => (noKwargs(name, a), swapcase(s)));
    case 'strip':
    case 'lstrip':
    case 'rstrip':
      return method(name, (a) => {
        const [chars] = bindArgs(name, ['chars'], a);
        const c = chars === undefined || chars === null ? null : requireStr(chars, name);
        return pyStrip(s, c, name !== 'rstrip', name !== 'lstrip');
      });
    case 'split':
    case 'rsplit':
      return method(name, (a) => {
        const [sep, maxsplit] = bindArgs(name, ['sep', 'maxsplit'], a);
        const max = optInt(maxsplit, -1);
        if (sep === undefined || sep === null) {
          if (name === 'split' || max < 0) return splitWhitespace(s, max);
          const rev = splitWhitespace(Array.from(s).reverse().join(''), max);
          return rev.map((x) => Array.from(x).reverse().join('')).reverse();
        }
        return splitSep(s, requireStr(sep, name), max, name === 'rsplit');
      });
    case 'splitlines':
      return method(name, (a) => {
        const [keepends] = bindArgs(name, ['keepends'], a);
        return splitLines(s, keepends === true);
      });
    case 'join':
      return method(name, (a) => {
        const [iterable] = bindArgs(name, ['iterable'], a, 1);
        const items = iterate(iterable, MAX_ITEMS);
        const parts = items.map((x, i) => {
          if (typeof x === 'string') return x;
          if (x instanceof Markup) return x.s;
          throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
        });
        const r = parts.join(s);
        checkSize(r.length);
        return r;
      });
    case 'replace':
      return method(name, (a) => {
        const [old, repl, count] = bindArgs(name, ['old', 'new', 'count'], a, 2);
        return replaceText(s, requireStr(old, name), requireStr(repl, name), optInt(count, -1));
      });
    case 'startswith':
      return method(name, (a) => prefixTest(s, a, name, false));
    case 'endswith':
      return method(name, (a) => prefixTest(s, a, name, true));
    case 'find':
    case 'rfind':
    case 'index':
    case 'rindex':
      return method(name, (a) => {
        const [sub, start, end] = bindArgs(name, ['sub', 'start', 'end'], a, 1);
        const at = findIn(s, requireStr(sub, name), start, end, name.startsWith('r'));
        if (at < 0 && name.endsWith('index')) throw valueError('substring not found');
        return at;
      });
    case 'count':
      return method(name, (a) => {
        const [sub, start, end] = bindArgs(name, ['sub', 'start', 'end'], a, 1);
        const needle = requireStr(sub, name);
        const view = cpView(s);
        const [from, to] = clampRange(view.length, start, end);
        if (to < from) return 0;
        const part = typeof view === 'string' ? view.slice(from, to) : view.slice(from, to).join('');
        if (needle === '') return pyLen(part) + 1;
        return part.split(needle).length - 1;
      });
    case 'isdigit':
    case 'isdecimal':
    case 'isnumeric':
      return method(name, (a) => (noKwargs(name, a), allChars(s, (c) => (name === 'isnumeric' ? /\p{N}/u : /\p{Nd}/u).test(c))));
    case 'isalpha':
      return method(name, (a) => (noKwargs(name, a), allChars(s, (c) => /\p{L}/u.test(c))));
    case 'isalnum':
      return method(name, (a) => (noKwargs(name, a), allChars(s, (c) => /[\p{L}\p{N}]/u.test(c))));
    case 'isspace':
      return method(name, (a) => (noKwargs(name, a), allChars(s, isPySpace)));
    case 'isascii':
      return method(name, (a) => (noKwargs(name, a), /^[\x00-\x7f]*$/.test(s)));
    case 'isupper':
    case 'islower':
      return method(name, (a) => {
        noKwargs(name, a);
        let cased = false;
        for (const ch of s) {
          if (!CASED.test(ch)) continue;
          cased = true;
          if (name === 'isupper' ? ch !== ch.toUpperCase() : ch !== ch.toLowerCase()) return false;
        }
        return cased;
      });
    case 'istitle':
      return method(name, (a) => (noKwargs(name, a), CASED.test(s) && pyTitle(s) === s));
    case 'isidentifier':
      return method(name, (a) => (noKwargs(name, a), /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s)));
    case 'zfill':
      return method(name, (a) => {
        const [width] = bindArgs(name, ['width'], a, 1);
        const w = optInt(width, 0);
        const n = pyLen(s);
        if (w <= n) return s;
        checkSize(w);
        const sign = s[0] === '-' || s[0] === '+' ? (s[0] as string) : '';
        return sign + '0'.repeat(w - n) + s.slice(sign.length);
      });
    case 'center':
    case 'ljust':
    case 'rjust':
      return method(name, (a) => {
        const [width, fill] = bindArgs(name, ['width', 'fillchar'], a, 1);
        return padTo(s, optInt(width, 0), fillChar(fill), name === 'center' ? 'center' : name === 'ljust' ? 'left' : 'right');
      });
    case 'partition':
    case 'rpartition':
      return method(name, (a) => {
        const [sep] = bindArgs(name, ['sep'], a, 1);
        const p = requireStr(sep, name);
        if (p === '') throw valueError('empty separator');
        const at = name === 'partition' ? s.indexOf(p) : s.lastIndexOf(p);
        if (at < 0) return tuple(name === 'partition' ? [s, '', ''] : ['', '', s]);
        return tuple([s.slice(0, at), p, s.slice(at + p.length)]);
      });
    case 'removeprefix':
    case 'removesuffix':
      return method(name, (a) => {
        const [fix] = bindArgs(name, ['fix'], a, 1);
        const f = requireStr(fix, name);
        if (!f) return s;
        if (name === 'removeprefix') return s.startsWith(f) ? s.slice(f.length) : s;
        return s.endsWith(f) ? s.slice(0, s.length - f.length) : s;
      });
    case 'expandtabs':
      return method(name, (a) => {
        const [tabsize] = bindArgs(name, ['tabsize'], a);
        const size = optInt(tabsize, 8);
        let col = 0;
        let out = '';
        for (const ch of s) {
          if (ch === '\t') {
            const n = size > 0 ? size - (col % size) : 0;
            checkSize(out.length + n);
            out += ' '.repeat(n);
            col += n;
          } else {
            out += ch;
            col = ch === '\n' || ch === '\r' ? 0 : col + 1;
          }
        }
        checkSize(out.length);
        return out;
      });
    case 'format':
      return method(name, (a) => strFormat(s, a.args, a.kwargs ?? new Map(), formatLookup));
    case 'format_map':
      return method(name, (a) => {
        const [mapping] = bindArgs(name, ['mapping'], a, 1);
        const kw = new Map<string, unknown>();
        if (mapping instanceof PyDict || isDataDict(mapping)) for (const [k, v] of dictEntries(mapping)) kw.set(pyStr(k), v);
        return strFormat(s, [], kw, formatLookup);
      });
    default:
      return null;
  }
}

function formatLookup(value: unknown, name: string, isIndex: boolean): unknown {
  const key = isIndex && /^\d+$/.test(name) ? Number(name) : name;
  const v = isIndex ? getitem(value, key) : getattr(value, name);
  if (v instanceof Undefined) throw new PyException(isIndex ? 'KeyError' : 'AttributeError', v.hint);
  return v;
}

function listMethod(list: unknown[], name: string): PyCallable | null {
  const isTupleValue = tuples.has(list);
  switch (name) {
    case 'index':
      return method(name, (a) => {
        const [x] = bindArgs(name, ['value', 'start', 'stop'], a, 1);
        for (let i = 0; i < list.length; i++) if (eq(list[i], x)) return i;
        throw valueError(`${pyStr(x)} is not in list`);
      });
    case 'count':
      return method(name, (a) => {
        const [x] = bindArgs(name, ['value'], a, 1);
        return list.filter((y) => eq(y, x)).length;
      });
  }
  if (isTupleValue) return null;
  switch (name) {
    case 'append':
      return method(name, (a) => {
        const [x] = bindArgs(name, ['object'], a, 1);
        checkSize(list.length + 1);
        list.push(x);
        return null;
      });
    case 'extend':
      return method(name, (a) => {
        const [x] = bindArgs(name, ['iterable'], a, 1);
        const items = iterate(x, MAX_ITEMS);
        checkSize(list.length + items.length);
        list.push(...items);
        return null;
      });
    case 'insert':
      return method(name, (a) => {
        const [at, x] = bindArgs(name, ['index', 'object'], a, 2);
        let i = optInt(at, 0);
        if (i < 0) i = Math.max(0, i + list.length);
        checkSize(list.length + 1);
        list.splice(Math.min(i, list.length), 0, x);
        return null;
      });
    case 'pop':
      return method(name, (a) => {
        const [at] = bindArgs(name, ['index'], a);
        if (list.length === 0) throw new PyException('IndexError', 'pop from empty list');
        let i = optInt(at, -1);
        if (i < 0) i += list.length;
        if (i < 0 || i >= list.length) throw new PyException('IndexError', 'pop index out of range');
        return list.splice(i, 1)[0];
      });
    case 'remove':
      return method(name, (a) => {
        const [x] = bindArgs(name, ['value'], a, 1);
        const i = list.findIndex((y) => eq(y, x));
        if (i < 0) throw valueError('list.remove(x): x not in list');
        list.splice(i, 1);
        return null;
      });
    case 'reverse':
      return method(name, (a) => (noKwargs(name, a), list.reverse(), null));
    case 'sort':
      return method(name, (a) => {
        const [, reverse] = bindArgs(name, ['key', 'reverse'], a);
        list.sort((x, y) => compare(x, y, '<'));
        if (reverse === true) list.reverse();
        return null;
      });
    case 'copy':
      return method(name, (a) => (noKwargs(name, a), list.slice()));
    case 'clear':
      return method(name, (a) => (noKwargs(name, a), (list.length = 0), null));
    default:
      return null;
  }
}

function dictMethod(d: Record<string, unknown> | PyDict, name: string): PyCallable | null {
  switch (name) {
    case 'items':
      return method(name, (a) => (noKwargs(name, a), new PyIter(dictEntries(d).map(([k, v]) => tuple([k, v])), 'dict_items', true)));
    case 'keys':
      return method(name, (a) => (noKwargs(name, a), new PyIter(dictKeys(d), 'dict_keys', true)));
    case 'values':
      return method(name, (a) => (noKwargs(name, a), new PyIter(dictEntries(d).map(([, v]) => v), 'dict_values', true)));
    case 'get':
      return method(name, (a) => {
        const [key, fallback] = bindArgs(name, ['key', 'default'], a, 1);
        const got = dictGet(d, key);
        return got.found ? got.value : (fallback ?? null);
      });
    case 'pop':
      return method(name, (a) => {
        const [key, fallback] = bindArgs(name, ['key', 'default'], a, 1);
        const got = dictGet(d, key);
        if (got.found) {
          dictDelete(d, key);
          return got.value;
        }
        if (a.args.length > 1 || a.kwargs?.has('default')) return fallback;
        throw new PyException('KeyError', pyStr(key));
      });
    case 'setdefault':
      return method(name, (a) => {
        const [key, fallback] = bindArgs(name, ['key', 'default'], a, 1);
        const got = dictGet(d, key);
        if (got.found) return got.value;
        dictSet(d, key, fallback ?? null);
        return fallback ?? null;
      });
    case 'update':
      return method(name, (a) => {
        const [other] = bindArgs(name, ['other'], { args: a.args, kwargs: null });
        if (other !== undefined) {
          if (other instanceof PyDict || isDataDict(other)) for (const [k, v] of dictEntries(other)) dictSet(d, k, v);
          else for (const pair of iterate(other, MAX_ITEMS)) {
            const kv = iterate(pair, 2);
            if (kv.length !== 2) throw valueError('dictionary update sequence element has wrong length');
            dictSet(d, kv[0], kv[1]);
          }
        }
        if (a.kwargs) for (const [k, v] of a.kwargs) dictSet(d, k, v);
        return null;
      });
    case 'copy':
      return method(name, (a) => (noKwargs(name, a), new PyDict(dictEntries(d))));
    case 'clear':
      return method(name, (a) => {
        noKwargs(name, a);
        for (const k of dictKeys(d)) dictDelete(d, k);
        return null;
      });
    case 'popitem':
      return method(name, (a) => {
        noKwargs(name, a);
        const entries = dictEntries(d);
        const last = entries[entries.length - 1];
        if (!last) throw new PyException('KeyError', "'popitem(): dictionary is empty'");
        dictDelete(d, last[0]);
        return tuple([last[0], last[1]]);
      });
    default:
      return null;
  }
}

