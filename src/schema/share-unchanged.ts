// Structural sharing for widget JSON: a replacement widget keeps the previous widget's objects
// wherever it is deep-equal to them, so the renderer can skip every unchanged subtree by identity.

/** Deeper values are taken as they come (never shared): bounds the recursion on hostile nesting. */
const MAX_SHARE_DEPTH = 256;

type Json = Record<string, unknown>;

/** A child's identity in a list: its `key`, else its `id` (strings); what the renderer keys DOM by. */
export function childIdentity(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { key, id } = value as { key?: unknown; id?: unknown };
  return typeof key === 'string' ? key : typeof id === 'string' ? id : undefined;
}

function byIdentity(list: readonly unknown[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const item of list) {
    const id = childIdentity(item);
    if (id !== undefined && !map.has(id)) map.set(id, item);
  }
  return map;
}

/**
 * `next`, with every part deep-equal to the matching part of `prev` replaced by `prev`'s object:
 * all of `prev` when nothing changed, else new objects only along the paths that changed (neither
 * input is modified). List items are matched by `key`/`id` when they have one, else by position,
 * so a row inserted at the top does not make every row below it "changed".
 */
export function shareUnchanged<T>(prev: unknown, next: T): T {
  return share(prev, next, 0) as T;
}

function share(prev: unknown, next: unknown, depth: number): unknown {
  if (prev === next) return prev;
  if (typeof next !== 'object' || next === null || typeof prev !== 'object' || prev === null || depth > MAX_SHARE_DEPTH) return next;
  if (Array.isArray(next)) return Array.isArray(prev) ? shareList(prev, next, depth) : next;
  if (Array.isArray(prev)) return next;
  return shareObject(prev as Json, next as Json, depth);
}

// Both walks allocate only along the paths that changed: an equal subtree costs a comparison.

function shareList(prev: readonly unknown[], next: readonly unknown[], depth: number): unknown {
  let changed: Map<number, unknown> | undefined;
  let index: Map<string, unknown> | undefined;
  for (let i = 0; i < next.length; i++) {
    const item = next[i];
    let match = prev[i];
    if (match === item) continue;
    if (typeof item === 'object' && item !== null) {
      const id = childIdentity(item);
      if (id !== undefined && childIdentity(match) !== id) match = (index ??= byIdentity(prev)).get(id);
    }
    const value =
      typeof item === 'object' && item !== null && typeof match === 'object' && match !== null && !Array.isArray(item) && !Array.isArray(match) && depth < MAX_SHARE_DEPTH
        ? shareObject(match as Json, item as Json, depth + 1)
        : share(match, item, depth + 1);
    if (i < prev.length && value === prev[i]) continue;
    (changed ??= new Map()).set(i, value);
  }
  if (changed === undefined && prev.length === next.length) return prev;
  let shared = false;
  const out = new Array<unknown>(next.length);
  for (let i = 0; i < next.length; i++) {
    const value = changed?.has(i) ? changed.get(i) : prev[i];
    out[i] = value;
    if (value !== next[i]) shared = true;
  }
  return shared ? out : next;
}

const hasOwn = Object.prototype.hasOwnProperty;

// The hot loop of a replacement: every member of every node. Own-ness is checked only where it
// matters (before recursing into an object), not per member: a `for…in` key of a JSON.parse'd
// object is its own, and a primitive member can only equal an inherited one if the page itself
// put enumerable primitives on Object.prototype (then both sides see the same value anyway).
function shareObject(prev: Json, next: Json, depth: number): unknown {
  let changed: Map<string, unknown> | undefined;
  let count = 0;
  for (const key in next) {
    count++;
    const item = next[key];
    const before = prev[key];
    if (before === item) {
      if (before !== undefined || key in prev) continue;
    } else if (typeof item === 'object' && item !== null && typeof before === 'object' && before !== null && hasOwn.call(prev, key)) {
      // (An inherited object, such as `__proto__`'s, is never shared into the new widget.)
      const value = Array.isArray(item) ? (Array.isArray(before) && depth < MAX_SHARE_DEPTH ? shareList(before, item, depth + 1) : item) : Array.isArray(before) || depth >= MAX_SHARE_DEPTH ? item : shareObject(before as Json, item as Json, depth + 1);
      if (value === before) continue;
      (changed ??= new Map()).set(key, value);
      continue;
    }
    (changed ??= new Map()).set(key, item);
  }
  if (changed === undefined) {
    for (const _ in prev) count--;
    if (count === 0) return prev;
  }
  let shared = false;
  const entries: Array<[string, unknown]> = [];
  for (const key in next) {
    if (!hasOwn.call(next, key)) continue;
    const value = changed?.has(key) ? changed.get(key) : prev[key];
    if (value !== next[key]) shared = true;
    entries.push([key, value]);
  }
  // Object.fromEntries defines keys (a `__proto__` key stays an own property, as JSON.parse makes it).
  return shared ? Object.fromEntries(entries) : next;
}
