/**
 * Parses rendered text as JSON like Python's `json.loads`, and when it is not valid JSON reports
 * where and why with Python's wording ("Expecting ',' delimiter: line 1 column 59 (char 58)").
 * The fast path is JSON.parse; the scanner below only runs to explain a failure.
 */
import { TemplateError, excerptAt, lineColumnAt } from './errors.js';

export function parseRenderedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const problem = findJsonError(text) ?? { message: 'NaN and Infinity are not valid in widget JSON', pos: 0 };
    const { line, column } = lineColumnAt(text, problem.pos);
    return fail(problem.message, text, problem.pos, line, column);
  }
}

function fail(message: string, text: string, pos: number, line: number, column: number): never {
  throw new TemplateError('json', `${message}: line ${line} column ${column} (char ${pos})`, {
    line,
    column,
    excerpt: excerptAt(text, pos),
  });
}

/** Parses the `.widget` file itself: errors belong to the load stage. */
export function parseWidgetFile(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const problem = findJsonError(text) ?? { message: 'not valid JSON', pos: 0 };
    const { line, column } = lineColumnAt(text, problem.pos);
    throw new TemplateError('load', `the .widget file is not valid JSON: ${problem.message}: line ${line} column ${column} (char ${problem.pos})`, {
      kind: 'JSONDecodeError',
      line,
      column,
      excerpt: excerptAt(text, problem.pos),
    });
  }
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

/** The first error in `text` as Python's json module words it, or null if it parses. */
export function findJsonError(text: string): { message: string; pos: number } | null {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  type Frame = { kind: 'array' | 'object'; state: 'first' | 'value' | 'afterValue' | 'key' | 'colon' };
  const stack: Frame[] = [];

  // Returns an error, or null after consuming one scalar value / opening a container.
  const startValue = (): { message: string; pos: number } | null => {
    const c = text[i];
    if (c === '{') {
      i++;
      stack.push({ kind: 'object', state: 'first' });
      return null;
    }
    if (c === '[') {
      i++;
      stack.push({ kind: 'array', state: 'first' });
      return null;
    }
    if (c === '"') return scanString();
    if (text.startsWith('null', i) || text.startsWith('true', i)) {
      i += 4;
      return null;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return null;
    }
    return { message: 'Expecting value', pos: i };
  };

  const scanString = (): { message: string; pos: number } | null => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { message: 'Invalid \\uXXXX escape', pos: i + 1 };
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return { message: 'Invalid \\escape', pos: i };
        i += 2;
        continue;
      }
      if (c < 0x20) return { message: 'Invalid control character at', pos: i };
      i++;
    }
    return { message: 'Unterminated string starting at', pos: start };
  };

  skip();
  const first = startValue();
  if (first) return first;
  while (stack.length) {
    const top = stack[stack.length - 1] as Frame;
    skip();
    const c = text[i];
    if (top.kind === 'array') {
      if (top.state === 'first' && c === ']') {
        i++;
        stack.pop();
        continue;
      }
      if (top.state === 'afterValue') {
        if (c === ',') {
          i++;
          skip();
          top.state = 'value';
          continue;
        }
        if (c === ']') {
          i++;
          stack.pop();
          continue;
        }
        return { message: "Expecting ',' delimiter", pos: i };
      }
      top.state = 'afterValue';
      const err = startValue();
      if (err) return err;
      continue;
    }
    // object
    if (top.state === 'first' || top.state === 'key') {
      if (top.state === 'first' && c === '}') {
        i++;
        stack.pop();
        continue;
      }
      if (c !== '"') return { message: 'Expecting property name enclosed in double quotes', pos: i };
      const err = scanString();
      if (err) return err;
      top.state = 'colon';
      continue;
    }
    if (top.state === 'colon') {
      if (c !== ':') return { message: "Expecting ':' delimiter", pos: i };
      i++;
      skip();
      top.state = 'afterValue';
      const err = startValue();
      if (err) return err;
      continue;
    }
    // afterValue
    if (c === ',') {
      i++;
      skip();
      top.state = 'key';
      continue;
    }
    if (c === '}') {
      i++;
      stack.pop();
      continue;
    }
    return { message: "Expecting ',' delimiter", pos: i };
  }
  skip();
  if (i < text.length) return { message: 'Extra data', pos: i };
  return null;
}
