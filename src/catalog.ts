import { html, noChange, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { Directive, directive, type DirectiveResult, type Part } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import { parseNode as parseBuiltinNode } from './schema/index.js';
import { childIdentity } from './schema/share-unchanged.js';
import type { ActionConfig } from './schema/index.js';

/**
 * The catalog: component type → descriptor. `renderNode` looks a node's type up here; there is
 * no switch over types anywhere. Adding a component is adding one file and one `registerComponent` line.
 */

/** Anything with zod's `safeParse` shape (zod, zod/mini, or a hand-written validator). */
export interface NodeSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}

export interface ComponentDescriptor<T = Record<string, unknown>> {
  /** Validates one node's own props (not its children). Built-in types use the widget schemas. */
  schema?: NodeSchema<T>;
  /**
   * Renders a validated node: a Lit template, or a directive result for a child position (the
   * built-in leaf components build their element with the DOM API). Children are rendered through
   * `ctx.children()`.
   */
  render(node: T, ctx: RenderContext): TemplateResult | DirectiveResult | typeof nothing;
  /** Styles adopted once by every `<ck-widget>` (shared constructable style sheets). */
  styles?: CSSResultGroup;
}

/** How a rendered control asks for its action to run; the element decides what that means. */
export interface ActionRequest {
  action: ActionConfig;
  /** The element the user acted on (for loading state and for finding the enclosing form). */
  source: Element;
}

/** A module loaded on first use (Markdown, Chart, full icon set). */
export interface LazyModule<M> {
  readonly loaded: M | undefined;
  /** Why loading failed (a missing chunk, a network error), once it has. */
  readonly failure: unknown;
  load(): Promise<M>;
}

/**
 * `retry`: a failed load is forgotten, so the next `load()` tries again (a load a user's action
 * starts: a chunk can fail on a flaky network and arrive on the second try). Without it a failure is
 * kept, so a render shows it instead of asking for the chunk again on every frame.
 */
export function lazyModule<M>(loader: () => Promise<M>, options: { retry?: boolean } = {}): LazyModule<M> {
  let promise: Promise<M> | undefined;
  const box: { loaded: M | undefined; failure: unknown; load(): Promise<M> } = {
    loaded: undefined,
    failure: undefined,
    load() {
      promise ??= loader().then(
        (module) => (box.loaded = module),
        (error: unknown) => {
          box.failure = error ?? new Error('unknown failure');
          if (options.retry) promise = undefined;
          throw error;
        },
      );
      return promise;
    },
  };
  return box;
}

export interface RenderLimits {
  /** Deepest nesting of components rendered; deeper nodes become a placeholder. */
  maxDepth: number;
  /** Most nodes rendered in one widget; the rest become one placeholder. */
  maxNodes: number;
  /** Longest string shown in a text component. */
  maxTextLength: number;
}

/** Placeholders (and ck-error events) one render shows before a single summary replaces the rest. */
export const MAX_SHOWN_PROBLEMS = 100;

export const DEFAULT_LIMITS: RenderLimits = { maxDepth: 40, maxNodes: 20_000, maxTextLength: 100_000 };

export interface RenderProblem {
  type: string;
  path: string;
  message: string;
}

export interface RenderContext {
  /** JSON path of the node being rendered, e.g. `$.children[2]`. */
  readonly path: string;
  readonly depth: number;
  readonly limits: RenderLimits;
  /** Values a parent passes down to its subtree (e.g. a header Table.Row tells its cells). */
  readonly env: Readonly<Record<string, unknown>>;
  /** The node's children rendered in order, keyed by `key`, else `id`, else position. */
  children(children: unknown, field?: string, env?: Readonly<Record<string, unknown>>): unknown;
  /** One child node (e.g. Transition's single child). */
  child(node: unknown, field: string): unknown;
  /** Runs an action for a control; returns nothing, the element reports what happens. */
  act(request: ActionRequest): void;
  /** A lazily loaded module, or undefined while it loads (the widget re-renders when it arrives). */
  lazy<M>(module: LazyModule<M>): M | undefined;
  /** Renders a visible, non-fatal problem in place of part of a node. */
  problem(message: string, type?: string): TemplateResult | typeof nothing;
  /** UI state that belongs to this node (e.g. "show more" expanded) and survives re-renders. */
  state<T>(name: string, initial: T): [value: T, set: (value: T) => void];
  /** Whether the host page's focus may be moved into the widget (autoFocus never steals focus). */
  mayTakeFocus(): boolean;
}

