// Validates one widget node the way the renderer needs it: nulls mean "absent", unknown props are
// dropped, a bad node yields readable issues instead of throwing.
import { componentSchemas, isWidgetType } from './node-schemas.js';
import type { WidgetNode } from './node-schemas.js';
import { describeIssues, describeValue } from './issues.js';
import type { NodeIssue } from './issues.js';
import { isRecord, withoutNulls } from './null-members.js';
import { checkChartLimits } from '../chart/limits.js';
import { z } from './zod.js';

export type ParseNodeResult =
  | { ok: true; value: WidgetNode }
  | { ok: false; type?: string; issues: NodeIssue[] };

type NodeSchema = (typeof componentSchemas)[keyof typeof componentSchemas];

// zod runs every key of an object shape, present or not, and a Text has some twenty optional props
// where a node sets three or four. So each node is parsed with its type's schema narrowed to the
// keys it has plus the required ones, cached per type and key set (a trie walked by the node's own
// keys: no string is built per node): the same output (an absent optional key contributes nothing)
// at a fraction of the cost. Failures are reported by the full schema, so messages are unchanged.
// The cache is bounded: past it, the full schema parses.
interface KeyTrie {
  schema?: NodeSchema;
  next?: Map<string, KeyTrie>;
}
const narrowedByType = new Map<NodeSchema, KeyTrie>();
let narrowedCount = 0;
const MAX_NARROWED_SCHEMAS = 512;
const requiredKeys = new Map<NodeSchema, string[]>();

function requiredOf(schema: NodeSchema): string[] {
  let keys = requiredKeys.get(schema);
  if (!keys) {
    const shape = schema._zod.def.shape as Record<string, { _zod: { optin?: unknown } }>;
    keys = Object.keys(shape).filter((key) => shape[key]!._zod.optin === undefined);
    requiredKeys.set(schema, keys);
  }
  return keys;
}

function narrowed(schema: NodeSchema, node: Record<string, unknown>): NodeSchema {
  const shape = schema._zod.def.shape as Record<string, unknown>;
  let trie: KeyTrie | undefined = narrowedByType.get(schema);
  if (!trie) narrowedByType.set(schema, (trie = {}));
  for (const key in node) {
    if (!Object.hasOwn(node, key) || !Object.hasOwn(shape, key)) continue;
    let next: KeyTrie | undefined = trie.next?.get(key);
    if (!next) {
      if (narrowedCount >= MAX_NARROWED_SCHEMAS) return schema;
      (trie.next ??= new Map()).set(key, (next = {}));
    }
    trie = next;
  }
  if (trie.schema) return trie.schema;
  if (narrowedCount >= MAX_NARROWED_SCHEMAS) return schema;
  narrowedCount++;
  const mask: Record<string, true> = {};
  for (const key of requiredOf(schema)) mask[key] = true;
  for (const key in node) if (Object.hasOwn(node, key) && Object.hasOwn(shape, key)) mask[key] = true;
  try {
    trie.schema = z.pick(schema as z.ZodMiniObject, mask) as unknown as NodeSchema;
  } catch {
    trie.schema = schema; // a schema with object-level checks cannot be narrowed
  }
  return trie.schema;
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
  if (type === 'Chart') {
    // A million rows would cost a zod pass over each; the size check costs two lengths.
    const limits = checkChartLimits(node.data, node.series);
    if (!limits.ok && (Array.isArray(node.data) && Array.isArray(node.series))) {
      return { ok: false, type, issues: [{ path: [], message: limits.message }] };
    }
  }
  const schema = componentSchemas[type];
  const cleaned = withoutNulls(node, { intoChildren: false });
  const result = narrowed(schema, cleaned as Record<string, unknown>).safeParse(cleaned);
  if (result.success) return { ok: true, value: result.data as WidgetNode };
  // Parse again with inputs in the issues only on failure: it costs about as much as the parse.
  const reported = schema.safeParse(cleaned, { reportInput: true });
  return { ok: false, type, issues: reported.success ? [] : describeIssues(reported.error.issues) };
}
