/**
 * diffWidget(before, after): the item updates that turn one widget state into the next, with
 * chatkit-python's rules: a Markdown/Text value that grew by appending becomes
 * `widget.streaming_text.value_delta` (components with an `id` only); any other change becomes one
 * `widget.root.updated`. With `componentUpdates: true`, a change confined to components that carry
 * an `id` becomes `widget.component.updated` for each instead of resending the whole root.
 */
import type { WidgetComponent, WidgetRoot, WidgetUpdate } from '../protocol/types.js';

type Node = Record<string, unknown>;

export interface DiffWidgetOptions {
  /** Send `widget.component.updated` for changes inside id'd components (Python never does). */
  componentUpdates?: boolean;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const isStreamingText = (node: Node) => (node.type === 'Markdown' || node.type === 'Text') && typeof node.value === 'string';

// null and a missing field are the same thing on the wire (exclude_none).
const present = (value: unknown) => value !== null && value !== undefined;

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!present(a) || !present(b)) return !present(a) && !present(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  }
  if (isNode(a) && isNode(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

const childList = (value: unknown): unknown[] => (Array.isArray(value) ? value : present(value) ? [value] : []);

const sameIdentity = (a: Node, b: Node) => a.type === b.type && jsonEqual(a.id, b.id) && jsonEqual(a.key, b.key);

/** A text value that only grew is not a structural change: it streams as a delta. */
const appendedText = (before: Node, after: Node, field: string) =>
  field === 'value' &&
  isStreamingText(before) &&
  isStreamingText(after) &&
  (after.value as string).startsWith(before.value as string);

function ownFieldsChanged(before: Node, after: Node): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === 'children' || appendedText(before, after, key)) continue;
    if (!jsonEqual(before[key], after[key])) return true;
  }
  return false;
}

/** Python's full_replace: true when anything but appended text changed. */
function needsReplace(before: Node, after: Node): boolean {
  if (!sameIdentity(before, after) || ownFieldsChanged(before, after)) return true;
  const b = childList(before.children);
  const a = childList(after.children);
  if (b.length !== a.length) return true;
  return b.some((child, i) => {
    const other = a[i];
    if (isNode(child) && isNode(other)) return needsReplace(child, other);
    return !jsonEqual(child, other);
  });
}

/** The id'd components to resend so `before` becomes `after`, or null when only the root will do. */
function changedComponents(before: Node, after: Node): Node[] | null {
  if (!needsReplace(before, after)) return [];
  const self = typeof after.id === 'string' && sameIdentity(before, after) ? [after] : null;
  if (!sameIdentity(before, after) || ownFieldsChanged(before, after)) return self;
  const b = childList(before.children);
  const a = childList(after.children);
  if (b.length !== a.length) return self;
  const changed: Node[] = [];
  for (let i = 0; i < b.length; i++) {
    const child = b[i];
    const other = a[i];
    if (!isNode(child) || !isNode(other)) return self;
    const inner = changedComponents(child, other);
    if (inner === null) return self;
    changed.push(...inner);
  }
  return changed;
}

function streamingTextById(root: Node, skip: ReadonlySet<string>): Map<string, Node> {
  const found = new Map<string, Node>();
  const visit = (node: Node) => {
    if (typeof node.id === 'string' && skip.has(node.id)) return;
    if (isStreamingText(node) && typeof node.id === 'string' && node.id) found.set(node.id, node);
    for (const child of childList(node.children)) if (isNode(child)) visit(child);
  };
  visit(root);
  return found;
}

function textDeltas(before: Node, after: Node, skip: ReadonlySet<string>): WidgetUpdate[] | null {
  const beforeNodes = streamingTextById(before, skip);
  const deltas: WidgetUpdate[] = [];
  for (const [id, node] of streamingTextById(after, skip)) {
    const previous = beforeNodes.get(id);
    // A text node that appeared or was rewritten cannot be a delta (Python raises; we resend the root).
    if (!previous) return null;
    const from = String(previous.value);
    const to = String(node.value);
    if (from === to) continue;
    if (!to.startsWith(from)) return null;
    deltas.push({ type: 'widget.streaming_text.value_delta', component_id: id, delta: to.slice(from.length), done: !node.streaming });
  }
  return deltas;
}

export function diffWidget(before: WidgetRoot, after: WidgetRoot, options: DiffWidgetOptions = {}): WidgetUpdate[] {
  const rootUpdate: WidgetUpdate[] = [{ type: 'widget.root.updated', widget: after }];
  if (needsReplace(before, after)) {
    if (!options.componentUpdates) return rootUpdate;
    const changed = changedComponents(before, after);
    if (!changed || changed.length === 0) return rootUpdate;
    const replaced = new Set(changed.map((node) => node.id as string));
    const deltas = textDeltas(before, after, replaced);
    if (!deltas) return rootUpdate;
    const updates: WidgetUpdate[] = changed.map((node) => ({
      type: 'widget.component.updated',
      component_id: node.id as string,
      component: node as WidgetComponent,
    }));
    return [...updates, ...deltas];
  }
  return textDeltas(before, after, new Set()) ?? rootUpdate;
}