export interface RenderSession {
  readonly limits: RenderLimits;
  readonly problems: RenderProblem[];
  readonly pending: Promise<unknown>[];
  nodes: number;
  act(request: ActionRequest): void;
  /** Per-node UI state, keyed by path and name. */
  readonly ui: Map<string, unknown>;
  requestUpdate(): void;
  mayTakeFocus(): boolean;
  /**
   * Changes whenever something besides the widget JSON changes what nodes render (UI state, a lazy
   * module arriving): an unchanged node object at the same path re-renders only when this differs.
   */
  readonly epoch: number;
  /** Nodes whose subtree is still being rendered (see `endRender`). */
  readonly open: OpenNode[];
}

/** A node being rendered: what the session had counted when it started, so its subtree can be measured. */
interface OpenNode {
  readonly depth: number;
  readonly startNodes: number;
  readonly startProblems: number;
  finish(count: number, problems: RenderProblem[]): void;
}

const registry = new Map<string, ComponentDescriptor<any>>();
const builtins = new Set<string>();
let stylesVersion = 0;
/** Changes with every (re)registration: a replaced component re-renders nodes of its type. */
let registryVersion = 0;

const TYPE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/**
 * Adds a component type. Built-in types may be replaced by user components of the same name.
 * @example registerComponent('Rating', { schema: z.object({ value: z.number() }), render: (n) => html`★ ${n.value}` })
 */
export function registerComponent<T>(type: string, descriptor: ComponentDescriptor<T>): void {
  if (!TYPE_NAME.test(type)) throw new TypeError(`registerComponent: invalid component type name ${JSON.stringify(type)}`);
  if (typeof descriptor?.render !== 'function') throw new TypeError(`registerComponent(${type}): render must be a function`);
  registry.set(type, descriptor as ComponentDescriptor<any>);
  builtins.delete(type);
  registryVersion++;
  if (descriptor.styles) stylesVersion++;
}

/** Registers a built-in type, validated by the widget-language schemas. */
export function registerBuiltin<T>(type: string, descriptor: ComponentDescriptor<T>): void {
  registry.set(type, descriptor as ComponentDescriptor<any>);
  builtins.add(type);
  registryVersion++;
  if (descriptor.styles) stylesVersion++;
}

export function componentTypes(): string[] {
  return [...registry.keys()];
}

/** Every registered component's styles, and a version that changes when the set changes. */
export function catalogStyles(): { version: number; styles: CSSResultGroup[] } {
  const styles: CSSResultGroup[] = [];
  for (const descriptor of registry.values()) if (descriptor.styles) styles.push(descriptor.styles);
  return { version: stylesVersion, styles };
}

/** Adds styles that belong to no component (e.g. a lazily loaded Markdown module's). */
export function addCatalogStyles(type: string, styles: CSSResultGroup): void {
  const existing = registry.get(type);
  if (existing && existing.styles !== styles) {
    registry.set(type, { ...existing, styles: existing.styles ? [existing.styles, styles] : styles });
    stylesVersion++;
  }
}

type Validated = { ok: true; value: Record<string, unknown> } | { ok: false; type: string; message: string };

function describeType(node: unknown): string {
  if (node === null) return 'null';
  if (Array.isArray(node)) return 'array';
  if (typeof node !== 'object') return typeof node;
  const type = (node as { type?: unknown }).type;
  return typeof type === 'string' ? type.slice(0, 64) : 'node without a type';
}

