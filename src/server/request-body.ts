/**
 * Turns raw request bytes into a plain JSON value, refusing what a hostile client could use against
 * the server: oversized bodies, invalid UTF-8, nesting deep enough to exhaust the stack, and
 * prototype keys (`__proto__`, `constructor`) that would pollute objects built from the body.
 */
import { RequestError } from './errors.js';

export interface BodyLimits {
  /** Bytes; larger bodies get 413. Default 1 MiB. */
  maxBodyBytes: number;
  /** Nesting of arrays/objects; deeper bodies get 400. Default 64. */
  maxDepth: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBodyBytes: 1024 * 1024, maxDepth: 64 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseRequestBody(body: string | Uint8Array, limits: BodyLimits = DEFAULT_BODY_LIMITS): unknown {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  if (bytes.byteLength > limits.maxBodyBytes) {
    throw new RequestError('body_too_large', `Request body is ${bytes.byteLength} bytes; the limit is ${limits.maxBodyBytes}.`);
  }
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM in the text so JSON.parse refuses it, as the Python server does.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new RequestError('invalid_json', 'Request body is not valid UTF-8.');
  }
  const depth = maxNesting(text);
  if (depth > limits.maxDepth) {
    throw new RequestError('too_deep', `Request JSON nests ${depth} levels; the limit is ${limits.maxDepth}.`);
  }
  try {
    return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RequestError('invalid_json', `Request body is not JSON: ${detail}`);
  }
}

/** Deepest `{`/`[` nesting outside strings; runs before JSON.parse so a bomb never reaches it. */
export function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}
