/**
 * One render's state: variable scopes, the output buffer, and the work limits that turn a runaway
 * template (huge loops, deep recursion, giant output) into a clear error instead of a hang.
 * Also the objects Jinja puts in scope: `loop`, macros, range, dict, namespace, cycler, joiner.
 */
import { bindArgs } from './call-args.js';
import { PyException, limitError, typeError, valueError } from './py-exception.js';
import { eq, iterate } from './operators.js';
import { pyStr } from './pystr.js';
import {
  MISSING,
  Namespace,
  PyCallable,
  PyDict,
  PyObject,
  PyRange,
  Undefined,
  dictEntries,
  isDataDict,
  tuple,
  type CallArgs,
} from './values.js';

export interface RenderLimits {
  /** Loop iterations (and filtered items) per render. */
  maxIterations: number;
  /** Characters in the rendered text, and in any one captured block. */
  maxOutputChars: number;
  /** Nested macro calls and recursive loop calls. */
  maxCallDepth: number;
}

export const DEFAULT_LIMITS: RenderLimits = {
  maxIterations: 100_000,
  maxOutputChars: 5_000_000,
  maxCallDepth: 200,
};

/**
 * A filter. Those with named parameters also expose `bound`, so the compiler can bind constant
 * arguments (`round(1)`, `join(', ')`) once instead of on every call.
 */
export type FilterFn = ((rt: Runtime, value: unknown, a: CallArgs) => unknown) & {
  bound?: { params: readonly string[]; required: number; apply: (rt: Runtime, value: unknown, args: unknown[]) => unknown };
};
export type TestFn = (rt: Runtime, value: unknown, args: unknown[]) => boolean;

/** The filters and tests a render can call by name (map('upper'), select('odd'), ...). */
export interface Registry {
  filters: ReadonlyMap<string, FilterFn>;
  tests: ReadonlyMap<string, TestFn>;
}

export class Runtime {
  out = '';
  private iterations = 0;
  private depth = 0;

  constructor(
    readonly data: Record<string, unknown>,
    readonly limits: RenderLimits,
    readonly registry: Registry,
  ) {}

  callFilter(name: string, value: unknown, a: CallArgs): unknown {
    const f = this.registry.filters.get(name);
    if (!f) throw new PyException('TemplateRuntimeError', `No filter named '${name}' found.`);
    return f(this, value, a);
  }

  callTest(name: string, value: unknown, args: unknown[]): boolean {
    const t = this.registry.tests.get(name);
    if (!t) throw new PyException('TemplateRuntimeError', `No test named '${name}' found.`);
    return t(this, value, args);
  }

  write(s: string): void {
    this.out += s;
    if (this.out.length > this.limits.maxOutputChars) {
      throw limitError(`rendered output is larger than ${this.limits.maxOutputChars} characters`);
    }
  }

  /** Counts one unit of loop work; fails once the render has done too much. */
  tick(n = 1): void {
    this.iterations += n;
    if (this.iterations > this.limits.maxIterations) {
      throw limitError(`more than ${this.limits.maxIterations} loop iterations in one render`);
    }
  }

  /** Renders into a fresh buffer (macros, set blocks, filter blocks) and returns the text. */
  capture(run: () => void): string {
    const saved = this.out;
    this.out = '';
    try {
      run();
      return this.out;
    } finally {
      this.out = saved;
    }
  }

  enterCall(): void {
    if (++this.depth > this.limits.maxCallDepth) {
      this.depth = 0;
      throw new PyException('RecursionError', `maximum recursion depth exceeded (more than ${this.limits.maxCallDepth} nested calls)`);
    }
  }

  leaveCall(): void {
    if (this.depth > 0) this.depth--;
  }
}

/**
 * Variables of one scope. Loop bodies bind two names per iteration (the target and `loop`), so
 * the first two live in fields and a Map is only made for scopes holding more.
 */
class Vars {
  private k0: string | null = null;
  private v0: unknown = undefined;
  private k1: string | null = null;
  private v1: unknown = undefined;
  private more: Map<string, unknown> | null = null;

  get(name: string): unknown {
    if (this.k0 === name) return this.v0;
    if (this.k1 === name) return this.v1;
    return this.more === null ? undefined : this.more.get(name);
  }

  has(name: string): boolean {
    return this.k0 === name || this.k1 === name || (this.more !== null && this.more.has(name));
  }

  set(name: string, value: unknown): void {
    if (this.k0 === null || this.k0 === name) {
      this.k0 = name;
      this.v0 = value;
    } else if (this.k1 === null || this.k1 === name) {
      this.k1 = name;
      this.v1 = value;
    } else {
      (this.more ??= new Map()).set(name, value);
    }
  }
}

