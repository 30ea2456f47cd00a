/**
 * Form values merged into an action payload by field name; dotted names nest
 * (`task.title` → `{task: {title}}`). Names come from widget JSON, so every write is an own-property
 * definition: `__proto__`, `constructor` and `prototype` become plain keys, never prototype changes.
 */

export type FormValue = string | boolean | number | null | string[];
type Tree = Record<string, unknown>;

const MAX_NAME_DEPTH = 16;

function defineOwn(target: Tree, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainTree(value: unknown): value is Tree {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Returns a copy of `payload` with each `[name, value]` written at its dotted path. */
export function mergeFormValues(payload: Readonly<Tree> | undefined, entries: Iterable<readonly [string, FormValue]>): Tree {
  const out: Tree = {};
  if (payload) for (const key of Object.keys(payload)) defineOwn(out, key, payload[key]);
  for (const [name, value] of entries) {
    const parts = name.split('.');
    if (parts.length > MAX_NAME_DEPTH || parts.some((part) => part.length === 0)) {
      defineOwn(out, name, value); // not a usable path: keep the name whole
      continue;
    }
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const existing = Object.hasOwn(node, part) ? node[part] : undefined;
      const next: Tree = isPlainTree(existing) ? { ...existing } : {};
      defineOwn(node, part, next);
      node = next;
    }
    defineOwn(node, parts[parts.length - 1] as string, value);
  }
  return out;
}
