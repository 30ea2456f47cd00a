/**
 * Python string formatting: `'%5.1f%%' % x` (printf style, also the `format` filter) and
 * `'{:,.2f}'.format(x)` (the format mini-language), with CPython's rounding and padding rules.
 */
import { PyException, typeError, valueError } from './py-exception.js';
import { checkSize, escapeHtml, length } from './operators.js';
import { floatRepr, formatExponent, formatFixed, formatGeneral, pyRepr, pyStr } from './pystr.js';
import { Markup, PyFloat, dictGet, isDict, isTuple, typeName } from './values.js';

// ---------- printf style ----------

const PRINTF_SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?([diouxXeEfFgGcrsa%])?/y;

/** `fmt % args` for a str left operand. */
export function percentFormat(fmt: string | Markup, args: unknown): string | Markup {
  const markup = fmt instanceof Markup;
  const text = markup ? fmt.s : fmt;
  const escapeArg = (v: unknown): unknown => (markup && !(v instanceof Markup) ? new Markup(escapeHtml(pyStr(v))) : v);
  const positional = isTuple(args) ? args.map(escapeArg) : null;
  const mapping = !positional && isDict(args) ? args : null;
  let next = 0;
  let usedSingle = false;
  const single = positional ? null : escapeArg(args);
  const take = (): unknown => {
    if (positional) {
      if (next >= positional.length) throw typeError('not enough arguments for format string');
      return positional[next++];
    }
    if (usedSingle) throw typeError('not enough arguments for format string');
    usedSingle = true;
    return single;
  };
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('%', i);
    if (at < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, at);
    PRINTF_SPEC.lastIndex = at;
    const m = PRINTF_SPEC.exec(text);
    if (!m || m[5] === undefined) throw valueError(`incomplete format`);
    i = PRINTF_SPEC.lastIndex;
    const [, key, flags = '', widthText, precText, type] = m;
    if (type === '%') {
      out += '%';
      continue;
    }
    let value: unknown;
    if (key !== undefined) {
      if (!mapping) throw typeError('format requires a mapping');
      const got = dictGet(mapping, key);
      if (!got.found) throw new PyException('KeyError', `'${key}'`);
      value = escapeArg(got.value);
    }
    const width = widthText === '*' ? Number(take()) : widthText ? Number(widthText) : 0;
    const precision = precText === '*' ? Number(take()) : precText !== undefined ? Number(precText || '0') : null;
    if (key === undefined) value = take();
    out += printfOne(value, flags, width, precision, type as string);
    checkSize(out.length);
  }
  if (positional && next < positional.length) throw typeError('not all arguments converted during string formatting');
  if (!positional && !usedSingle && !mapping) throw typeError('not all arguments converted during string formatting');
  return markup ? new Markup(out) : out;
}

/** Digits a format precision may ask for: exact rounding of 10^6 digits would take seconds. */
const MAX_PRECISION = 1000;

function checkPrecision(precision: number | null): void {
  if (precision !== null && precision > MAX_PRECISION) {
    throw new PyException('LimitExceeded', `format precision ${precision} is larger than ${MAX_PRECISION}`);
  }
}

function printfOne(v: unknown, flags: string, width: number, precision: number | null, type: string): string {
  checkPrecision(precision);
  const left = flags.includes('-');
  const zero = flags.includes('0') && !left;
  let body: string;
  let sign = '';
  switch (type) {
    case 's':
    case 'r':
    case 'a': {
      body = type === 's' ? pyStr(v) : pyRepr(v, 0);
      if (precision !== null) body = Array.from(body).slice(0, precision).join('');
      return pad(body, width, left ? '<' : '>', ' ');
    }
    case 'c': {
      if (typeof v === 'string' && length(v) === 1) body = v;
      else body = String.fromCodePoint(Number(asInteger(v, '%c')));
      return pad(body, width, left ? '<' : '>', ' ');
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      const n = type === 'd' || type === 'i' || type === 'u' ? truncToInt(v, type) : asInteger(v, type);
      const negative = n < 0n;
      const abs = negative ? -n : n;
      body = type === 'o' ? abs.toString(8) : type === 'x' ? abs.toString(16) : type === 'X' ? abs.toString(16).toUpperCase() : abs.toString();
      if (precision !== null) body = body.padStart(precision, '0');
      if (flags.includes('#') && (type === 'o' || type === 'x' || type === 'X')) body = `0${type === 'o' ? 'o' : type}${body}`;
      sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      break;
    }
    default: {
      const x = asFloat(v, type);
      const p = precision ?? 6;
      const lower = type.toLowerCase();
      body =
        lower === 'f'
          ? formatFixed(Math.abs(x), p)
          : lower === 'e'
            ? formatExponent(Math.abs(x), p, type === 'E')
            : formatGeneral(Math.abs(x), p, type === 'G', flags.includes('#'));
      if (type === 'F') body = body.toUpperCase();
      const negative = x < 0 || Object.is(x, -0);
      sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    }
  }
  if (zero && sign.length + body.length < width) return sign + body.padStart(width - sign.length, '0');
  return pad(sign + body, width, left ? '<' : '>', ' ');
}

