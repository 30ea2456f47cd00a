/**
 * Python's text forms of values: `str()` (what `{{ x }}` prints), `repr()` (inside containers),
 * float repr (shortest round-trip, `1e+16`, `2.0`), and exact decimal rounding for `%.2f`,
 * `round()` and `'{:.1%}'`, which must round the binary value half-to-even as CPython does.
 */
import { PyException, undefinedError } from './py-exception.js';
import {
  Markup,
  Namespace,
  PyCallable,
  PyDict,
  PyFloat,
  PyIter,
  PyRange,
  Undefined,
  dictEntries,
  isDataDict,
  tuples,
} from './values.js';

/** Nesting depth past which printing a value gives up (data may be nested 10^5 deep). */
export const MAX_VALUE_DEPTH = 500;

export function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? intStr(v) : floatRepr(v);
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v instanceof Markup) return v.s;
  if (v instanceof Undefined) {
    if (v.strict) throw undefinedError(v.hint);
    return '';
  }
  return pyRepr(v, 0);
}

function intStr(n: number): string {
  // Integral numbers are ints; -0 only arises from int arithmetic and prints as 0.
  return n === 0 ? '0' : String(n);
}

export function pyRepr(v: unknown, depth: number): string {
  if (depth > MAX_VALUE_DEPTH) throw new PyException('RecursionError', 'maximum recursion depth exceeded while getting the repr of an object');
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'number') return Number.isInteger(v) ? intStr(v) : floatRepr(v);
  if (typeof v === 'bigint') return v.toString();
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof Markup) return `Markup(${strRepr(v.s)})`;
  if (Array.isArray(v)) {
    const parts = v.map((x) => pyRepr(x, depth + 1));
    if (tuples.has(v)) return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
    return `[${parts.join(', ')}]`;
  }
  if (v instanceof PyDict || isDataDict(v)) {
    const parts = dictEntries(v).map(([k, x]) => `${pyRepr(k, depth + 1)}: ${pyRepr(x, depth + 1)}`);
    return `{${parts.join(', ')}}`;
  }
  // repr() of an Undefined never fails (only str() of a strict one does): `[missing]` prints [Undefined].
  if (v instanceof Undefined) return 'Undefined';
  if (v instanceof PyRange) {
    return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  }
  if (v instanceof Namespace) {
    const parts = [...v.attrs.entries()].map(([k, x]) => `${strRepr(k)}: ${pyRepr(x, depth + 1)}`);
    return `<Namespace {${parts.join(', ')}}>`;
  }
  if (v instanceof PyIter) {
    if (v.sized) return `${v.typeName}([${v.items.map((x) => pyRepr(x, depth + 1)).join(', ')}])`;
    return `<${v.typeName} object>`;
  }
  if (v instanceof PyCallable) return `<${v.typeName} ${v.name}>`;
  return '<object>';
}

// Python's str.isprintable(): everything but controls, format chars, surrogates, private use,
// unassigned code points and separators other than the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr() of a str: quote choice and escapes as CPython writes them. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      out += cp <= 0xff ? '\\x' + hex(cp, 2) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  // Between 1e-4 and 1e16 JS and Python print the same shortest digits in positional form.
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const { negative, digits, exponent } = shortestDigits(x);
  // value = 0.d1d2d3... × 10^exponent; Python switches to exponent form when exponent < -3 or > 16.
  const sign = negative ? '-' : '';
  if (exponent > 16 || exponent < -3) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = exponent - 1;
    return `${sign}${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (exponent <= 0) return `${sign}0.${'0'.repeat(-exponent)}${digits}`;
  if (exponent >= digits.length) return `${sign}${digits}${'0'.repeat(exponent - digits.length)}.0`;
  return `${sign}${digits.slice(0, exponent)}.${digits.slice(exponent)}`;
}

/** Shortest round-trip decimal digits of a finite non-zero double (JS and CPython agree on these). */
export function shortestDigits(x: number): { negative: boolean; digits: string; exponent: number } {
  const negative = x < 0;
  const s = Math.abs(x).toExponential();
  const eAt = s.indexOf('e');
  const mantissa = s.slice(0, eAt).replace('.', '');
  const e = Number(s.slice(eAt + 1));
  const digits = mantissa.replace(/0+$/, '') || '0';
  return { negative, digits, exponent: e + 1 };
}

// ---------- exact decimal rounding ----------

/** The exact value of a finite double as numerator / 2^shift (numerator signed). */
function exactRational(x: number): { num: bigint; shift: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mantissa |= 1n << 52n;
    exp = expBits - 1075;
  }
  let num = negative ? -mantissa : mantissa;
  if (exp >= 0) return { num: num << BigInt(exp), shift: 0n };
  // Reduce the fraction so the shift stays small.
  let shift = -exp;
  while (shift > 0 && num !== 0n && (num & 1n) === 0n) {
    num >>= 1n;
    shift--;
  }
  return { num, shift: BigInt(shift) };
}

/** round(n / d) with ties to even, for d > 0. */
function divRoundHalfEven(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const a = negative ? -n : n;
  let q = a / d;
  const r2 = (a % d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q += 1n;
  return negative ? -q : q;
}

/** x × 10^places rounded half-to-even on the exact binary value, as an integer. */
export function scaledRound(x: number, places: number): bigint {
  const { num, shift } = exactRational(x);
  if (places >= 0) return divRoundHalfEven(num * 10n ** BigInt(places), 1n << shift);
  return divRoundHalfEven(num, (1n << shift) * 10n ** BigInt(-places));
}

/** `'%.{p}f' % x` exactly as CPython prints it (digits only; no sign handling for nan/inf here). */
export function formatFixed(x: number, precision: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const q = scaledRound(x, precision);
  const negative = q < 0n || (q === 0n && (x < 0 || Object.is(x, -0)));
  let digits = (q < 0n ? -q : q).toString();
  if (precision > 0) {
    digits = digits.padStart(precision + 1, '0');
    digits = `${digits.slice(0, -precision)}.${digits.slice(-precision)}`;
  }
  return (negative ? '-' : '') + digits;
}

/** `'%.{p}e' % x` exactly as CPython prints it. */
export function formatExponent(x: number, precision: number, upper = false): string {
  if (!Number.isFinite(x)) return upper ? nonFinite(x).toUpperCase() : nonFinite(x);
  const negative = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let e = ax === 0 ? 0 : Math.floor(Math.log10(ax));
  let q = scaledRound(ax, precision - e);
  const limit = 10n ** BigInt(precision + 1);
  if (q >= limit) {
    e += 1;
    q = scaledRound(ax, precision - e);
  } else if (ax !== 0 && q < limit / 10n) {
    e -= 1;
    q = scaledRound(ax, precision - e);
  }
  let digits = q.toString();
  if (precision > 0) digits = `${digits[0]}.${digits.slice(1)}`;
  const exp = `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return `${negative ? '-' : ''}${digits}${upper ? 'E' : 'e'}${exp}`;
}