/** A variable scope. Lookups walk outwards, then to the data, then to the global functions. */
export class Scope {
  readonly vars = new Vars();

  constructor(
    readonly parent: Scope | null,
    readonly rt: Runtime,
  ) {}

  lookup(name: string): unknown {
    let s: Scope | null = this;
    while (s !== null) {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
      s = s.parent;
    }
    const data = this.rt.data;
    if (Object.hasOwn(data, name)) {
      const v = data[name];
      if (v !== undefined) return v;
    }
    return GLOBALS.get(name);
  }

  child(): Scope {
    return new Scope(this, this.rt);
  }
}

// ---------- loop ----------

/** The `loop` variable of a for loop. */
export class LoopContext extends PyObject {
  readonly typeName = 'LoopContext';
  index0 = -1;
  private lastChanged: unknown[] | typeof MISSING = MISSING;
  private cycleFn: PyCallable | null = null;
  private changedFn: PyCallable | null = null;

  constructor(
    private readonly itemAt: (i: number) => unknown,
    readonly length: number,
    readonly depth0: number,
    private readonly recurse: ((iterable: unknown) => unknown) | null,
  ) {
    super();
  }

  override attr(name: string): unknown {
    const i = this.index0;
    switch (name) {
      case 'index':
        return i + 1;
      case 'index0':
        return i;
      case 'revindex':
        return this.length - i;
      case 'revindex0':
        return this.length - i - 1;
      case 'first':
        return i === 0;
      case 'last':
        return i === this.length - 1;
      case 'length':
        return this.length;
      case 'depth':
        return this.depth0 + 1;
      case 'depth0':
        return this.depth0;
      case 'previtem':
        return i > 0 ? this.itemAt(i - 1) : new Undefined('there is no previous item');
      case 'nextitem':
        return i < this.length - 1 ? this.itemAt(i + 1) : new Undefined('there is no next item');
      case 'cycle':
        this.cycleFn ??= new PyCallable('cycle', (a) => {
          if (a.args.length === 0) throw typeError('no items for cycling given');
          return a.args[this.index0 % a.args.length];
        });
        return this.cycleFn;
      case 'changed':
        this.changedFn ??= new PyCallable('changed', (a) => {
          const now = a.args;
          const prev = this.lastChanged;
          if (prev !== MISSING && prev.length === now.length && prev.every((x, k) => eq(x, now[k]))) return false;
          this.lastChanged = now;
          return true;
        });
        return this.changedFn;
      case '__call__':
        return MISSING;
      default:
        return MISSING;
    }
  }

  /** `loop(children)` inside a `recursive` loop. */
  call(iterable: unknown): unknown {
    if (!this.recurse) throw typeError('Tried to call non recursive loop. Maybe you forgot the \'recursive\' modifier.');
    return this.recurse(iterable);
  }
}

// ---------- global functions ----------

function intArg(v: unknown, what: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') throw new PyException('OverflowError', `${what} is too large for a template range`);
  if (v instanceof Undefined && v.strict) throw new PyException('UndefinedError', v.hint);
  throw typeError(`'${v === null ? 'NoneType' : typeof v === 'string' ? 'str' : 'float'}' object cannot be interpreted as an integer`);
}