let schemaValidation = true;

/**
 * Internal, for `npm run bench` only (not exported from the package): render nodes without their
 * schemas, so the benchmark can show what validation costs. Never for real pages: payload would
 * reach the components unchecked.
 */
export function setSchemaValidation(enabled: boolean): void {
  schemaValidation = enabled;
}

function validate(node: unknown): Validated {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    return { ok: false, type: describeType(node), message: `expected a component object, got ${describeType(node)}` };
  }
  if (!schemaValidation) {
    const type = (node as { type?: unknown }).type;
    return typeof type === 'string' && registry.has(type) ? { ok: true, value: node as Record<string, unknown> } : validateUncached(node);
  }
  return validateUncached(node);
}

function validateUncached(node: object): Validated {
  const type = Object.hasOwn(node, 'type') ? (node as { type: unknown }).type : undefined;
  if (typeof type !== 'string') return { ok: false, type: describeType(node), message: 'missing "type"' };
  const descriptor = registry.get(type);
  if (!descriptor) {
    return { ok: false, type, message: `unknown component type "${type.slice(0, 64)}"` };
  }
  if (builtins.has(type)) {
    // Each child is validated when it renders, and a bad entry in `children` becomes its own
    // placeholder (it must not fail the parent): the node's own parse sees an empty list, so a
    // 1,000-row ListView costs one node's parse, not 1,000 shape checks more.
    const children = (node as { children?: unknown }).children;
    const checked = Array.isArray(children) ? { ...node, children: [] } : node;
    const parsed = parseBuiltinNode(checked);
    if (parsed.ok && checked !== node && 'children' in parsed.value) (parsed.value as Record<string, unknown>).children = children;
    return parsed.ok
      ? { ok: true, value: parsed.value as Record<string, unknown> }
      : { ok: false, type, message: parsed.issues.map((issue) => formatIssue(issue.path, issue.message)).join('; ') };
  }
  if (!descriptor.schema) return { ok: true, value: node as Record<string, unknown> };
  const parsed = descriptor.schema.safeParse(node);
  return parsed.success
    ? { ok: true, value: parsed.data as Record<string, unknown> }
    : { ok: false, type, message: parsed.error.issues.map((issue) => formatIssue(issue.path, issue.message)).join('; ') };
}

function formatIssue(path: ReadonlyArray<PropertyKey>, message: string): string {
  return path.length ? `${path.map(String).join('.')}: ${message}` : message;
}

/**
 * The key that keeps a child's DOM across updates: `key`, else `id` (strings), else its position
 * (a number, so it never equals a string key).
 */
function childKey(node: unknown, index: number, seen: Set<string>): string | number {
  const candidate = childIdentity(node);
  // Duplicate keys would confuse keyed reconciliation; later duplicates fall back to position.
  if (candidate === undefined || seen.has(candidate)) return index;
  seen.add(candidate);
  return candidate;
}

function placeholder(type: string, path: string, message: string): TemplateResult {
  return html`<span part="error" class="ck-error" data-ck-error role="note" title=${`${type} at ${path}: ${message}`}
    ><span class="ck-error-type">${type}</span> <span class="ck-error-path">${path}</span>: ${message}</span
  >`;
}

class Context implements RenderContext {
  constructor(
    private readonly session: RenderSession,
    readonly path: string,
    readonly depth: number,
    readonly env: Readonly<Record<string, unknown>>,
  ) {}

  get limits(): RenderLimits {
    return this.session.limits;
  }

