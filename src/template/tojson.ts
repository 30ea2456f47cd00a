/**
 * The `tojson` filter exactly as Jinja2 runs it: `json.dumps(value, sort_keys=True)` (ASCII-only,
 * `", "` / `": "` separators, float repr) followed by the HTML-safe replacement of < > & '.
 * The result is Markup, so it can never reopen a JSON string it is placed in.
 */
import { PyException, typeError } from './py-exception.js';
import { MAX_VALUE_DEPTH, compareStrings, floatRepr } from './pystr.js';
import { compare } from './operators.js';
import { Markup, PyDict, PyFloat, PyObject, Undefined, isDataDict } from './values.js';

// Characters json.dumps escapes with ensure_ascii, plus the four Jinja makes HTML-safe.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\<>&'\u0000-\u001f\u007f-\uffff]/;
// eslint-disable-next-line no-control-regex
const ESCAPE_ALL = /["\\<>&'\u0000-\u001f\u007f-\uffff]/g;

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function escapeChar(c: string): string {
  return SHORT_ESCAPES[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
}

export function jsonString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  return '"' + s.replace(ESCAPE_ALL, escapeChar) + '"';
}

export function toJson(value: unknown, indent: number | string | null = null): Markup {
  const pad = indent === null ? null : typeof indent === 'string' ? indent : ' '.repeat(Math.max(0, Math.min(indent, 1000)));
  if (pad !== null && pad.length > 1000) throw new PyException('LimitExceeded', 'tojson indent is longer than 1000 characters');
  return new Markup(dump(value, pad, 0));
}

function dump(v: unknown, pad: string | null, depth: number): string {
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number') return Number.isInteger(v) ? (v === 0 ? '0' : String(v)) : jsonFloat(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (depth > MAX_VALUE_DEPTH) throw new PyException('RecursionError', 'maximum recursion depth exceeded while encoding a JSON object');
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const items = v.map((x) => dump(x, pad, depth + 1));
    return join('[', items, ']', pad, depth);
  }
  if (v instanceof PyObject) {
    if (v instanceof PyFloat) return jsonFloat(v.value);
    if (v instanceof Markup) return jsonString(v.s);
    if (v instanceof PyDict) return dumpObject([...v.map.entries()], pad, depth);
    throw typeError(`Object of type ${v instanceof Undefined ? v.typeName : v.typeName} is not JSON serializable`);
  }
  if (isDataDict(v)) {
    const keys = Object.keys(v).sort(compareStrings);
    if (keys.length === 0) return '{}';
    const items: string[] = [];
    for (const k of keys) {
      const x = v[k];
      items.push(jsonString(k) + ': ' + dump(x, pad, depth + 1));
    }
    return join('{', items, '}', pad, depth);
  }
  throw typeError('Object of type object is not JSON serializable');
}

function dumpObject(entries: [unknown, unknown][], pad: string | null, depth: number): string {
  if (entries.length === 0) return '{}';
  // sort_keys compares the original keys, so mixing str and int keys is a TypeError as in Python.
  entries.sort((a, b) => compare(a[0], b[0], '<'));
  const items = entries.map(([k, x]) => jsonString(jsonKey(k)) + ': ' + dump(x, pad, depth + 1));
  return join('{', items, '}', pad, depth);
}

function jsonKey(k: unknown): string {
  if (typeof k === 'string') return k;
  if (k instanceof Markup) return k.s;
  if (typeof k === 'number') return Number.isInteger(k) ? String(k) : jsonFloat(k);
  if (typeof k === 'bigint') return k.toString();
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (k === null) return 'null';
  if (k instanceof PyFloat) return jsonFloat(k.value);
  throw typeError(`keys must be str, int, float, bool or None, not ${typeof k === 'object' ? 'tuple' : typeof k}`);
}

function jsonFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return floatRepr(x);
}

function join(open: string, items: string[], close: string, pad: string | null, depth: number): string {
  if (pad === null) return open + items.join(', ') + close;
  const inner = '\n' + pad.repeat(depth + 1);
  return open + inner + items.join(',' + inner) + '\n' + pad.repeat(depth) + close;
}
