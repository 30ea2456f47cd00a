/**
 * Jinja2's built-in filters with their argument names, defaults and quirks (case-insensitive
 * sort/unique/groupby, truncate leeway 5, `int` reading "3.9" as 3, iterators from map/select).
 */
import { attrOnly, getitem, pyCapitalize, replaceText } from './attributes.js';
import { NO_ARGS, bindArgs } from './call-args.js';
import { percentFormat } from './format.js';
import { PyException, typeError, valueError } from './py-exception.js';
import {
  add,
  checkDefined,
  checkOperand,
  checkSize,
  compare,
  eq,
  escapeHtml,
  iterate,
  length,
  truthy,
} from './operators.js';
import {
  PY_SPACE,
  floatRepr,
  formatFixed,
  pyLen,
  pyRepr,
  pyStr,
  pyStrip,
  roundFloat,
  splitWhitespace,
} from './pystr.js';
import type { FilterFn, Runtime } from './runtime.js';
import { toJson } from './tojson.js';
import {
  Markup,
  PyDict,
  PyFloat,
  PyIter,
  PyRange,
  Undefined,
  dictEntries,
  isDataDict,
  isDict,
  isTuple,
  mkFloat,
  mkInt,
  namedTuple,
  tuple,
  type CallArgs,
} from './values.js';

/** `soft_str`: str() that keeps Markup as Markup. */
function softStr(v: unknown): string | Markup {
  return v instanceof Markup ? v : pyStr(v);
}

function text(v: unknown): string {
  return v instanceof Markup ? v.s : pyStr(v);
}

/** Applies a str → str function, keeping Markup-ness as MarkupSafe's string methods do. */
function mapText(v: unknown, fn: (s: string) => string): string | Markup {
  const s = softStr(v);
  return s instanceof Markup ? new Markup(fn(s.s)) : fn(s);
}

function optInt(v: unknown, fallback: number, what = 'argument'): number {
  if (v === undefined) return fallback;
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  checkDefined(v);
  throw typeError(`${what} must be an integer, not ${v === null ? 'NoneType' : typeof v}`);
}

function items(rt: Runtime, v: unknown): unknown[] {
  return iterate(v, rt.limits.maxIterations);
}

/** Dotted attribute paths as Jinja's make_attrgetter reads them ("a.b.0"). */
function attributeParts(attribute: unknown): unknown[] {
  if (attribute === undefined || attribute === null) return [];
  if (typeof attribute === 'string') return attribute.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return [attribute];
}

function attrGetter(attribute: unknown, postprocess: ((v: unknown) => unknown) | null, fallback?: unknown): (item: unknown) => unknown {
  const parts = attributeParts(attribute);
  return (item) => {
    let v = item;
    for (const p of parts) {
      v = getitem(v, p);
      if (fallback !== undefined && fallback !== null && v instanceof Undefined) v = fallback;
    }
    return postprocess ? postprocess(v) : v;
  };
}

const ignoreCase = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v instanceof Markup ? v.s.toLowerCase() : v);

function sortKeyCompare(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compare(a[i], b[i], '<');
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return compare(a, b, '<');
}

/** Python's sorted(value, key, reverse): stable, and reverse keeps equal items in order. */
function pySorted(values: unknown[], key: (v: unknown) => unknown, reverse: boolean): unknown[] {
  const keyed = values.map((v, i) => ({ v, k: key(v), i }));
  keyed.sort((x, y) => {
    const c = sortKeyCompare(x.k, y.k);
    if (c !== 0 && !Number.isNaN(c)) return reverse ? -c : c;
    return x.i - y.i;
  });
  return keyed.map((x) => x.v);
}

function toInt(v: unknown, fallback: unknown, base: number): unknown {
  checkOperand(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) || 0 : fallback;
  if (typeof v === 'bigint') return v;
  if (v instanceof PyFloat) return Number.isFinite(v.value) ? Math.trunc(v.value) || 0 : fallback;
  if (typeof v === 'string' || v instanceof Markup) {
    const s = (typeof v === 'string' ? v : v.s).trim().replace(/_/g, '').toLowerCase();
    const parsed = parseIntLiteral(s, base);
    if (parsed !== null) return parsed;
    const f = parseFloatLiteral(s);
    if (f !== null && Number.isFinite(f)) return Math.trunc(f) || 0;
    return fallback;
  }
  return fallback;
}