function truncToInt(v: unknown, type: string): bigint {
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyFloat) return BigInt(Math.trunc(v.value));
  throw typeError(`%${type} format: a real number is required, not ${typeName(v)}`);
}

function asInteger(v: unknown, type: string): bigint {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw typeError(`%${type} format: an integer is required, not ${typeName(v)}`);
}

function asFloat(v: unknown, type: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  throw typeError(`must be real number, not ${typeName(v)}` + (type ? '' : ''));
}

function pad(s: string, width: number, align: string, fill: string): string {
  const n = Array.from(s).length;
  if (n >= width) return s;
  checkSize(width);
  const gap = width - n;
  if (align === '<') return s + fill.repeat(gap);
  if (align === '^') {
    const leftGap = Math.floor(gap / 2);
    return fill.repeat(leftGap) + s + fill.repeat(gap - leftGap);
  }
  return fill.repeat(gap) + s;
}

// ---------- str.format ----------

export type FieldLookup = (value: unknown, name: string, isIndex: boolean) => unknown;

/** `'{} of {}'.format(a, b)`, `'{name}'.format(name=x)`, `'{:>6}'.format(s)`. */
export function strFormat(fmt: string, args: unknown[], kwargs: Map<string, unknown>, lookup: FieldLookup, depth = 0): string {
  if (depth > 2) throw valueError('Max string recursion exceeded');
  let out = '';
  let auto = 0;
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i] as string;
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw valueError("Single '}' encountered in format string");
    }
    if (c !== '{') {
      out += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // Find the matching close brace, allowing one level of nested fields in the spec.
    let j = i + 1;
    let nest = 1;
    while (j < fmt.length && nest > 0) {
      if (fmt[j] === '{') nest++;
      else if (fmt[j] === '}') nest--;
      if (nest > 0) j++;
    }
    if (nest > 0) throw valueError("expected '}' before end of string");
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    const m = /^([^!:]*)(?:!([rsa]))?(?::([\s\S]*))?$/.exec(field);
    if (!m) throw valueError('invalid format field');
    const [, name = '', conversion, rawSpec = ''] = m;
    let value = resolveField(name, args, kwargs, lookup, () => auto++);
    if (conversion === 'r' || conversion === 'a') value = pyRepr(value, 0);
    else if (conversion === 's') value = pyStr(value);
    const spec = rawSpec.includes('{') ? strFormat(rawSpec, args, kwargs, lookup, depth + 1) : rawSpec;
    out += formatValue(value, spec);
    checkSize(out.length);
  }
  return out;
}

