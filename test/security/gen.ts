/**
 * Expands the corpus's generated inputs: any object that is exactly `{"gen": {...}}` becomes the
 * large value it describes (see ../shared/corpus/hostile/README.md). Builders are iterative, so
 * a depth of 100,000 never recurses here; the renderer is what the case is testing.
 */

type Json = unknown;
type Gen = Record<string, unknown>;

const num = (gen: Gen, key: string, fallback = 0): number => (typeof gen[key] === 'number' ? (gen[key] as number) : fallback);
const str = (gen: Gen, key: string, fallback = ''): string => (typeof gen[key] === 'string' ? (gen[key] as string) : fallback);

function isGen(value: unknown): value is { gen: Gen } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const gen = (value as { gen?: unknown }).gen;
  return keys.length === 1 && keys[0] === 'gen' && gen !== null && typeof gen === 'object';
}

/** A leaf of the given type with the props it needs to be valid, numbered so keys and text differ. */
function leaf(type: string, index: number): Json {
  switch (type) {
    case 'Text':
    case 'Title':
    case 'Caption':
      return { type, value: `${type.toLowerCase()} ${index}` };
    case 'Badge':
    case 'Button':
      return { type, label: `${type.toLowerCase()} ${index}` };
    case 'Icon':
      return { type, name: 'star' };
    case 'Image':
      return { type, src: 'data:image/png;base64,iVBORw0KGgo=', alt: `image ${index}` };
    case 'ListViewItem':
      return { type, children: [{ type: 'Text', value: `item ${index}` }] };
    case 'Table.Row':
      return { type, children: [{ type: 'Table.Cell', children: [{ type: 'Text', value: `row ${index}` }] }] };
    case 'Table.Cell':
      return { type, children: [{ type: 'Text', value: `cell ${index}` }] };
    default:
      return { type };
  }
}

/** `deep {depth,type}` / `deepAlt {depth,types}`: a chain of containers with one Text at the bottom. */
function deep(depth: number, typeAt: (level: number) => string): Json {
  let node: Json = { type: 'Text', value: 'bottom' };
  for (let level = depth - 1; level >= 0; level--) node = { type: typeAt(level), children: [node] };
  return node;
}

function wide(gen: Gen): Json {
  const count = num(gen, 'count');
  const child = str(gen, 'child', 'Text');
  const key = gen.key;
  const children: Json[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const node = leaf(child, i) as Record<string, unknown>;
    if (key === 'same') node.key = 'same';
    else if (key === 'id') node.id = `n${i}`;
    children[i] = node;
  }
  return { type: str(gen, 'type', 'Col'), children };
}

/** `string {repeat,times,prefix?,suffix?,indent?}`; `indent` (spaces or text) goes before every repetition. */
function repeated(gen: Gen): string {
  const indent = typeof gen.indent === 'number' ? ' '.repeat(gen.indent) : str(gen, 'indent');
  return str(gen, 'prefix') + (indent + str(gen, 'repeat')).repeat(num(gen, 'times')) + str(gen, 'suffix');
}

/** `table {cols,rows}`: a GitHub-flavoured Markdown table. */
function markdownTable(gen: Gen): string {
  const cols = num(gen, 'cols');
  const row = (cell: (col: number) => string) => `|${Array.from({ length: cols }, (_, col) => ` ${cell(col)} `).join('|')}|`;
  const lines = [row((col) => `h${col}`), row(() => '---')];
  for (let r = 0; r < num(gen, 'rows'); r++) lines.push(row((col) => `${r}.${col}`));
  return lines.join('\n');
}

/** `points {count,keys?}`: chart rows `{x, y}`, or `{x, y0..y(keys-1)}` to match `series`. */
function points(gen: Gen): Json {
  const count = num(gen, 'count');
  const keys = num(gen, 'keys');
  const rows: Json[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = { x: `p${i}` };
    if (keys > 0) for (let k = 0; k < keys; k++) row[`y${k}`] = (i * (k + 1)) % 97;
    else row.y = i % 97;
    rows[i] = row;
  }
  return rows;
}

function generate(gen: Gen): Json {
  switch (gen.kind) {
    case 'deep':
      return deep(num(gen, 'depth'), () => str(gen, 'type', 'Box'));
    case 'deepAlt': {
      const types = Array.isArray(gen.types) && gen.types.length > 0 ? (gen.types as string[]) : ['Row', 'Col'];
      return deep(num(gen, 'depth'), (level) => types[level % types.length] ?? 'Box');
    }
    case 'wide':
      return wide(gen);
    case 'string':
      return repeated(gen);
    case 'table':
      return markdownTable(gen);
    case 'points':
      return points(gen);
    case 'series':
      return Array.from({ length: num(gen, 'count') }, (_, i) => ({ type: 'line', dataKey: `y${i}` }));
    case 'options':
      return Array.from({ length: num(gen, 'count') }, (_, i) => ({ label: `Option ${i}`, value: `o${i}` }));
    case 'deepObject': {
      let value: Json = {};
      for (let i = 0; i < num(gen, 'depth'); i++) value = { a: value };
      return value;
    }
    case 'deepArray': {
      let value: Json = [];
      for (let i = 0; i < num(gen, 'depth'); i++) value = [value];
      return value;
    }
    case 'wideObject': {
      const value: Record<string, number> = {};
      for (let i = 0; i < num(gen, 'count'); i++) value[`k${i}`] = i;
      return value;
    }
    default:
      throw new Error(`unknown gen kind ${String(gen.kind)}`);
  }
}

/**
 * Replaces every `{gen}` object inside `value` in place and returns the expanded value. Existing
 * own keys (including an own `"__proto__"`) are redefined, never assigned, so they stay own keys.
 */
export function expandGenerated(value: Json): Json {
  if (isGen(value)) return generate(value.gen);
  if (value === null || typeof value !== 'object') return value;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    const expanded = expandGenerated(child);
    if (expanded !== child) Object.defineProperty(value, key, { value: expanded, writable: true, enumerable: true, configurable: true });
  }
  return value;
}