function parseIntLiteral(s: string, base: number): number | bigint | null {
  const m = /^([+-]?)(?:(0[box])?)([0-9a-z]+)$/.exec(s);
  if (!m) return null;
  const [, sign, prefix, digits = ''] = m;
  let b = base;
  if (prefix) {
    const pb = prefix === '0b' ? 2 : prefix === '0o' ? 8 : 16;
    if (base !== 0 && base !== pb) return null;
    b = pb;
  } else if (base === 0) {
    if (/^0+$/.test(digits)) return 0;
    if (digits.startsWith('0')) return null;
    b = 10;
  }
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  let n = 0n;
  for (const c of digits) {
    const d = alphabet.indexOf(c);
    if (d < 0) return null;
    n = n * BigInt(b) + BigInt(d);
  }
  return mkInt(sign === '-' ? -n : n);
}

/** Python float() of a string: decimal, exponent, inf/nan, underscores already removed. */
function parseFloatLiteral(s: string): number | null {
  if (/^[+-]?(inf|infinity)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(s)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return null;
  return Number(s);
}

function toFloat(v: unknown, fallback: unknown): unknown {
  checkOperand(v);
  if (typeof v === 'boolean') return new PyFloat(v ? 1 : 0);
  if (typeof v === 'number') return mkFloat(v);
  if (typeof v === 'bigint') return mkFloat(Number(v));
  if (v instanceof PyFloat) return v;
  if (typeof v === 'string' || v instanceof Markup) {
    const f = parseFloatLiteral((typeof v === 'string' ? v : v.s).trim().replace(/_/g, '').toLowerCase());
    return f === null ? fallback : mkFloat(f);
  }
  return fallback;
}

function numberOf(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  checkDefined(v);
  throw typeError(`must be real number, not ${v === null ? 'NoneType' : typeof v === 'string' ? 'str' : 'object'}`);
}

// ---------- HTML helpers ----------

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™', hellip: '…',
  mdash: '—', ndash: '–', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
  middot: '·', times: '×', divide: '÷', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', plusmn: '±',
  para: '¶', sect: '§', shy: '\u00ad', iexcl: '¡', iquest: '¿', eacute: 'é', egrave: 'è', agrave: 'à', uuml: 'ü',
  ouml: 'ö', auml: 'ä', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ',
};

/** html.unescape for numeric references and the common named entities. */
function unescapeHtml(s: string): string {
  return s.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(cp) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    return ENTITIES[ref] ?? m;
  });
}

function striptags(s: string): string {
  let v = s;
  for (let start = v.indexOf('<!--'); start !== -1; start = v.indexOf('<!--')) {
    const end = v.indexOf('-->', start);
    if (end === -1) break;
    v = v.slice(0, start) + v.slice(end + 3);
  }
  for (let start = v.indexOf('<'); start !== -1; start = v.indexOf('<')) {
    const end = v.indexOf('>', start);
    if (end === -1) break;
    v = v.slice(0, start) + v.slice(end + 1);
  }
  return unescapeHtml(splitWhitespace(v).join(' '));
}

