// Validates one widget node the way the renderer needs it: nulls mean "absent", unknown props are
// dropped, a bad node yields readable issues instead of throwing.
import { componentSchemas, isWidgetType } from './node-schemas.js';
import type { WidgetNode } from './node-schemas.js';
import { describeIssues, describeValue } from './issues.js';
import type { NodeIssue } from './issues.js';

export type ParseNodeResult =
  | { ok: true; value: WidgetNode }
  | { ok: false; type?: string; issues: NodeIssue[] };

// Props nest at most a few levels (Card.border.top.color.light); deeper input is left for zod to judge.
const MAX_NULL_STRIP_DEPTH = 6;

// Opaque user data: nulls inside are values the server should get back, not "absent" markers.
const KEEP_AS_IS = new Set(['payload']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of `value` without null members (own enumerable keys only). Keys are defined, never
 * assigned, so a hostile `__proto__` key stays an ordinary own property of the copy.
 */
function withoutNulls(value: unknown, depth: number): unknown {
  if (depth >= MAX_NULL_STRIP_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item, depth + 1));
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === null) continue;
    // `children` belong to the renderer's own walk; each child is parsed on its own.
    const kept = KEEP_AS_IS.has(key) || (depth === 0 && key === 'children')
      ? member
      : withoutNulls(member, depth + 1);
    Object.defineProperty(copy, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Parse one node with the schema for its `type`; children are shape-checked, not recursed. */
export function parseNode(node: unknown): ParseNodeResult {
  if (!isRecord(node)) {
    return { ok: false, issues: [{ path: [], message: `expected a widget node object; got ${describeValue(node)}` }] };
  }
  const type = Object.hasOwn(node, 'type') ? node.type : undefined;
  if (typeof type !== 'string') {
    return {
      ok: false,
      issues: [{ path: ['type'], message: `type: expected a component type string; got ${describeValue(type)}` }],
    };
  }
  if (!isWidgetType(type)) {
    return { ok: false, type, issues: [{ path: ['type'], message: `type: unknown component type ${describeValue(type)}` }] };
  }
  const schema = componentSchemas[type];
  const result = schema.safeParse(withoutNulls(node, 0), { reportInput: true });
  if (result.success) return { ok: true, value: result.data as WidgetNode };
  return { ok: false, type, issues: describeIssues(result.error.issues) };
}
