/**
 * Applies one streamed widget update to a widget tree, immutably with structural sharing: only the
 * changed node and its ancestors become new objects; every other node keeps its identity, which is
 * what lets `<ck-widget>` skip re-rendering (and keep focus and typed input in) everything else.
 */
import type { JsonObject, WidgetComponent, WidgetRoot, WidgetUpdate } from '../protocol/types.js';

type Replace = (node: JsonObject) => JsonObject;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null;
}

// Component types are PascalCase (`Text`, `Table.Row`); action types are not (`line.select`), so
// an action payload that happens to carry an `id` is never mistaken for a component.
function isNode(value: unknown): value is JsonObject {
  if (!isObject(value) || Array.isArray(value)) return false;
  const type = value['type'];
  return typeof type === 'string' && type.charCodeAt(0) >= 65 && type.charCodeAt(0) <= 90;
}

type Path = readonly (string | number)[];

// Where each component id first occurs (depth-first, children in order: the node `replaceById`
// below would find), per widget object. Streams send thousands of updates to one widget: with the
// index an update copies its O(depth) path instead of walking the whole tree. Widget JSON is
// treated as immutable (see catalog.ts), so a widget object's index stays true; a path is still
// checked before use, and a miss falls back to the walk.
const indexes = new WeakMap<object, Map<string, Path>>();

function buildIndex(root: unknown): Map<string, Path> {
  const index = new Map<string, Path>();
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!isObject(value[i])) continue;
        path.push(i);
        visit(value[i]);
        path.pop();
      }
      return;
    }
    if (!isNode(value)) return;
    const id = value['id'];
    if (typeof id === 'string' && !index.has(id)) index.set(id, path.slice());
    for (const key in value) {
      const child = value[key];
      if (!Array.isArray(child) && !isNode(child)) continue;
      path.push(key);
      visit(child);
      path.pop();
    }
  };
  visit(root);
  return index;
}

function indexOf(root: object): Map<string, Path> {
  let index = indexes.get(root);
  if (!index) {
    index = buildIndex(root);
    indexes.set(root, index);
  }
  return index;
}

function at(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (!isObject(value)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

// Copies the nodes and arrays along `path`, with `leaf` at its end.
function replaceAt(value: unknown, path: Path, depth: number, leaf: JsonObject): unknown {
  if (depth === path.length) return leaf;
  const key = path[depth]!;
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[key as number] = replaceAt(value[key as number], path, depth + 1, leaf);
    return copy;
  }
  const node = value as JsonObject;
  return { ...node, [key]: replaceAt(node[key as string], path, depth + 1, leaf) };
}

// Whether a subtree holds a component id below its root (replacing it may then move other ids).
function hasInnerIds(node: JsonObject): boolean {
  for (const key in node) {
    const child = node[key];
    if (!Array.isArray(child) && !isNode(child)) continue;
    if (buildIndex(child).size > 0) return true;
  }
  return false;
}

// Walks nodes and arrays of nodes under any key (children, rows, cells, …), replacing the first
// node whose `id` matches. Returns the same reference when nothing matched.
function replaceById(value: unknown, id: string, replace: Replace): unknown {
  if (!isObject(value)) return value;
  const index = indexOf(value);
  const path = index.get(id);
  if (!path) return value;
  const node = at(value, path);
  if (!isNode(node) || node['id'] !== id) {
    // The widget was changed in place after it was indexed: forget the index and walk.
    indexes.delete(value);
    return replaceByIdWalk(value, id, replace);
  }
  const leaf = replace(node);
  const next = replaceAt(value, path, 0, leaf) as JsonObject;
  // The same ids at the same paths: the new widget shares the index, unless the replaced
  // component brought or took away inner ids (then the next update rebuilds it).
  if (leaf['id'] === id && !hasInnerIds(node) && !hasInnerIds(leaf)) indexes.set(next, index);
  return next;
}

function replaceByIdWalk(value: unknown, id: string, replace: Replace): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (!isObject(child)) continue;
      const next = replaceByIdWalk(child, id, replace);
      if (next !== child) {
        const copy = value.slice();
        copy[i] = next;
        return copy;
      }
    }
    return value;
  }
  if (!isNode(value)) return value;
  if (value['id'] === id) return replace(value);
  for (const key in value) {
    const child = value[key];
    if (!Array.isArray(child) && !isNode(child)) continue;
    const next = replaceByIdWalk(child, id, replace);
    if (next !== child) return { ...value, [key]: next };
  }
  return value;
}

/**
 * Returns the widget after `update`:
 * - `widget.streaming_text.value_delta` appends `delta` to the `value` of the component with
 *   `id === component_id` (and clears its `streaming` flag when `done`);
 * - `widget.component.updated` replaces that component;
 * - `widget.root.updated` replaces the whole root.
 * When no component has the id, the same widget object comes back (callers can log it).
 */
export function applyWidgetUpdate(widget: WidgetRoot, update: WidgetUpdate): WidgetRoot {
  switch (update.type) {
    case 'widget.root.updated':
      return update.widget;
    case 'widget.component.updated': {
      const component: WidgetComponent = update.component;
      return replaceById(widget, update.component_id, () => component) as WidgetRoot;
    }
    case 'widget.streaming_text.value_delta':
      return replaceById(widget, update.component_id, (node) => {
        const value = typeof node['value'] === 'string' ? node['value'] : '';
        const next: JsonObject = { ...node, value: value + update.delta };
        if (update.done && node['streaming'] === true) next['streaming'] = false;
        return next;
      }) as WidgetRoot;
    default:
      return widget;
  }
}
