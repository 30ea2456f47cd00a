// Null means "absent" in widget JSON: templates render nulls and Python treats None as unset.

// Props nest at most a few levels (Card.border.top.color.light); deeper input is left for zod to judge.
const MAX_PROP_DEPTH = 6;

// Opaque user data: nulls inside are values the server should get back, not "absent" markers.
const KEEP_AS_IS = new Set(['payload']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Thrown by `withoutNulls` when a tree nests deeper than its limit, before the stack would. */
export class TreeTooDeepError extends Error {}

export interface NullStripOptions {
  /** Also strip inside `children` (whole trees); otherwise children are kept as they are. */
  readonly intoChildren: boolean;
  /** Deepest node nesting accepted when `intoChildren` is set. */
  readonly maxTreeDepth?: number;
}

/**
 * The node without null members (own enumerable keys only). Copy on write: a value with no null
 * inside comes back as the same object (most nodes; the copy cost more than the zod parse after
 * it). In a copy, keys are defined, never assigned, so a hostile `__proto__` key stays an
 * ordinary own property.
 */
export function withoutNulls(node: unknown, options: NullStripOptions, treeDepth = 0): unknown {
  // The common case, no null anywhere, is settled by a scan that allocates nothing.
  if (!options.intoChildren && !holdsNull(node, 0)) return node;
  return strip(node, 0);

  function strip(value: unknown, depth: number): unknown {
    if (depth >= MAX_PROP_DEPTH) return value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const next = strip(item, depth + 1);
        if (next !== item && copy === undefined) copy = value.slice(0, i);
        copy?.push(next);
      }
      return copy ?? value;
    }
    if (!isRecord(value)) return value;
    const keys = Object.keys(value);
    let copy: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const member = value[key];
      const next = member === null ? null : memberWithoutNulls(key, member, depth);
      if (copy === undefined) {
        if (next === member && member !== null) continue;
        copy = {};
        for (let j = 0; j < i; j++) define(copy, keys[j]!, value[keys[j]!]);
      }
      if (next !== null) define(copy, key, next);
    }
    return copy ?? value;
  }

  function memberWithoutNulls(key: string, member: unknown, depth: number): unknown {
    if (KEEP_AS_IS.has(key)) return member;
    if (depth !== 0 || key !== 'children') return strip(member, depth + 1);
    if (!options.intoChildren) return member;
    const limit = options.maxTreeDepth ?? Infinity;
    if (treeDepth + 1 > limit) throw new TreeTooDeepError(`widget tree is nested deeper than ${limit} levels`);
    if (!Array.isArray(member)) return withoutNulls(member, options, treeDepth + 1);
    let copy: unknown[] | undefined;
    for (let i = 0; i < member.length; i++) {
      const child: unknown = member[i];
      const next = withoutNulls(child, options, treeDepth + 1);
      if (next !== child && copy === undefined) copy = member.slice(0, i);
      copy?.push(next);
    }
    return copy ?? member;
  }
}

/** Whether `withoutNulls` (not into children) would drop anything: a null member at any depth it strips. */
function holdsNull(value: unknown, depth: number): boolean {
  if (depth >= MAX_PROP_DEPTH || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (holdsNull(value[i], depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const member = (value as Record<string, unknown>)[key];
    if (member === null) return true;
    if (typeof member !== 'object' || KEEP_AS_IS.has(key) || (depth === 0 && key === 'children')) continue;
    if (holdsNull(member, depth + 1)) return true;
  }
  return false;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
