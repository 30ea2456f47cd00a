// Validates one widget node the way the renderer needs it: nulls mean "absent", unknown props are
// dropped, a bad node yields readable issues instead of throwing.
import { componentSchemas, isWidgetType } from './node-schemas.js';
import type { WidgetNode } from './node-schemas.js';
import { describeIssues, describeValue } from './issues.js';
import type { NodeIssue } from './issues.js';
import { isRecord, withoutNulls } from './null-members.js';
import { checkChartLimits } from '../chart/limits.js';

export type ParseNodeResult =
  | { ok: true; value: WidgetNode }
  | { ok: false; type?: string; issues: NodeIssue[] };

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
  const result = schema.safeParse(cleaned);
  if (result.success) return { ok: true, value: result.data as WidgetNode };
  // Parse again with inputs in the issues only on failure: it costs about as much as the parse.
  const reported = schema.safeParse(cleaned, { reportInput: true });
  return { ok: false, type, issues: reported.success ? [] : describeIssues(reported.error.issues) };
}