function resolveField(name: string, args: unknown[], kwargs: Map<string, unknown>, lookup: FieldLookup, nextAuto: () => number): unknown {
  const m = /^([^.[]*)(.*)$/.exec(name) as RegExpExecArray;
  const head = m[1] ?? '';
  let rest = m[2] ?? '';
  let value: unknown;
  if (head === '') {
    const index = nextAuto();
    if (index >= args.length) throw new PyException('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    value = args[index];
  } else if (/^\d+$/.test(head)) {
    const index = Number(head);
    if (index >= args.length) throw new PyException('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    value = args[index];
  } else {
    if (!kwargs.has(head)) throw new PyException('KeyError', `'${head}'`);
    value = kwargs.get(head);
  }
  while (rest) {
    const part = /^\.([^.[]+)|^\[([^\]]+)\]/.exec(rest);
    if (!part) throw valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    if (part[1] !== undefined) value = lookup(value, part[1], false);
    else value = lookup(value, part[2] as string, true);
    rest = rest.slice(part[0].length);
  }
  return value;
}

const SPEC = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/;

/** Python's format(value, spec). */
export function formatValue(value: unknown, spec: string): string {
  const m = SPEC.exec(spec);
  const isNumber = typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || value instanceof PyFloat;
  if (spec === '') return pyStr(value);
  if (!m) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName(value)}'`);
  const [, fillChar, alignChar, signChar, , alt, zero, widthText, grouping, precText, type] = m;
  const width = widthText ? Number(widthText) : 0;
  const precision = precText !== undefined ? Number(precText) : null;
  checkPrecision(precision);
  let fill = fillChar ?? ' ';
  let align = alignChar ?? '';
  if (zero && !alignChar) {
    fill = '0';
    align = '=';
  }

  if (!isNumber) {
    if (typeof value !== 'string' && !(value instanceof Markup)) {
      throw typeError(`unsupported format string passed to ${typeName(value)}.__format__`);
    }
    if (type && type !== 's') throw valueError(`Unknown format code '${type}' for object of type 'str'`);
    let s = typeof value === 'string' ? value : value.s;
    if (precision !== null) s = Array.from(s).slice(0, precision).join('');
    return pad(s, width, align || '<', fill);
  }

  const n = value instanceof PyFloat ? value.value : typeof value === 'boolean' ? (value ? 1 : 0) : value;
  const isFloatValue = value instanceof PyFloat || (typeof n === 'number' && !Number.isInteger(n));
  let body: string;
  let negative: boolean;
  const t = type ?? '';
  if (t === '' || t === 'd' || t === 'n' || t === 'b' || t === 'o' || t === 'x' || t === 'X' || t === 'c') {
    if (isFloatValue && t !== '') throw valueError(`Unknown format code '${t}' for object of type 'float'`);
    if (isFloatValue) {
      const x = Number(n);
      negative = x < 0 || Object.is(x, -0);
      body = precision === null ? floatRepr(Math.abs(x)) : formatGeneral(Math.abs(x), precision);
      if (precision !== null && !/[.e]/.test(body)) body = body;
    } else {
      const b = typeof n === 'bigint' ? n : BigInt(n as number);
      negative = b < 0n;
      const abs = negative ? -b : b;
      body =
        t === 'b' ? abs.toString(2) : t === 'o' ? abs.toString(8) : t === 'x' ? abs.toString(16) : t === 'X' ? abs.toString(16).toUpperCase() : abs.toString();
      if (t === 'c') body = String.fromCodePoint(Number(abs));
      if (alt && (t === 'b' || t === 'o' || t === 'x' || t === 'X')) body = `0${t === 'X' ? 'X' : t}${body}`;
      if (grouping) body = group(body, grouping);
    }
  } else {
    const x = Number(n);
    negative = x < 0 || Object.is(x, -0);
    const ax = Math.abs(x);
    const p = precision ?? 6;
    if (t === 'f' || t === 'F') body = formatFixed(ax, p);
    else if (t === 'e' || t === 'E') body = formatExponent(ax, p, t === 'E');
    else if (t === 'g' || t === 'G') body = formatGeneral(ax, p, t === 'G', !!alt);
    else body = formatFixed(ax * 100, p) + '%';
    if (t === 'F') body = body.toUpperCase();
    if (grouping) {
      const dot = body.search(/[.e%]/);
      body = dot < 0 ? group(body, grouping) : group(body.slice(0, dot), grouping) + body.slice(dot);
    }
  }
  const sign = negative ? '-' : signChar === '+' ? '+' : signChar === ' ' ? ' ' : '';
  if (align === '=') {
    const gap = width - sign.length - Array.from(body).length;
    return sign + (gap > 0 ? fill.repeat(gap) : '') + body;
  }
  return pad(sign + body, width, align || '>', fill);
}

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
