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
 * A copy of a node without null members (own enumerable keys only). Keys are defined, never
 * assigned, so a hostile `__proto__` key stays an ordinary own property of the copy.
 */
export function withoutNulls(node: unknown, options: NullStripOptions, treeDepth = 0): unknown {
  return strip(node, 0);

  function strip(value: unknown, depth: number): unknown {
    if (depth >= MAX_PROP_DEPTH) return value;
    if (Array.isArray(value)) return value.map((item) => strip(item, depth + 1));
    if (!isRecord(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const member = value[key];
      if (member === null) continue;
      Object.defineProperty(copy, key, {
        value: memberWithoutNulls(key, member, depth),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }

  function memberWithoutNulls(key: string, member: unknown, depth: number): unknown {
    if (KEEP_AS_IS.has(key)) return member;
    if (depth !== 0 || key !== 'children') return strip(member, depth + 1);
    if (!options.intoChildren) return member;
    const limit = options.maxTreeDepth ?? Infinity;
    if (treeDepth + 1 > limit) throw new TreeTooDeepError(`widget tree is nested deeper than ${limit} levels`);
    return Array.isArray(member)
      ? member.map((child) => withoutNulls(child, options, treeDepth + 1))
      : withoutNulls(member, options, treeDepth + 1);
  }
}
