/**
 * Jinja2's lexer with the default delimiters and the settings chatkit-python uses (no trim_blocks,
 * no lstrip_blocks, trailing newline dropped, newlines normalised to \n). Produces a flat token list;
 * positions are offsets into the normalised source, which is what error messages point at.
 */
import { TemplateError, excerptAt, lineColumnAt } from './errors.js';
import { PyFloat, mkFloat, mkInt } from './values.js';

export type TokenType =
  | 'data'
  | 'variable_begin'
  | 'variable_end'
  | 'block_begin'
  | 'block_end'
  | 'name'
  | 'string'
  | 'integer'
  | 'float'
  | 'operator'
  | 'eof';

export interface Token {
  type: TokenType;
  /** Text for data/name/operator tokens, the decoded value for string and number literals. */
  value: unknown;
  pos: number;
}

/** Python's str.isspace() set, which Jinja's `-` whitespace control strips. */
const PY_WS = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_WS = new RegExp(`[${PY_WS}]*`, 'y');
const TRAILING_WS = new RegExp(`[${PY_WS}]+$`);
const WS_RUN = new RegExp(`[${PY_WS}]+`, 'y');

const RAW_BEGIN = new RegExp(`\\{%([-+]?)[${PY_WS}]*raw[${PY_WS}]*(-%\\}|\\+?%\\})`, 'y');
const RAW_END = new RegExp(`\\{%([-+]?)[${PY_WS}]*endraw[${PY_WS}]*(-%\\}|\\+?%\\})`, 'g');
const FLOAT = /(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?e[+-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)/iy;
const INTEGER = /0b(?:_?[01])+|0o(?:_?[0-7])+|0x(?:_?[\da-f])+|[1-9](?:_?\d)*|0(?:_?0)*/iy;
const NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;
const STRING = /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"/sy;
const OPERATORS = ['//', '**', '==', '!=', '>=', '<=', '+', '-', '/', '*', '%', '~', '[', ']', '(', ')', '{', '}', '>', '<', '=', '.', ':', '|', ',', ';'];

/** Normalises newlines and drops one trailing newline, as Jinja does before lexing. */
export function normalizeSource(source: string): string {
  let s = source.replace(/\r\n|\r/g, '\n');
  if (s.endsWith('\n')) s = s.slice(0, -1);
  return s;
}

export function syntaxError(source: string, pos: number, message: string, kind = 'TemplateSyntaxError'): TemplateError {
  const { line, column } = lineColumnAt(source, pos);
  return new TemplateError('parse', message, { kind, line, column, excerpt: excerptAt(source, pos) });
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const len = source.length;
  let pos = 0;

  const pushData = (text: string, at: number): void => {
    if (text) tokens.push({ type: 'data', value: text, pos: at });
  };

  while (pos < len) {
    const open = findTagStart(source, pos);
    if (open < 0) {
      pushData(source.slice(pos), pos);
      break;
    }
    const kind = source[open + 1];
    const next = source[open + 2];
    const sign = next === '-' || next === '+' ? next : '';
    let text = source.slice(pos, open);

    if (kind === '%') {
      RAW_BEGIN.lastIndex = open;
      const raw = RAW_BEGIN.exec(source);
      if (raw) {
        if (raw[1] === '-') text = text.replace(TRAILING_WS, '');
        pushData(text, pos);
        let bodyStart = open + raw[0].length;
        if (raw[2] === '-%}') bodyStart = skipWhitespace(source, bodyStart);
        RAW_END.lastIndex = bodyStart;
        const end = RAW_END.exec(source);
        if (!end) throw syntaxError(source, open, 'Missing end of raw directive');
        let body = source.slice(bodyStart, end.index);
        if (end[1] === '-') body = body.replace(TRAILING_WS, '');
        pushData(body, bodyStart);
        pos = end.index + end[0].length;
        if (end[2] === '-%}') pos = skipWhitespace(source, pos);
        continue;
      }
    }

    if (sign === '-') text = text.replace(TRAILING_WS, '');
    pushData(text, pos);

    if (kind === '#') {
      pos = skipComment(source, open + 2 + sign.length, open);
      continue;
    }
    const isBlock = kind === '%';
    tokens.push({ type: isBlock ? 'block_begin' : 'variable_begin', value: isBlock ? '{%' : '{{', pos: open });
    pos = lexTag(source, open + 2 + sign.length, isBlock, tokens);
  }
  tokens.push({ type: 'eof', value: '', pos: len });
  return tokens;
}

/** Earliest `{{`, `{%` or `{#` at or after `from`. */
function findTagStart(source: string, from: number): number {
  let i = source.indexOf('{', from);
  while (i >= 0 && i + 1 < source.length) {
    const c = source.charCodeAt(i + 1);
    if (c === 123 /* { */ || c === 37 /* % */ || c === 35 /* # */) return i;
    i = source.indexOf('{', i + 1);
  }
  return -1;
}

function skipWhitespace(source: string, from: number): number {
  LEADING_WS.lastIndex = from;
  LEADING_WS.exec(source);
  return LEADING_WS.lastIndex;
}

function skipComment(source: string, from: number, open: number): number {
  const end = source.indexOf('#}', from);
  if (end < 0) throw syntaxError(source, open, 'Missing end of comment tag');
  // The lazy `(.*?)(\-#}\s*|#})` of Jinja takes `-#}` when the `#}` follows a dash.
  if (end > from && source[end - 1] === '-') return skipWhitespace(source, end + 2);
  return end + 2;
}

/** Lexes one `{{ ... }}` or `{% ... %}` body; returns the position after its end delimiter. */
function lexTag(source: string, from: number, isBlock: boolean, tokens: Token[]): number {
  const len = source.length;
  const close = isBlock ? '%}' : '}}';
  const endType: TokenType = isBlock ? 'block_end' : 'variable_end';
  const balance: string[] = [];
  let pos = from;

  while (pos < len) {
    // The end delimiter only counts while brackets are balanced (so `{{ {'a': 1} }}` works).
    if (balance.length === 0) {
      const c = source[pos];
      if (c === '-' && source.startsWith(close, pos + 1)) {
        tokens.push({ type: endType, value: close, pos });
        return skipWhitespace(source, pos + 3);
      }
      if (isBlock && c === '+' && source.startsWith(close, pos + 1)) {
        tokens.push({ type: endType, value: close, pos });
        return pos + 3;
      }
      if (source.startsWith(close, pos)) {
        tokens.push({ type: endType, value: close, pos });
        return pos + 2;
      }
    }
    WS_RUN.lastIndex = pos;
    if (WS_RUN.test(source)) {
      pos = WS_RUN.lastIndex;
      continue;
    }
    const m = matchAt(FLOAT, source, pos);
    if (m !== null && source[pos - 1] !== '.') {
      tokens.push({ type: 'float', value: floatLiteral(m), pos });
      pos += m.length;
      continue;
    }
    const int = matchAt(INTEGER, source, pos);
    if (int !== null) {
      tokens.push({ type: 'integer', value: intLiteral(int), pos });
      pos += int.length;
      continue;
    }
    const name = matchAt(NAME, source, pos);
    if (name !== null) {
      tokens.push({ type: 'name', value: name, pos });
      pos += name.length;
      continue;
    }
    STRING.lastIndex = pos;
    const str = STRING.exec(source);
    if (str) {
      const body = str[1] ?? str[2] ?? '';
      tokens.push({ type: 'string', value: unescapeString(body, source, pos), pos });
      pos += str[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, pos));
    if (op) {
      if (op === '{' || op === '(' || op === '[') balance.push(op === '{' ? '}' : op === '(' ? ')' : ']');
      else if (op === '}' || op === ')' || op === ']') {
        const expected = balance.pop();
        if (expected === undefined) throw syntaxError(source, pos, `unexpected '${op}'`);
        if (expected !== op) throw syntaxError(source, pos, `unexpected '${op}', expected '${expected}'`);
      }
      tokens.push({ type: 'operator', value: op, pos });
      pos += op.length;
      continue;
    }
    throw syntaxError(source, pos, `unexpected char ${pyCharRepr(source[pos] ?? '')} at ${pos}`);
  }
  return pos;
}

function matchAt(re: RegExp, source: string, pos: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(source);
  return m ? m[0] : null;
}

function pyCharRepr(c: string): string {
  return c === "'" ? `"'"` : `'${c}'`;
}

function intLiteral(text: string): number | bigint {
  const clean = text.replace(/_/g, '').toLowerCase();
  let n: bigint;
  if (clean.startsWith('0b') || clean.startsWith('0o') || clean.startsWith('0x')) n = BigInt(clean);
  else n = BigInt(clean);
  return mkInt(n);
}

function floatLiteral(text: string): number | PyFloat {
  return mkFloat(Number(text.replace(/_/g, '')));
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

/** Python's `unicode-escape` decoding, which Jinja applies to string literals. */
function unescapeString(body: string, source: string, pos: number): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) {
      out += '\\';
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    if (next >= '0' && next <= '7') {
      let j = i + 1;
      let digits = '';
      while (j < body.length && digits.length < 3 && (body[j] as string) >= '0' && (body[j] as string) <= '7') digits += body[j++];
      out += String.fromCodePoint(parseInt(digits, 8));
      i = j - 1;
      continue;
    }
    const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (width) {
      const hex = body.slice(i + 2, i + 2 + width);
      if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw syntaxError(source, pos, `truncated \\${next}${'X'.repeat(width)} escape`);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw syntaxError(source, pos, 'illegal Unicode character');
      out += String.fromCodePoint(cp);
      i += 1 + width;
      continue;
    }
    if (next === 'N') throw syntaxError(source, pos, 'named Unicode escapes (\\N{...}) are not supported');
    out += '\\' + next;
    i++;
  }
  return out;
}