const range = new PyCallable('range', (a) => {
  if (a.kwargs && a.kwargs.size) throw typeError('range() takes no keyword arguments');
  const n = a.args.map((x) => intArg(x, 'range argument'));
  if (n.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (n.length > 3) throw typeError(`range expected at most 3 arguments, got ${n.length}`);
  const [start, stop, step] = n.length === 1 ? [0, n[0] as number, 1] : [n[0] as number, n[1] as number, n[2] ?? 1];
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}, 'builtin_function_or_method');

const dict = new PyCallable('dict', (a) => {
  const d = new PyDict();
  const [source] = a.args;
  if (a.args.length > 1) throw typeError(`dict expected at most 1 argument, got ${a.args.length}`);
  if (source !== undefined) {
    if (source instanceof PyDict || isDataDict(source)) for (const [k, v] of dictEntries(source)) d.map.set(k, v);
    else for (const pair of iterate(source, 1_000_000)) {
      const kv = iterate(pair, 2);
      if (kv.length !== 2) throw valueError('dictionary update sequence element has wrong length');
      d.map.set(kv[0], kv[1]);
    }
  }
  if (a.kwargs) for (const [k, v] of a.kwargs) d.map.set(k, v);
  return d;
}, 'type');

const namespace = new PyCallable('namespace', (a) => {
  const ns = new Namespace();
  for (const source of a.args) {
    if (source instanceof PyDict || isDataDict(source)) for (const [k, v] of dictEntries(source)) ns.attrs.set(pyStr(k), v);
    else throw typeError('namespace() positional arguments must be mappings');
  }
  if (a.kwargs) for (const [k, v] of a.kwargs) ns.attrs.set(k, v);
  return ns;
}, 'type');

class Cycler extends PyObject {
  readonly typeName = 'Cycler';
  private pos = 0;
  constructor(private readonly items: unknown[]) {
    super();
  }
  override attr(name: string): unknown {
    switch (name) {
      case 'current':
        return this.items[this.pos];
      case 'next':
        return new PyCallable('next', () => {
          const v = this.items[this.pos];
          this.pos = (this.pos + 1) % this.items.length;
          return v;
        });
      case 'reset':
        return new PyCallable('reset', () => {
          this.pos = 0;
          return null;
        });
      default:
        return MISSING;
    }
  }
}

const cycler = new PyCallable('cycler', (a) => {
  if (a.args.length === 0) throw typeError('at least one item has to be provided');
  return new Cycler(a.args.slice());
}, 'type');

const joiner = new PyCallable('joiner', (a) => {
  const [sep] = bindArgs('joiner', ['sep'], a);
  const text = sep === undefined ? ', ' : pyStr(sep);
  let used = false;
  return new PyCallable('joiner', () => {
    if (!used) {
      used = true;
      return '';
    }
    return text;
  }, 'Joiner');
}, 'type');

const LOREM = (
  'a ac accumsan ad adipiscing aenean aliquam aliquet amet ante aptent arcu at auctor augue bibendum blandit class ' +
  'commodo condimentum congue consectetuer consequat conubia convallis cras cubilia cum curabitur curae cursus dapibus ' +
  'diam dictum dictumst dignissim dis dolor donec dui duis egestas eget eleifend elementum elit enim erat eros est et ' +
  'etiam eu euismod facilisi facilisis fames faucibus felis fermentum feugiat fringilla fusce gravida habitant ' +
  'habitasse hac hendrerit hymenaeos iaculis id imperdiet in inceptos integer interdum ipsum justo lacinia lacus ' +
  'laoreet lectus leo libero ligula litora lobortis lorem luctus maecenas magna magnis malesuada massa mattis mauris ' +
  'metus mi molestie mollis montes morbi mus nam nascetur natoque nec neque netus nibh nisi nisl non nonummy nostra ' +
  'nulla nullam nunc odio orci ornare parturient pede pellentesque penatibus per pharetra phasellus placerat platea ' +
  'porta porttitor posuere potenti praesent pretium primis proin pulvinar purus quam quis quisque rhoncus ridiculus ' +
  'risus rutrum sagittis sapien scelerisque sed sem semper senectus sit sociis sociosqu sodales sollicitudin suscipit ' +
  'suspendisse taciti tellus tempor tempus tincidunt torquent tortor tristique turpis ullamcorper ultrices ultricies ' +
  'urna ut varius vehicula vel velit venenatis vestibulum vitae vivamus viverra volutpat vulputate'
).split(' ');

/** Jinja's lipsum(n=5, html=True, min=20, max=100): random lorem ipsum paragraphs. */
const lipsum = new PyCallable('lipsum', (a) => {
  const [nArg, htmlArg, minArg, maxArg] = bindArgs('generate_lorem_ipsum', ['n', 'html', 'min', 'max'], a);
  const n = Math.min(intArg(nArg ?? 5, 'n'), 100);
  const min = intArg(minArg ?? 20, 'min');
  const max = Math.min(intArg(maxArg ?? 100, 'max'), 1000);
  const pick = (): string => LOREM[Math.floor(Math.random() * LOREM.length)] as string;
  const paragraphs: string[] = [];
  for (let p = 0; p < n; p++) {
    const count = min + Math.floor(Math.random() * Math.max(1, max - min + 1));
    const words: string[] = [];
    for (let w = 0; w < count; w++) words.push(pick());
    let text = words.join(' ');
    text = text.charAt(0).toUpperCase() + text.slice(1) + '.';
    paragraphs.push(text);
  }
  return htmlArg === false ? paragraphs.join('\n\n') : paragraphs.map((x) => `<p>${x}</p>`).join('\n');
});

export const GLOBALS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['range', range],
  ['dict', dict],
  ['namespace', namespace],
  ['cycler', cycler],
  ['joiner', joiner],
  ['lipsum', lipsum],
]);

export { tuple };
export type { CallArgs };