/** urllib.parse.quote over UTF-8 bytes; `/` is kept unless `forQuery`. */
function urlQuote(v: unknown, forQuery: boolean): string {
  const s = typeof v === 'string' ? v : text(v);
  const safe = forQuery ? /[A-Za-z0-9_.\-~]/ : /[A-Za-z0-9_.\-~/]/;
  let out = '';
  for (const ch of s) {
    if (safe.test(ch)) out += ch;
    else for (const b of new TextEncoder().encode(ch)) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return forQuery ? out.replace(/%20/g, '+') : out;
}

// ---------- text wrapping (Python textwrap, as do_wordwrap configures it) ----------

const TW_SPACE = '\\t\\n\\x0b\\x0c\\r ';
const WORDSEP = new RegExp(
  `([${TW_SPACE}]+|(?<=[\\p{L}\\p{N}_!"'&.,?])-{2,}(?=[\\p{L}\\p{N}_])|[^${TW_SPACE}]+?(?:-(?:(?<=[\\p{L}_]{2}-)|(?<=[\\p{L}_]-[\\p{L}_]-))(?=[\\p{L}_]-?[\\p{L}_])|(?=[${TW_SPACE}]|$)|(?<=[\\p{L}\\p{N}_!"'&.,?])(?=-{2,}[\\p{L}\\p{N}_])))`,
  'u',
);
const WORDSEP_SIMPLE = new RegExp(`([${TW_SPACE}]+)`, 'u');

function textwrap(s: string, width: number, breakLong: boolean, breakOnHyphens: boolean): string[] {
  if (width <= 0) throw valueError(`invalid width ${width} (must be > 0)`);
  const chunks = s.split(breakOnHyphens ? WORDSEP : WORDSEP_SIMPLE).filter((c) => c);
  chunks.reverse();
  const lines: string[] = [];
  const isBlank = (c: string): boolean => c.trim() === '' && /^[\t\n\x0b\x0c\r ]*$/.test(c);
  while (chunks.length) {
    const line: string[] = [];
    let len = 0;
    if (lines.length && isBlank(chunks[chunks.length - 1] as string)) chunks.pop();
    while (chunks.length) {
      const l = (chunks[chunks.length - 1] as string).length;
      if (len + l <= width) {
        line.push(chunks.pop() as string);
        len += l;
      } else break;
    }
    if (chunks.length && (chunks[chunks.length - 1] as string).length > width) {
      const spaceLeft = width < 1 ? 1 : width - len;
      if (breakLong) {
        const chunk = chunks[chunks.length - 1] as string;
        let end = spaceLeft;
        if (breakOnHyphens && chunk.length > spaceLeft) {
          const hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
          if (hyphen > 0 && /[^-]/.test(chunk.slice(0, hyphen))) end = hyphen + 1;
        }
        line.push(chunk.slice(0, end));
        chunks[chunks.length - 1] = chunk.slice(end);
      } else if (!line.length) line.push(chunks.pop() as string);
      len = line.reduce((n, c) => n + c.length, 0);
    }
    if (line.length && isBlank(line[line.length - 1] as string)) {
      len -= (line.pop() as string).length;
    }
    if (line.length) lines.push(line.join(''));
  }
  return lines;
}

// ---------- pprint ----------

/** pprint.pformat for values that fit on one line: repr with dict keys sorted. */
function pformat(v: unknown, depth = 0): string {
  if (depth > 500) throw new PyException('RecursionError', 'maximum recursion depth exceeded');
  if (v instanceof PyDict || isDataDict(v)) {
    const entries = dictEntries(v);
    entries.sort((a, b) => compare(a[0], b[0], '<'));
    return `{${entries.map(([k, x]) => `${pformat(k, depth + 1)}: ${pformat(x, depth + 1)}`).join(', ')}}`;
  }
  if (Array.isArray(v)) {
    const parts = v.map((x) => pformat(x, depth + 1));
    if (isTuple(v)) return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
    return `[${parts.join(', ')}]`;
  }
  return pyRepr(v, depth);
}

// ---------- the filters ----------

/** A filter with named parameters, bound Python-style (positional or keyword). */
function fn(params: readonly string[], required: number, apply: (rt: Runtime, value: unknown, args: unknown[]) => unknown): FilterFn {
  const f: FilterFn = (rt, value, a) => apply(rt, value, a === NO_ARGS && required === 0 ? [] : bindArgs('filter', params, a, required));
  f.bound = { params, required, apply };
  return f;
}

function minOrMax(wantMax: boolean): FilterFn {
  return fn(['case_sensitive', 'attribute'], 0, (rt, value, [caseSensitive, attribute]) => {
    const list = items(rt, value);
    if (list.length === 0) return new Undefined('No aggregated item, sequence was empty.');
    const key = attrGetter(attribute, caseSensitive === true ? null : ignoreCase);
    let best = list[0];
    let bestKey = key(best);
    for (let i = 1; i < list.length; i++) {
      const k = key(list[i]);
      const c = compare(k, bestKey, wantMax ? '>' : '<');
      if (wantMax ? c > 0 : c < 0) {
        best = list[i];
        bestKey = k;
      }
    }
    return best;
  });
}

function selectOrReject(select: boolean, lookupAttr: boolean): FilterFn {
  return (rt, value, a) => {
    if (a.args.length === 0 && lookupAttr) throw new PyException('FilterArgumentError', 'Missing parameter for attribute name');
    const list = items(rt, value);
    const getter = lookupAttr ? attrGetter(a.args[0], null) : (x: unknown) => x;
    const off = lookupAttr ? 1 : 0;
    const testName = a.args[off];
    const testArgs = a.args.slice(off + 1);
    const check =
      testName === undefined
        ? (x: unknown) => truthy(x)
        : (x: unknown) => rt.callTest(text(testName), x, testArgs);
    const out: unknown[] = [];
    for (const item of list) {
      if (check(getter(item)) === select) out.push(item);
    }
    return new PyIter(out, 'generator');
  };
}

const escape: FilterFn = (_rt, value) => (value instanceof Markup ? value : new Markup(escapeHtml(text(value))));

function joinValues(rt: Runtime, value: unknown, separator: unknown, attribute: unknown): string {
  let list = items(rt, value);
  if (attribute !== undefined && attribute !== null) list = list.map(attrGetter(attribute, null));
  const sep = separator === undefined ? '' : text(separator);
  const parts = list.map(text);
  // Check the size before joining: a 10 MB separator must not build a 20 MB string first.
  checkSize(parts.reduce((n, p) => n + p.length, 0) + sep.length * Math.max(0, parts.length - 1));
  return parts.join(sep);
}

export const FILTERS: ReadonlyMap<string, FilterFn> = new Map<string, FilterFn>([
  ['abs', (_rt, v) => {
    checkDefined(v);
    if (typeof v === 'number') return Math.abs(v);
    if (typeof v === 'bigint') return v < 0n ? -v : v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
    throw typeError(`bad operand type for abs(): '${v === null ? 'NoneType' : typeof v === 'string' ? 'str' : 'object'}'`);
  }],
  ['attr', fn(['name'], 1, (_rt, v, [name]) => attrOnly(v, text(name)))],
  ['batch', fn(['linecount', 'fill_with'], 1, (rt, v, [count, fill]) => {
    const n = optInt(count, 1, 'linecount');
    if (n <= 0) throw valueError('batch size must be positive');
    const out: unknown[][] = [];
    let cur: unknown[] = [];
    for (const item of items(rt, v)) {
      if (cur.length === n) {
        out.push(cur);
        cur = [];
      }
      cur.push(item);
    }
    if (cur.length) {
      if (fill !== undefined && fill !== null) while (cur.length < n) cur.push(fill);
      out.push(cur);
    }
    return new PyIter(out, 'generator');
  })],
  ['capitalize', (_rt, v) => mapText(v, pyCapitalize)],
  ['center', fn(['width'], 0, (_rt, v, [width]) => {
    const s = text(v);
    const w = optInt(width, 80, 'width');
    const n = pyLen(s);
    if (w <= n) return s;
    checkSize(w);
    const marg = w - n;
    const left = Math.floor(marg / 2) + (marg & w & 1);
    return ' '.repeat(left) + s + ' '.repeat(marg - left);
  })],
  ['count', (_rt, v) => length(v)],
  ['d', fn(['default_value', 'boolean'], 0, (_rt, v, [dflt, boolean]) => defaultValue(v, dflt, boolean))],
  ['default', fn(['default_value', 'boolean'], 0, (_rt, v, [dflt, boolean]) => defaultValue(v, dflt, boolean))],
  ['dictsort', fn(['case_sensitive', 'by', 'reverse'], 0, (_rt, v, [caseSensitive, by, reverse]) => {
    if (!isDict(v)) {
      checkDefined(v);
      throw new PyException('AttributeError', `'${v === null ? 'NoneType' : 'object'}' object has no attribute 'items'`);
    }
    const pos = by === undefined || by === 'key' ? 0 : by === 'value' ? 1 : -1;
    if (pos < 0) throw new PyException('FilterArgumentError', 'You can only sort by either "key" or "value"');
    const pairs = dictEntries(v).map(([k, x]) => tuple([k, x]));
    return pySorted(pairs, (p) => {
      const x = (p as unknown[])[pos];
      return caseSensitive === true ? x : ignoreCase(x);
    }, reverse === true);
  })],
  ['e', escape],
  ['escape', escape],
  ['filesizeformat', fn(['binary'], 0, (_rt, v, [binary]) => {
    const bytes = numberOf(toFloat(v, null) ?? v);
    const bin = truthy(binary ?? false);
    const base = bin ? 1024 : 1000;
    const prefixes = bin ? ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] : ['kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
    if (bytes === 1) return '1 Byte';
    if (bytes < base) return `${Math.trunc(bytes)} Bytes`;
    let unit = base;
    let prefix = prefixes[0] as string;
    for (let i = 0; i < prefixes.length; i++) {
      unit = base ** (i + 2);
      prefix = prefixes[i] as string;
      if (bytes < unit) break;
    }
    return `${formatFixed((base * bytes) / unit, 1)} ${prefix}`;
  })],
  ['first', (rt, v) => {
    const list = items(rt, v);
    return list.length ? list[0] : new Undefined('No first item, sequence was empty.');
  }],
  ['float', fn(['default'], 0, (_rt, v, [dflt]) => toFloat(v, dflt === undefined ? new PyFloat(0) : dflt))],
  ['forceescape', (_rt, v) => new Markup(escapeHtml(text(v)))],
  ['format', (_rt, v, a) => {
    if (a.args.length && a.kwargs && a.kwargs.size) {
      throw new PyException('FilterArgumentError', "can't handle positional and keyword arguments at the same time");
    }
    const fmt = softStr(v);
    return percentFormat(fmt, a.kwargs && a.kwargs.size ? new PyDict(a.kwargs) : tuple(a.args.slice()));
  }],
  ['groupby', fn(['attribute', 'default', 'case_sensitive'], 1, (rt, v, [attribute, dflt, caseSensitive]) => {
    const key = attrGetter(attribute, caseSensitive === true ? null : ignoreCase, dflt);
    const sorted = pySorted(items(rt, v), key, false);
    const groups: { key: unknown; list: unknown[] }[] = [];
    for (const item of sorted) {
      const k = key(item);
      const last = groups[groups.length - 1];
      if (last && eq(last.key, k)) last.list.push(item);
      else groups.push({ key: k, list: [item] });
    }
    const realKey = caseSensitive === true ? null : attrGetter(attribute, null, dflt);
    return groups.map((g) => namedTuple(['grouper', 'list'], [realKey ? realKey(g.list[0]) : g.key, g.list]));
  })],
  ['indent', fn(['width', 'first', 'blank'], 0, (_rt, v, [width, first, blank]) => {
    const indention = typeof width === 'string' ? width : ' '.repeat(Math.max(0, optInt(width, 4, 'width')));
    const s = text(v) + '\n';
    const lines = splitLinesForIndent(s);
    let rv: string;
    if (blank === true) rv = lines.join('\n' + indention);
    else {
      rv = lines.shift() ?? '';
      if (lines.length) rv += '\n' + lines.map((line) => (line ? indention + line : line)).join('\n');
    }
    if (first === true) rv = indention + rv;
    checkSize(rv.length);
    return v instanceof Markup ? new Markup(rv) : rv;
  })],
  ['int', fn(['default', 'base'], 0, (_rt, v, [dflt, base]) => toInt(v, dflt === undefined ? 0 : dflt, optInt(base, 10, 'base')))],
  ['items', (_rt, v) => {
    if (v instanceof Undefined) return new PyIter([], 'generator');
    if (!isDict(v)) throw typeError('Can only get item pairs from a mapping.');
    return new PyIter(dictEntries(v).map(([k, x]) => tuple([k, x])), 'generator');
  }],
  ['join', fn(['d', 'attribute'], 0, (rt, v, [d, attribute]) => joinValues(rt, v, d, attribute))],
  ['last', (rt, v) => {
    if (v instanceof PyIter && !v.sized) throw typeError(`'${v.typeName}' object is not reversible`);
    const list = items(rt, v);
    return list.length ? list[list.length - 1] : new Undefined('No last item, sequence was empty.');
  }],
  ['length', (_rt, v) => length(v)],
  ['list', (rt, v) => items(rt, v).slice()],
  ['lower', (_rt, v) => mapText(v, (s) => s.toLowerCase())],
  ['map', (rt, v, a) => {
    const list = items(rt, v);
    let func: (x: unknown) => unknown;
    if (a.args.length === 0 && a.kwargs?.has('attribute')) {
      const extra = [...a.kwargs.keys()].find((k) => k !== 'attribute' && k !== 'default');
      if (extra) throw new PyException('FilterArgumentError', `Unexpected keyword argument '${extra}'`);
      func = attrGetter(a.kwargs.get('attribute'), null, a.kwargs.get('default'));
    } else {
      if (a.args.length === 0) throw new PyException('FilterArgumentError', 'map requires a filter argument');
      const name = text(a.args[0]);
      const rest: CallArgs = { args: a.args.slice(1), kwargs: a.kwargs };
      func = (x) => rt.callFilter(name, x, rest);
    }
    return new PyIter(list.map(func), 'generator');
  }],
  ['max', minOrMax(true)],
  ['min', minOrMax(false)],
  ['pprint', (_rt, v) => pformat(v)],
  ['random', (rt, v) => {
    const list = items(rt, v);
    if (list.length === 0) throw new PyException('IndexError', 'Cannot choose from an empty sequence');
    return list[Math.floor(Math.random() * list.length)];
  }],
  ['reject', selectOrReject(false, false)],
  ['rejectattr', selectOrReject(false, true)],
  ['replace', fn(['old', 'new', 'count'], 2, (_rt, v, [old, repl, count]) => {
    const s = text(v);
    const from = text(old);
    const to = text(repl);
    const n = count === undefined || count === null ? -1 : optInt(count, -1, 'count');
    return replaceText(s, from, to, n);
  })],
  ['reverse', (rt, v) => {
    if (typeof v === 'string' || v instanceof Markup) {
      const r = Array.from(text(v)).reverse().join('');
      return v instanceof Markup ? new Markup(r) : r;
    }
    if (Array.isArray(v)) return new PyIter(v.slice().reverse(), 'list_reverseiterator');
    if (v instanceof PyRange) return new PyIter(items(rt, v).slice().reverse(), 'range_iterator');
    if (v instanceof PyIter && v.sized) return new PyIter(v.items.slice().reverse(), `${v.typeName.replace('dict_', 'dict_reverse')}iterator`);
    return items(rt, v).slice().reverse();
  }],
  ['round', fn(['precision', 'method'], 0, (_rt, v, [precision, method]) => {
    const m = method ?? 'common';
    if (m !== 'common' && m !== 'ceil' && m !== 'floor') throw new PyException('FilterArgumentError', 'method must be common, ceil or floor');
    const p = optInt(precision, 0, 'precision');
    checkDefined(v);
    const isIntValue = (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
    if (m === 'common') {
      if (isIntValue) {
        if (p >= 0) return typeof v === 'boolean' ? (v ? 1 : 0) : v;
        const n = Number(v);
        return Math.round(roundFloat(n, p)) || 0;
      }
      return mkFloat(roundFloat(numberOf(v), p));
    }
    const x = numberOf(v);
    const scale = 10 ** p;
    return mkFloat((m === 'ceil' ? Math.ceil(x * scale) : Math.floor(x * scale)) / scale);
  })],
  ['safe', (_rt, v) => (v instanceof Markup ? v : new Markup(text(v)))],
  ['select', selectOrReject(true, false)],
  ['selectattr', selectOrReject(true, true)],
  ['slice', fn(['slices', 'fill_with'], 1, (rt, v, [slices, fill]) => {
    const seq = items(rt, v);
    const n = optInt(slices, 1, 'slices');
    if (n <= 0) throw new PyException('ZeroDivisionError', 'integer division or modulo by zero');
    const per = Math.floor(seq.length / n);
    const extra = seq.length % n;
    let offset = 0;
    const out: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const start = offset + i * per;
      if (i < extra) offset++;
      const end = offset + (i + 1) * per;
      const part = seq.slice(start, end);
      if (fill !== undefined && fill !== null && i >= extra) part.push(fill);
      out.push(part);
    }
    return new PyIter(out, 'generator');
  })],
  ['sort', fn(['reverse', 'case_sensitive', 'attribute'], 0, (rt, v, [reverse, caseSensitive, attribute]) => {
    const specs = typeof attribute === 'string' ? attribute.split(',') : [attribute];
    const getters = specs.map((s) => attrGetter(s, caseSensitive === true ? null : ignoreCase));
    const key = getters.length === 1 ? (x: unknown) => [(getters[0] as (x: unknown) => unknown)(x)] : (x: unknown) => getters.map((g) => g(x));
    return pySorted(items(rt, v), key, reverse === true);
  })],
  ['string', (_rt, v) => softStr(v)],
  ['striptags', (_rt, v) => striptags(text(v))],
  ['sum', fn(['attribute', 'start'], 0, (rt, v, [attribute, start]) => {
    let list = items(rt, v);
    if (attribute !== undefined && attribute !== null) list = list.map(attrGetter(attribute, null));
    let total: unknown = start === undefined ? 0 : start;
    for (const x of list) total = add(total, x);
    return total;
  })],
  ['title', (_rt, v) => mapText(v, jinjaTitle)],
  ['tojson', fn(['indent'], 0, (_rt, v, [indent]) => toJson(v, indent === undefined || indent === null ? null : typeof indent === 'string' ? indent : optInt(indent, 0, 'indent')))],
  ['trim', fn(['chars'], 0, (_rt, v, [chars]) => mapText(v, (s) => pyStrip(s, chars === undefined || chars === null ? null : text(chars), true, true)))],
  ['truncate', fn(['length', 'killwords', 'end', 'leeway'], 0, (_rt, v, [len, killwords, end, leeway]) => {
    const s = text(v);
    const n = optInt(len, 255, 'length');
    const tail = end === undefined ? '...' : text(end);
    const lee = leeway === undefined || leeway === null ? 5 : optInt(leeway, 5, 'leeway');
    const tailLen = pyLen(tail);
    if (n < tailLen) throw new PyException('AssertionError', `expected length >= ${tailLen}, got ${n}`);
    if (lee < 0) throw new PyException('AssertionError', `expected leeway >= 0, got ${lee}`);
    const cps = Array.from(s);
    if (cps.length <= n + lee) return s;
    const head = cps.slice(0, n - tailLen).join('');
    if (killwords === true) return head + tail;
    const cut = head.lastIndexOf(' ');
    return (cut < 0 ? head : head.slice(0, cut)) + tail;
  })],
  ['unique', fn(['case_sensitive', 'attribute'], 0, (rt, v, [caseSensitive, attribute]) => {
    const key = attrGetter(attribute, caseSensitive === true ? null : ignoreCase);
    const seen: unknown[] = [];
    const out: unknown[] = [];
    for (const item of items(rt, v)) {
      const k = key(item);
      if (!seen.some((s) => eq(s, k))) {
        seen.push(k);
        out.push(item);
      }
    }
    return new PyIter(out, 'generator');
  })],
  ['upper', (_rt, v) => mapText(v, (s) => s.toUpperCase())],
  ['urlencode', (_rt, v) => {
    checkDefined(v);
    if (typeof v === 'string' || v instanceof Markup || !(Array.isArray(v) || isDict(v) || v instanceof PyIter)) return urlQuote(typeof v === 'string' ? v : text(v), false);
    const pairs = isDict(v) ? dictEntries(v) : iterate(v, 1_000_000).map((p) => iterate(p, 2) as [unknown, unknown]);
    return pairs.map(([k, x]) => `${urlQuote(text(k), true)}=${urlQuote(text(x), true)}`).join('&');
  }],
  ['urlize', fn(['trim_url_limit', 'nofollow', 'target', 'rel', 'extra_schemes'], 0, (_rt, v, [trim, nofollow, target, rel]) =>
    urlize(text(v), trim === undefined || trim === null ? null : optInt(trim, 0), nofollow === true, target, rel),
  )],
  ['wordcount', (_rt, v) => (text(v).match(/[\p{L}\p{N}_]+/gu) ?? []).length],
  ['wordwrap', fn(['width', 'break_long_words', 'wrapstring', 'break_on_hyphens'], 0, (_rt, v, [width, breakLong, wrapstring, breakOnHyphens]) => {
    const w = optInt(width, 79, 'width');
    const wrap = wrapstring === undefined || wrapstring === null ? '\n' : text(wrapstring);
    const lines = splitLinesForIndent(text(v));
    return lines.map((line) => textwrap(line, w, breakLong !== false, breakOnHyphens !== false).join(wrap)).join(wrap);
  })],
  ['xmlattr', fn(['autospace'], 0, (_rt, v, [autospace]) => {
    if (!isDict(v)) {
      checkDefined(v);
      throw new PyException('AttributeError', "object has no attribute 'items'");
    }
    const parts: string[] = [];
    for (const [k, x] of dictEntries(v)) {
      if (x === null || x instanceof Undefined) continue;
      const key = text(k);
      if (/[\s/>=]/.test(key)) throw valueError(`Invalid character in attribute name: ${pyRepr(key, 0)}`);
      parts.push(`${escapeHtml(key)}="${escapeHtml(text(x))}"`);
    }
    const rv = parts.join(' ');
    return autospace !== false && rv ? ' ' + rv : rv;
  })],
]);

function defaultValue(v: unknown, dflt: unknown, boolean: unknown): unknown {
  const fallback = dflt === undefined ? '' : dflt;
  if (v instanceof Undefined) return fallback;
  if (boolean === true && !truthy(v)) return fallback;
  return v;
}

/** Jinja's do_title: capitalise after `-`, whitespace and opening brackets (not after apostrophes). */
function jinjaTitle(s: string): string {
  return s
    .split(/([-\s({[<]+)/u)
    .filter((item) => item)
    .map((item) => {
      const first = item.codePointAt(0) as number;
      const head = String.fromCodePoint(first);
      return head.toUpperCase() + item.slice(head.length).toLowerCase();
    })
    .join('');
}

function splitLinesForIndent(s: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of s.matchAll(/\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g)) {
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

/** Jinja's urlize: wraps http(s)/www/email words in links (the text is HTML-escaped). */
function urlize(s: string, trimLimit: number | null, nofollow: boolean, target: unknown, rel: unknown): string {
  const relParts = new Set(typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : []);
  if (nofollow) relParts.add('nofollow');
  const relAttr = relParts.size ? ` rel="${escapeHtml([...relParts].sort().join(' '))}"` : '';
  const targetAttr = typeof target === 'string' && target ? ` target="${escapeHtml(target)}"` : '';
  const trimUrl = (x: string): string => (trimLimit !== null && x.length > trimLimit ? `${x.slice(0, trimLimit)}${x.length >= 3 ? '...' : ''}` : x);
  return s
    .split(/(\s+)/)
    .map((word) => {
      if (!word || /^\s+$/.test(word)) return word;
      const m = /^([(<]|&lt;)*(.*?)([.,)>\n]|&gt;)*$/s.exec(word) as RegExpExecArray;
      const head = m[1] ?? '';
      const middle = m[2] ?? '';
      const tail = word.slice(head.length + middle.length);
      let link: string | null = null;
      if (/^https?:\/\//i.test(middle)) link = `<a href="${escapeHtml(middle)}"${relAttr}${targetAttr}>${escapeHtml(trimUrl(middle))}</a>`;
      else if (/^www\./i.test(middle) || (/^[\w.-]+\.(?:com|net|org)$/i.test(middle) && !middle.includes('@'))) {
        link = `<a href="https://${escapeHtml(middle)}"${relAttr}${targetAttr}>${escapeHtml(trimUrl(middle))}</a>`;
      } else if (/^mailto:/i.test(middle) || /^[^@\s:]+@[\w-]+(\.[\w-]+)+$/.test(middle)) {
        const addr = middle.replace(/^mailto:/i, '');
        link = `<a href="mailto:${escapeHtml(addr)}">${escapeHtml(addr)}</a>`;
      }
      return link ? escapeHtml(head) + link + escapeHtml(tail) : escapeHtml(word);
    })
    .join('');
}