/** `'%.{p}g' % x`: the shorter of fixed and exponent forms, trailing zeros removed unless `alternate`. */
export function formatGeneral(x: number, precision: number, upper = false, alternate = false): string {
  if (!Number.isFinite(x)) return upper ? nonFinite(x).toUpperCase() : nonFinite(x);
  const p = precision === 0 ? 1 : precision;
  if (x === 0) {
    const z = alternate ? `0.${'0'.repeat(p - 1)}` : '0';
    return (Object.is(x, -0) ? '-' : '') + (p > 1 && alternate ? z : z.replace(/\.$/, ''));
  }
  const expForm = formatExponent(x, p - 1, upper);
  const e = Number(expForm.slice(expForm.search(/[eE]/) + 1));
  let out: string;
  if (e >= -4 && e < p) out = formatFixed(x, p - 1 - e);
  else out = expForm;
  if (!alternate) {
    out = out.replace(/(\.\d*?)0+(?=$|[eE])/, '$1').replace(/\.(?=$|[eE])/, '');
  }
  return out;
}

function nonFinite(x: number): string {
  return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Python's round(x, n) for floats: correctly rounded, ties to even, result a float. */
export function roundFloat(x: number, places: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Fast path: when x·10^n is clearly not a tie, rounding the float product agrees with rounding
  // the exact value, and q / 10^n (both exact) is the correctly rounded result Python computes.
  if (places >= 0 && places <= 22) {
    const scale = POW10[places] as number;
    const y = x * scale;
    if (Math.abs(y) < 2 ** 52) {
      const frac = Math.abs(y - Math.trunc(y));
      if (Math.abs(frac - 0.5) > 1e-6) {
        const q = Math.round(y);
        const r = q / scale;
        return r === 0 && x < 0 ? -0 : r;
      }
    }
  }
  if (places > 300 || places < -330) return places > 0 ? x : 0 * x;
  const q = scaledRound(x, places);
  const r = Number(`${q.toString()}e${-places}`);
  return r === 0 && x < 0 ? -0 : r;
}

// ---------- strings as sequences of code points ----------

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when every character is one UTF-16 unit, so string indices equal Python's. */
export function isSimpleString(s: string): boolean {
  return !SURROGATE.test(s);
}

export function codePoints(s: string): string[] {
  return Array.from(s);
}

export function pyLen(s: string): number {
  if (isSimpleString(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Compares strings by code point, as Python does (JS compares UTF-16 units). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        const cx = a.codePointAt(i) ?? x;
        const cy = b.codePointAt(i) ?? y;
        return cx < cy ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Python's str.isspace() characters, as a regex character-class body. */
export const PY_SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'g');
const LEAD_SPACE = new RegExp(`^[${PY_SPACE}]+`);
const TRAIL_SPACE = new RegExp(`[${PY_SPACE}]+$`);

export function pyStrip(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars === null) {
    let r = s;
    if (left) r = r.replace(LEAD_SPACE, '');
    if (right) r = r.replace(TRAIL_SPACE, '');
    return r;
  }
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (left) while (a < b && set.has(cps[a] as string)) a++;
  if (right) while (b > a && set.has(cps[b - 1] as string)) b--;
  return cps.slice(a, b).join('');
}

/** str.split() without a separator: runs of whitespace, leading/trailing ignored. */
export function splitWhitespace(s: string, maxsplit = -1): string[] {
  const out: string[] = [];
  let rest = s.replace(LEAD_SPACE, '');
  while (rest) {
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(rest);
      break;
    }
    SPACE_RUN.lastIndex = 0;
    const m = SPACE_RUN.exec(rest);
    if (!m) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

/** Python's str.isspace() for a single code point string. */
const ONE_SPACE = new RegExp(`^[${PY_SPACE}]$`);

export function isPySpace(ch: string): boolean {
  return ONE_SPACE.test(ch);
}