  children(children: unknown, field = 'children', env?: Readonly<Record<string, unknown>>): unknown {
    if (children === undefined || children === null) return nothing;
    const childEnv = env ? { ...this.env, ...env } : this.env;
    const all = Array.isArray(children) ? children : [children];
    // Past the node budget only one overflow placeholder renders (see renderNode), so a list of a
    // million children costs a slice, not a million keys and validations.
    const budget = Math.max(0, this.session.limits.maxNodes - this.session.nodes) + 1;
    const list = all.length > budget ? all.slice(0, budget) : all;
    const base = `${this.path}.${field}`;
    const seen = new Set<string>();
    const keys = list.map((child, index) => childKey(child, index, seen));
    const listed = Array.isArray(children);
    return repeat(
      list,
      (_child, index) => keys[index],
      (child, index) => nodeRender(child, this.session, base, listed ? index : -1, this.depth + 1, childEnv),
    );
  }

  child(node: unknown, field: string): unknown {
    return nodeRender(node, this.session, `${this.path}.${field}`, -1, this.depth + 1, this.env);
  }

  act(request: ActionRequest): void {
    this.session.act(request);
  }

  lazy<M>(module: LazyModule<M>): M | undefined {
    if (module.failure !== undefined) {
      // The component shows its fallback; the failure is reported once per node as a ck-error.
      this.session.problems.push({ type: 'Widget', path: this.path, message: `a renderer failed to load: ${String(module.failure)}` });
      return undefined;
    }
    if (module.loaded === undefined) this.session.pending.push(module.load());
    return module.loaded;
  }

  state<T>(name: string, initial: T): [T, (value: T) => void] {
    const key = `${this.path}#${name}`;
    const value = this.session.ui.has(key) ? (this.session.ui.get(key) as T) : initial;
    return [
      value,
      (next: T) => {
        this.session.ui.set(key, next);
        this.session.requestUpdate();
      },
    ];
  }

  mayTakeFocus(): boolean {
    return this.session.mayTakeFocus();
  }

  problem(message: string, type = 'Widget'): TemplateResult | typeof nothing {
    const count = this.session.problems.length;
    if (count > MAX_SHOWN_PROBLEMS) return nothing;
    if (count === MAX_SHOWN_PROBLEMS) {
      // 100,000 bad nodes must not mean 100,000 placeholders and ck-error events: one summary ends them.
      const summary = `more than ${MAX_SHOWN_PROBLEMS} problems in this widget; the rest are not shown`;
      this.session.problems.push({ type: 'Widget', path: this.path, message: summary });
      return placeholder('Widget', this.path, summary);
    }
    this.session.problems.push({ type, path: this.path, message });
    return placeholder(type, this.path, message);
  }
}

const NO_ENV: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_PROBLEMS: RenderProblem[] = [];

/** Marks every open node at `depth` or deeper as finished: its subtree has been rendered. */
function closeOpen(session: RenderSession, depth: number): void {
  const open = session.open;
  for (let top = open[open.length - 1]; top !== undefined && top.depth >= depth; top = open[open.length - 1]) {
    open.pop();
    top.finish(session.nodes - top.startNodes, session.problems.length === top.startProblems ? NO_PROBLEMS : session.problems.slice(top.startProblems));
  }
}

/** Call once the render committed (the element's `updated`): finishes the bookkeeping of skipped subtrees. */
export function endRender(session: RenderSession): void {
  closeOpen(session, 0);
}

/**
 * One node in its place in the DOM. An unchanged node (the same object at the same path, in the
 * same epoch) is skipped: neither validated nor rendered again, so an update costs what changed,
 * not the size of the widget. Widget JSON is treated as immutable, as `applyWidgetUpdate` and
 * `<ck-widget>`'s structural sharing keep it. A skipped subtree still counts its nodes and problems
 * towards the session's limits, as if it had rendered.
 */
class NodeRender extends Directive implements OpenNode {
  // Plain fields, not #private ones: one of these exists per rendered node.
  private node: unknown = NodeRender;
  private base = '';
  private index = -1;
  private env: unknown;
  private epoch = -1;
  private limits: RenderLimits | undefined;
  private registry = -1;
  depth = 0;
  startNodes = 0;
  startProblems = 0;
  private count = 0;
  private problems: RenderProblem[] = NO_PROBLEMS;
  // The last validation, kept while the node is the same object: a node that renders again in its
  // place (moved by an insertion above it, new UI state, a lazy module) is not parsed again.
  private validatedNode: unknown = NodeRender;
  private validatedRegistry = -1;
  private validated: Validated | undefined;

