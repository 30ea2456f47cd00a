/**
 * The root check chatkit-python's `build` makes (DynamicWidgetRoot) and nothing more: the root is
 * a Card, ListView or Basic; on it and on every component reached through `children`, `key` and
 * `id` are strings or null and `children` is missing, null, one component or a list of them.
 * Iterative, so a 10^5-deep tree cannot exhaust the stack.
 */
import { TemplateError } from './errors.js';

const ROOT_TYPES = ['Card', 'ListView', 'Basic'];

function invalid(path: string, message: string): TemplateError {
  return new TemplateError('validate', message, { path });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function validateRoot(value: unknown): void {
  if (!isObject(value)) throw invalid('root', 'root must be an object');
  const type = Object.hasOwn(value, 'type') ? value.type : undefined;
  if (typeof type !== 'string' || !ROOT_TYPES.includes(type)) {
    const got = type === undefined ? 'nothing' : `'${typeof type === 'string' ? type : JSON.stringify(type)}'`;
    throw invalid('root.type', `root type must be one of ${ROOT_TYPES.join(', ')} (got ${got})`);
  }
  const pending: { node: Record<string, unknown>; path: string }[] = [{ node: value, path: 'root' }];
  while (pending.length) {
    const { node, path } = pending.pop() as { node: Record<string, unknown>; path: string };
    for (const field of ['key', 'id']) {
      const v = Object.hasOwn(node, field) ? node[field] : undefined;
      if (v !== undefined && v !== null && typeof v !== 'string') {
        throw invalid(`${path}.${field}`, `${path}.${field} must be a string or null`);
      }
    }
    const children = Object.hasOwn(node, 'children') ? node.children : undefined;
    if (children === undefined || children === null) continue;
    const list = Array.isArray(children) ? children : isObject(children) ? [children] : null;
    if (!list) throw invalid(`${path}.children`, `${path}.children must be a component, a list or null`);
    for (let i = list.length - 1; i >= 0; i--) {
      const child = list[i];
      const childPath = Array.isArray(children) ? `${path}.children[${i}]` : `${path}.children`;
      if (!isObject(child)) throw invalid(childPath, `${childPath} must be a component (an object with a string type)`);
      if (!Object.hasOwn(child, 'type') || child.type === undefined) throw invalid(`${childPath}.type`, `${childPath}.type is required`);
      if (typeof child.type !== 'string') throw invalid(`${childPath}.type`, `${childPath}.type must be a string`);
      pending.push({ node: child, path: childPath });
    }
  }
}
