// Validates a whole widget tree at once (template engine, server kit): strict, with nulls as absent.
import { widgetRootSchema } from './tree-schemas.js';
import type { WidgetRoot } from './tree-schemas.js';
import { describeIssues, describeValue } from './issues.js';
import type { NodeIssue } from './issues.js';
import { TreeTooDeepError, isRecord, withoutNulls } from './null-members.js';

export type ParseTreeResult = { ok: true; value: WidgetRoot } | { ok: false; issues: NodeIssue[] };

/** Deeper trees are refused with an issue instead of exhausting the stack. */
export const MAX_WIDGET_TREE_DEPTH = 256;

export function parseWidgetRoot(root: unknown): ParseTreeResult {
  if (!isRecord(root)) {
    return { ok: false, issues: [{ path: [], message: `expected a widget root object; got ${describeValue(root)}` }] };
  }
  let cleaned: unknown;
  try {
    cleaned = withoutNulls(root, { intoChildren: true, maxTreeDepth: MAX_WIDGET_TREE_DEPTH });
  } catch (error) {
    if (!(error instanceof TreeTooDeepError)) throw error;
    return { ok: false, issues: [{ path: [], message: error.message }] };
  }
  const result = widgetRootSchema.safeParse(cleaned);
  if (result.success) return { ok: true, value: result.data };
  const reported = widgetRootSchema.safeParse(cleaned, { reportInput: true });
  return { ok: false, issues: reported.success ? [] : describeIssues(reported.error.issues) };
}