  /** The node at `base`, or at `base[index]` in a list (index -1: not in a list); the path is built only to render. */
  render(node: unknown, session: RenderSession, base: string, index: number, depth: number, env: Readonly<Record<string, unknown>>): unknown {
    return renderUncached(node, session, index < 0 ? base : `${base}[${index}]`, depth, env, this);
  }

  override update(_part: Part, [node, session, base, index, depth, env]: Parameters<NodeRender['render']>): unknown {
    closeOpen(session, depth);
    const max = session.limits.maxNodes;
    const unchanged =
      node === this.node && index === this.index && base === this.base && env === this.env &&
      session.epoch === this.epoch && session.limits === this.limits && registryVersion === this.registry;
    // The same output needs the same budget: untruncated before and now, and the same problem count
    // ahead of it if it shows problems (the 100-placeholder cap).
    if (
      unchanged &&
      this.startNodes + this.count <= max &&
      session.nodes + this.count <= max &&
      (this.problems.length === 0 || session.problems.length === this.startProblems)
    ) {
      session.nodes += this.count;
      for (const problem of this.problems) session.problems.push(problem);
      return noChange;
    }
    this.node = node;
    this.base = base;
    this.index = index;
    this.env = env;
    this.epoch = session.epoch;
    this.limits = session.limits;
    this.registry = registryVersion;
    return this.render(node, session, base, index, depth, env);
  }

  start(session: RenderSession, depth: number): void {
    this.depth = depth;
    this.startNodes = session.nodes;
    this.startProblems = session.problems.length;
    session.open.push(this);
  }

  finish(count: number, problems: RenderProblem[]): void {
    this.count = count;
    this.problems = problems;
  }

  validate(node: unknown): Validated {
    if (node === this.validatedNode && this.validatedRegistry === registryVersion && this.validated && schemaValidation) return this.validated;
    const result = validate(node);
    if (!schemaValidation) return result; // never keep an unchecked node as validated
    this.validatedNode = node;
    this.validatedRegistry = registryVersion;
    this.validated = result;
    return result;
  }
}

const nodeRender = directive(NodeRender);

/**
 * Renders one node (validating it) and, through its render function, its subtree, where the result
 * is placed in a template's child position. Never throws.
 */
export function renderNode(node: unknown, session: RenderSession, path: string, depth: number, env = NO_ENV): DirectiveResult<typeof NodeRender> {
  return nodeRender(node, session, path, -1, depth, env);
}

function renderUncached(node: unknown, session: RenderSession, path: string, depth: number, env: Readonly<Record<string, unknown>>, record: NodeRender): unknown {
  closeOpen(session, depth);
  record.start(session, depth);
  const ctx = new Context(session, path, depth, env);
  if (depth > session.limits.maxDepth) {
    return ctx.problem(`nesting deeper than ${session.limits.maxDepth} levels is not rendered`, describeType(node));
  }
  if (++session.nodes > session.limits.maxNodes) {
    // One placeholder for the overflow, not one per dropped node.
    return session.nodes === session.limits.maxNodes + 1
      ? ctx.problem(`widget has more than ${session.limits.maxNodes.toLocaleString('en')} components; the rest is not rendered`, describeType(node))
      : nothing;
  }
  const result = record.validate(node);
  if (!result.ok) return ctx.problem(result.message, result.type);
  const descriptor = registry.get(result.value.type as string);
  if (!descriptor) return ctx.problem('unknown component type', String(result.value.type));
  try {
    return descriptor.render(result.value, ctx);
  } catch (error) {
    // A user component that throws degrades to a placeholder like any bad node.
    return ctx.problem(`render failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300), String(result.value.type));
  }
}
