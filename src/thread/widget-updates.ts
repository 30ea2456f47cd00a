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

// Walks nodes and arrays of nodes under any key (children, rows, cells, …), replacing the first
// node whose `id` matches. Returns the same reference when nothing matched.
function replaceById(value: unknown, id: string, replace: Replace): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (!isObject(child)) continue;
      const next = replaceById(child, id, replace);
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
    const next = replaceById(child, id, replace);
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
