/**
 * Turns the syntax tree into a tree of JavaScript closures, once per template. Rendering then
 * just calls closures: no eval, no `new Function`, so it runs under a strict CSP. Unknown filters
 * and tests fail at compile time, except inside `if` branches and inline `if`, which Jinja defers.
 */
import { getattr, getitem } from './attributes.js';
import type { CallParts, CompareOp, Expr, Stmt } from './ast.js';
import { NO_ARGS, bindArgs } from './call-args.js';
import { TemplateError, excerptAt, lineColumnAt } from './errors.js';
import { FILTERS } from './filters.js';
import { percentFormat } from './format.js';
import {
  add,
  checkDefined,
  compare,
  concatStr,
  contains,
  eq,
  escapeHtml,
  floordiv,
  iterate,
  mod,
  mul,
  neg,
  pos,
  pow,
  sub,
  truediv,
  truthy,
} from './operators.js';
import { PyException, typeError } from './py-exception.js';
import { pyStr } from './pystr.js';
import { LoopContext, Runtime, Scope, type FilterFn, type Registry, type RenderLimits, type TestFn } from './runtime.js';
import { TESTS } from './tests.js';
import {
  Markup,
  Namespace,
  PyCallable,
  PyDict,
  PyRange,
  PySlice,
  Undefined,
  dictEntries,
  isDict,
  tuple,
  typeName,
  type CallArgs,
} from './values.js';

type Ev = (s: Scope) => unknown;
type Ex = (s: Scope) => void;

export const REGISTRY: Registry = { filters: FILTERS, tests: TESTS };

/** Expression nesting past this is refused when compiling (the closures would nest as deep). */
const MAX_EXPR_DEPTH = 1000;

export interface CompiledTemplate {
  render(data: Record<string, unknown>, limits: RenderLimits): string;
}

export function compileTemplate(source: string, program: Stmt[]): CompiledTemplate {
  const compiler = new Compiler(source);
  const run = compiler.body(program);
  return {
    render(data, limits) {
      const rt = new Runtime(data, limits, REGISTRY);
      try {
        run(new Scope(null, rt));
      } catch (e) {
        throw compiler.locate(e, 0);
      }
      return rt.out;
    },
  };
}

interface MacroDef {
  name: string;
  params: string[];
  defaults: Ev[];
  body: Ex;
  catchVarargs: boolean;
  catchKwargs: boolean;
  usesCaller: boolean;
  autoescape: boolean;
}

/** A macro value: calling it renders the body in a scope nested in the one it was defined in. */
class Macro extends PyCallable {
  constructor(def: MacroDef, defScope: Scope) {
    super(def.name, (a) => invokeMacro(def, defScope, a), 'Macro');
  }
}

function invokeMacro(def: MacroDef, defScope: Scope, a: CallArgs): unknown {
  const rt = defScope.rt;
  const scope = defScope.child();
  const { args, kwargs } = a;
  const n = def.params.length;
  if (args.length > n && !def.catchVarargs) {
    throw typeError(`macro '${def.name}' takes not more than ${n} argument(s)`);
  }
  const firstDefault = n - def.defaults.length;
  for (let i = 0; i < n; i++) {
    const p = def.params[i] as string;
    let v: unknown;
    if (i < args.length) {
      if (kwargs?.has(p)) throw typeError(`macro '${def.name}' got multiple values for argument '${p}'`);
      v = args[i];
    } else if (kwargs?.has(p)) v = kwargs.get(p);
    else if (i >= firstDefault) v = (def.defaults[i - firstDefault] as Ev)(scope);
    else v = new Undefined(`parameter '${p}' was not provided`);
    scope.vars.set(p, v);
  }
  const extra = new PyDict();
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (def.params.includes(k)) continue;
      if (k === 'caller') {
        if (!def.usesCaller) throw typeError(`macro '${def.name}' was invoked with two values for the special caller argument. This is most likely a bug.`);
        scope.vars.set('caller', v);
        continue;
      }
      if (!def.catchKwargs) throw typeError(`macro '${def.name}' takes no keyword argument '${k}'`);
      extra.map.set(k, v);
    }
  }
  if (def.usesCaller && !scope.vars.has('caller')) scope.vars.set('caller', new Undefined("'caller' is undefined"));
  if (def.catchVarargs) scope.vars.set('varargs', tuple(args.slice(n)));
  if (def.catchKwargs) scope.vars.set('kwargs', extra);
  rt.enterCall();
  try {
    const out = rt.capture(() => def.body(scope));
    return def.autoescape ? new Markup(out) : out;
  } finally {
    rt.leaveCall();
  }
}

function callValue(callee: unknown, a: CallArgs): unknown {
  if (callee instanceof PyCallable) return callee.call(a);
  if (callee instanceof LoopContext) {
    if (a.args.length !== 1) throw typeError(`loop() takes exactly 1 argument (${a.args.length} given)`);
    return callee.call(a.args[0]);
  }
  checkDefined(callee);
  throw typeError(`'${typeName(callee)}' object is not callable`);
}

/** Python's str() as `{{ }}` prints it; with autoescape on, non-Markup text is HTML-escaped. */
function printable(v: unknown, autoescape: boolean): string {
  if (typeof v === 'string') return autoescape ? escapeHtml(v) : v;
  if (v instanceof Markup) return v.s;
  const s = pyStr(v);
  return autoescape ? escapeHtml(s) : s;
}

class Compiler {
  private soft = false;
  private autoescape = false;
  private depth = 0;

  constructor(private readonly source: string) {}

  /** Converts anything thrown while rendering into a positioned TemplateError. */
  locate(e: unknown, pos: number): TemplateError {
    if (e instanceof TemplateError) return e;
    const { line, column } = lineColumnAt(this.source, pos);
    const excerpt = excerptAt(this.source, pos);
    if (e instanceof PyException) return new TemplateError('render', e.message, { kind: e.kind, line, column, excerpt });
    if (e instanceof RangeError) {
      return new TemplateError('render', 'maximum recursion depth exceeded', { kind: 'RecursionError', line, column, excerpt });
    }
    const message = e instanceof Error ? e.message : String(e);
    return new TemplateError('render', `internal error: ${message}`, { kind: 'InternalError', line, column, excerpt });
  }

  private located<T>(pos: number, f: (s: Scope) => T): (s: Scope) => T {
    return (s) => {
      try {
        return f(s);
      } catch (e) {
        throw this.locate(e, pos);
      }
    };
  }

  private fail(pos: number, message: string, kind = 'TemplateSyntaxError'): never {
    const { line, column } = lineColumnAt(this.source, pos);
    throw new TemplateError('parse', message, { kind, line, column, excerpt: excerptAt(this.source, pos) });
  }

  /** Compiles with `soft` (and autoescape) temporarily changed. */
  private withMode<T>(soft: boolean, f: () => T, autoescape = this.autoescape): T {
    const [savedSoft, savedEscape] = [this.soft, this.autoescape];
    this.soft = soft;
    this.autoescape = autoescape;
    try {
      return f();
    } finally {
      this.soft = savedSoft;
      this.autoescape = savedEscape;
    }
  }

  // ---------- statements ----------

  body(stmts: Stmt[]): Ex {
    const parts = stmts.map((st) => this.stmt(st));
    if (parts.length === 0) return () => {};
    if (parts.length === 1) return parts[0] as Ex;
    return (s) => {
      for (let i = 0; i < parts.length; i++) (parts[i] as Ex)(s);
    };
  }

  private stmt(st: Stmt): Ex {
    switch (st.kind) {
      case 'output':
        return this.output(st);
      case 'if':
        return this.ifStmt(st);
      case 'for':
        return this.forStmt(st);
      case 'set': {
        const value = this.located(st.value.pos, this.expr(st.value));
        const assign = this.assigner(st.target);
        return (s) => assign(s, value(s));
      }
      case 'setblock': {
        const body = this.withMode(false, () => this.body(st.body));
        const filter = st.filter ? this.filterChain(st.filter) : null;
        const assign = this.assigner(st.target);
        const escaped = this.autoescape;
        return this.located(st.pos, (s) => {
          const text = s.rt.capture(() => body(s.child()));
          const value: unknown = escaped ? new Markup(text) : text;
          assign(s, filter ? filter(s, value) : value);
        });
      }
      case 'macro': {
        const def = this.macroDef(st.name, st.args, st.defaults, st.body);
        return (s) => {
          s.vars.set(st.name, new Macro(def, s));
        };
      }
      case 'callblock':
        return this.callBlock(st);
      case 'filterblock': {
        const body = this.withMode(false, () => this.body(st.body));
        const filter = this.filterChain(st.filter);
        const escaped = this.autoescape;
        return this.located(st.pos, (s) => {
          const text = s.rt.capture(() => body(s.child()));
          s.rt.write(printable(filter(s, escaped ? new Markup(text) : text), escaped));
        });
      }
      case 'with': {
        const values = st.values.map((v) => this.located(v.pos, this.expr(v)));
        const assigns = st.targets.map((t) => this.assigner(t));
        const body = this.withMode(false, () => this.body(st.body));
        return (s) => {
          const evaluated = values.map((v) => v(s));
          const inner = s.child();
          assigns.forEach((assign, i) => assign(inner, evaluated[i]));
          body(inner);
        };
      }
      case 'block': {
        const body = this.body(st.body);
        return (s) => body(s.child());
      }
      case 'autoescape': {
        if (st.value.kind !== 'const') this.fail(st.value.pos, 'autoescape blocks need a constant true or false');
        const on = truthy(st.value.value);
        return this.withMode(this.soft, () => this.body(st.body), on);
      }
      case 'loader':
        return this.located(st.pos, () => {
          throw typeError('no loader for this environment specified');
        });
    }
  }

  private output(st: Extract<Stmt, { kind: 'output' }>): Ex {
    const parts: (string | Ev)[] = [];
    const escaped = this.autoescape;
    for (const node of st.nodes) {
      if (node.kind === 'data') {
        const last = parts[parts.length - 1];
        if (typeof last === 'string') parts[parts.length - 1] = last + node.text;
        else parts.push(node.text);
        continue;
      }
      if (node.kind === 'const' && typeof node.value === 'string' && !escaped) {
        const last = parts[parts.length - 1];
        if (typeof last === 'string') parts[parts.length - 1] = last + node.value;
        else parts.push(node.value);
        continue;
      }
      const ev = this.expr(node);
      parts.push(this.located(node.pos, (s) => printable(ev(s), escaped)));
    }
    if (parts.length === 1 && typeof parts[0] === 'string') {
      const text = parts[0];
      return (s) => s.rt.write(text);
    }
    return (s) => {
      const rt = s.rt;
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i] as string | Ev;
        rt.write(typeof p === 'string' ? p : (p(s) as string));
      }
    };
  }

  private ifStmt(st: Extract<Stmt, { kind: 'if' }>): Ex {
    return this.withMode(true, () => {
      const branches = st.branches.map((b) => ({ test: this.located(b.test.pos, this.expr(b.test)), body: this.body(b.body) }));
      const else_ = this.body(st.else_);
      return (s: Scope) => {
        for (const b of branches) {
          if (truthy(b.test(s))) {
            b.body(s);
            return;
          }
        }
        else_(s);
      };
    });
  }

  private forStmt(st: Extract<Stmt, { kind: 'for' }>): Ex {
    const iter = this.located(st.iter.pos, this.expr(st.iter));
    const assign = this.assigner(st.target);
    const body = this.withMode(false, () => this.body(st.body));
    const test = st.test ? this.withMode(false, () => this.located((st.test as Expr).pos, this.expr(st.test as Expr))) : null;
    const else_ = this.body(st.else_);
    const escaped = this.autoescape;
    const recursive = st.recursive;
    const where = st.iter.pos;

    const run = (s: Scope, iterable: unknown, depth0: number): void => {
      const rt = s.rt;
      let itemAt: (i: number) => unknown;
      let len: number;
      if (iterable instanceof PyRange && !test) {
        len = iterable.length;
        itemAt = (i) => iterable.at(i);
      } else {
        let list: unknown[];
        try {
          list = iterate(iterable, rt.limits.maxIterations);
        } catch (e) {
          throw this.locate(e, where);
        }
        if (test) {
          const kept: unknown[] = [];
          for (const item of list) {
            rt.tick();
            const probe = s.child();
            assign(probe, item);
            if (truthy(test(probe))) kept.push(item);
          }
          list = kept;
        }
        len = list.length;
        itemAt = (i) => list[i];
      }
      if (len === 0) {
        else_(s);
        return;
      }
      const recurse = recursive
        ? (next: unknown): unknown => {
            rt.enterCall();
            try {
              const text = rt.capture(() => run(s, next, depth0 + 1));
              return escaped ? new Markup(text) : text;
            } finally {
              rt.leaveCall();
            }
          }
        : null;
      const loop = new LoopContext(itemAt, len, depth0, recurse);
      for (let i = 0; i < len; i++) {
        rt.tick();
        const scope = new Scope(s, rt);
        loop.index0 = i;
        assign(scope, itemAt(i));
        scope.vars.set('loop', loop);
        body(scope);
      }
    };
    return (s) => run(s, iter(s), 0);
  }

  private macroDef(name: string, params: string[], defaults: Expr[], body: Stmt[]): MacroDef {
    const used = new Set<string>();
    collectNames(body, used);
    for (const d of defaults) collectExprNames(d, used);
    return this.withMode(false, () => ({
      name,
      params,
      defaults: defaults.map((d) => this.located(d.pos, this.expr(d))),
      body: this.body(body),
      catchVarargs: used.has('varargs'),
      catchKwargs: used.has('kwargs'),
      usesCaller: used.has('caller') && !params.includes('caller'),
      autoescape: this.autoescape,
    }));
  }

  private callBlock(st: Extract<Stmt, { kind: 'callblock' }>): Ex {
    const call = st.call as Extract<Expr, { kind: 'call' }>;
    const def = this.macroDef('caller', st.args, st.defaults, st.body);
    const callee = this.expr(call.node);
    const args = this.callArgs(call);
    const escaped = this.autoescape;
    return this.located(st.pos, (s) => {
      const a = args(s);
      const kwargs = new Map(a.kwargs ?? []);
      kwargs.set('caller', new Macro(def, s));
      s.rt.write(printable(callValue(callee(s), { args: a.args, kwargs }), escaped));
    });
  }

  /** Assignment to a name, a tuple of names (unpacking) or a namespace attribute. */
  private assigner(target: Expr): (s: Scope, value: unknown) => void {
    if (target.kind === 'name') {
      const name = target.name;
      return (s, v) => {
        s.vars.set(name, v);
      };
    }
    if (target.kind === 'nsref') {
      const { name, attr } = target;
      return (s, v) => {
        const ns = s.lookup(name);
        if (!(ns instanceof Namespace)) {
          throw this.locate(new PyException('TemplateRuntimeError', 'cannot assign attribute on non-namespace object'), target.pos);
        }
        ns.attrs.set(attr, v);
      };
    }
    if (target.kind === 'tuple') {
      const parts = target.items.map((t) => this.assigner(t));
      return (s, v) => {
        let items: unknown[];
        try {
          items = iterate(v, s.rt.limits.maxIterations);
        } catch (e) {
          throw this.locate(e, target.pos);
        }
        if (items.length !== parts.length) {
          const msg =
            items.length > parts.length
              ? `too many values to unpack (expected ${parts.length})`
              : `not enough values to unpack (expected ${parts.length}, got ${items.length})`;
          throw this.locate(new PyException('ValueError', msg), target.pos);
        }
        parts.forEach((assign, i) => assign(s, items[i]));
      };
    }
    this.fail(target.pos, `can't assign to '${target.kind}'`);
  }

  // ---------- expressions ----------

  private expr(e: Expr): Ev {
    if (++this.depth > MAX_EXPR_DEPTH) this.fail(e.pos, `expression nested too deeply (more than ${MAX_EXPR_DEPTH} levels)`);
    try {
      return this.exprInner(e);
    } finally {
      this.depth--;
    }
  }

  private exprInner(e: Expr): Ev {
    switch (e.kind) {
      case 'const': {
        const v = e.value;
        return () => v;
      }
      case 'name': {
        const name = e.name;
        const hint = `'${name}' is undefined`;
        return (s) => {
          const v = s.lookup(name);
          return v === undefined ? new Undefined(hint) : v;
        };
      }
      case 'tuple': {
        const items = e.items.map((x) => this.expr(x));
        return (s) => tuple(items.map((f) => f(s)));
      }
      case 'list': {
        const items = e.items.map((x) => this.expr(x));
        return (s) => items.map((f) => f(s));
      }
      case 'dict': {
        const pairs = e.pairs.map((p) => [this.expr(p.key), this.expr(p.value)] as const);
        return (s) => {
          const d = new PyDict();
          for (const [k, v] of pairs) {
            const key = k(s);
            checkDefined(key);
            d.map.set(key instanceof Markup ? key.s : key, v(s));
          }
          return d;
        };
      }
      case 'getattr': {
        const obj = this.expr(e.node);
        const attr = e.attr;
        return (s) => getattr(obj(s), attr);
      }
      case 'getitem': {
        const obj = this.expr(e.node);
        if (e.arg.kind === 'slice') {
          const { start, stop, step } = e.arg;
          const a = start ? this.expr(start) : null;
          const b = stop ? this.expr(stop) : null;
          const c = step ? this.expr(step) : null;
          return (s) => {
            const target = obj(s);
            checkDefined(target);
            return getitem(target, new PySlice(a ? a(s) : null, b ? b(s) : null, c ? c(s) : null));
          };
        }
        const key = this.expr(e.arg);
        return (s) => getitem(obj(s), key(s));
      }
      case 'slice':
        this.fail(e.pos, 'slices are only valid inside [ ]');
        break;
      case 'nsref':
        this.fail(e.pos, 'namespace attributes can only be assigned with set');
        break;
      case 'call': {
        const callee = this.expr(e.node);
        const args = this.callArgs(e);
        return (s) => callValue(callee(s), args(s));
      }
      case 'filter': {
        if (!e.node) this.fail(e.pos, 'filter without a value');
        const chain = this.filterChain(e);
        return (s) => chain(s, undefined);
      }
      case 'test':
        return this.test(e);
      case 'condexpr':
        return this.withMode(true, () => {
          const test = this.expr(e.test);
          const a = this.expr(e.expr1);
          const b = e.expr2 ? this.expr(e.expr2) : null;
          const { line } = lineColumnAt(this.source, e.pos);
          const lenient = new Undefined(`the inline if-expression on line ${line} evaluated to false and no else section was defined.`, false);
          return (s: Scope) => (truthy(test(s)) ? a(s) : b ? b(s) : lenient);
        });
      case 'and': {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        return (s) => {
          const v = l(s);
          return truthy(v) ? r(s) : v;
        };
      }
      case 'or': {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        return (s) => {
          const v = l(s);
          return truthy(v) ? v : r(s);
        };
      }
      case 'not': {
        const n = this.expr(e.node);
        return (s) => !truthy(n(s));
      }
      case 'neg': {
        const n = this.expr(e.node);
        return (s) => neg(n(s));
      }
      case 'pos': {
        const n = this.expr(e.node);
        return (s) => pos(n(s));
      }
      case 'compare':
        return this.compareChain(e);
      case 'binop': {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        switch (e.op) {
          case '+':
            return (s) => add(l(s), r(s));
          case '-':
            return (s) => sub(l(s), r(s));
          case '*':
            return (s) => mul(l(s), r(s));
          case '/':
            return (s) => truediv(l(s), r(s));
          case '//':
            return (s) => floordiv(l(s), r(s));
          case '**':
            return (s) => pow(l(s), r(s));
          case '%':
            return (s) => {
              const a = l(s);
              const b = r(s);
              if (typeof a === 'string' || a instanceof Markup) return percentFormat(a, b);
              return mod(a, b);
            };
        }
        break;
      }
      case 'concat': {
        const items = e.items.map((x) => this.expr(x));
        return (s) => concatStr(items.map((f) => f(s)));
      }
    }
    this.fail((e as { pos: number }).pos, 'unsupported expression');
  }

  private compareChain(e: Extract<Expr, { kind: 'compare' }>): Ev {
    const first = this.expr(e.expr);
    const ops = e.ops.map((o) => ({ op: o.op, right: this.expr(o.expr) }));
    return (s) => {
      let left = first(s);
      for (const { op, right } of ops) {
        const r = right(s);
        if (!compareOnce(op, left, r)) return false;
        left = r;
      }
      return true;
    };
  }

  private callArgs(parts: CallParts): (s: Scope) => CallArgs {
    const constant = constantCallArgs(parts);
    if (constant) return () => constant;
    const args = parts.args.map((a) => this.expr(a));
    const kwargs = parts.kwargs.map((k) => [k.name, this.expr(k.value)] as const);
    const dynArgs = parts.dynArgs ? this.expr(parts.dynArgs) : null;
    const dynKwargs = parts.dynKwargs ? this.expr(parts.dynKwargs) : null;
    if (!args.length && !kwargs.length && !dynArgs && !dynKwargs) return () => NO_ARGS;
    return (s) => {
      const values = args.map((f) => f(s));
      if (dynArgs) values.push(...iterate(dynArgs(s), s.rt.limits.maxIterations));
      let map: Map<string, unknown> | null = null;
      if (kwargs.length || dynKwargs) {
        map = new Map();
        for (const [k, f] of kwargs) map.set(k, f(s));
        if (dynKwargs) {
          const d = dynKwargs(s);
          if (!isDict(d)) throw typeError(`argument after ** must be a mapping, not ${typeName(d)}`);
          for (const [k, v] of dictEntries(d)) map.set(pyStr(k), v);
        }
      }
      return { args: values, kwargs: map };
    };
  }

  /**
   * A run of filters `x|a|b(1)|c` applied in a loop, so a 5,000-filter chain neither compiles
   * nor runs as 5,000 nested calls. `base` undefined means "evaluate the innermost node".
   */
  private filterChain(outer: Expr): (s: Scope, input: unknown) => unknown {
    const steps: Extract<Expr, { kind: 'filter' }>[] = [];
    let node: Expr | null = outer;
    while (node && node.kind === 'filter') {
      steps.push(node);
      node = node.node;
    }
    steps.reverse();
    const base = node ? this.expr(node) : null;
    const compiled = steps.map((f) => this.filterStep(f));
    if (compiled.length === 1) {
      const only = compiled[0] as (rt: Runtime, v: unknown, s: Scope) => unknown;
      return (s, input) => only(s.rt, input === undefined && base ? base(s) : input, s);
    }
    return (s, input) => {
      let v = input === undefined && base ? base(s) : input;
      for (let i = 0; i < compiled.length; i++) v = (compiled[i] as (rt: Runtime, v: unknown, s: Scope) => unknown)(s.rt, v, s);
      return v;
    };
  }

  /** One filter application; constant arguments are bound once, here, rather than per call. */
  private filterStep(f: Extract<Expr, { kind: 'filter' }>): (rt: Runtime, v: unknown, s: Scope) => unknown {
    const fn = this.lookupFilter(f.name, f.pos);
    const constant = constantCallArgs(f);
    if (constant && fn.bound) {
      const { params, required, apply } = fn.bound;
      let bound: unknown[] | null = null;
      try {
        bound = constant === NO_ARGS && required === 0 ? [] : bindArgs('filter', params, constant, required);
      } catch {
        // A wrong call is a render-time TypeError in Jinja; let the per-call path raise it.
      }
      if (bound) {
        const args = bound;
        return (rt, v) => apply(rt, v, args);
      }
    }
    if (constant) return (rt, v) => fn(rt, v, constant);
    const args = this.callArgs(f);
    return (rt, v, s) => fn(rt, v, args(s));
  }

  private lookupFilter(name: string, pos: number): FilterFn {
    const f = FILTERS.get(name);
    if (f) return f;
    if (!this.soft) this.fail(pos, `No filter named '${name}'.`, 'TemplateAssertionError');
    return () => {
      throw new PyException('TemplateRuntimeError', `No filter named '${name}' found.`);
    };
  }

  private test(e: Extract<Expr, { kind: 'test' }>): Ev {
    let fn: TestFn | undefined = TESTS.get(e.name);
    if (!fn) {
      if (!this.soft) this.fail(e.pos, `No test named '${e.name}'.`, 'TemplateAssertionError');
      const name = e.name;
      fn = () => {
        throw new PyException('TemplateRuntimeError', `No test named '${name}' found.`);
      };
    }
    const test = fn;
    const value = this.expr(e.node);
    const args = this.callArgs(e);
    return (s) => {
      const a = args(s);
      const positional = a.kwargs ? [...a.args, ...a.kwargs.values()] : a.args;
      return test(s.rt, value(s), positional);
    };
  }
}

/** The call's arguments when all are literals (built once; callees never mutate them), else null. */
function constantCallArgs(parts: CallParts): CallArgs | null {
  if (parts.dynArgs || parts.dynKwargs) return null;
  if (!parts.args.every(isLiteral) || !parts.kwargs.every((k) => isLiteral(k.value))) return null;
  if (!parts.args.length && !parts.kwargs.length) return NO_ARGS;
  const args = parts.args.map((a) => (a as { value: unknown }).value);
  const kwargs = parts.kwargs.length ? new Map(parts.kwargs.map((k) => [k.name, (k.value as { value: unknown }).value])) : null;
  return { args, kwargs };
}

/** Scalar literals only: list and dict literals build fresh (mutable) objects on every evaluation. */
function isLiteral(e: Expr): boolean {
  return e.kind === 'const';
}

function compareOnce(op: CompareOp, a: unknown, b: unknown): boolean {
  switch (op) {
    case 'eq':
      return eq(a, b);
    case 'ne':
      return !eq(a, b);
    case 'lt':
      return compare(a, b, '<') < 0;
    case 'lteq':
      return compare(a, b, '<=') <= 0;
    case 'gt':
      return compare(a, b, '>') > 0;
    case 'gteq':
      return compare(a, b, '>=') >= 0;
    case 'in':
      return contains(b, a);
    case 'notin':
      return !contains(b, a);
  }
}

/** Names a macro body reads, to know whether it takes varargs, kwargs or a caller. */
function collectNames(stmts: Stmt[], out: Set<string>): void {
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const node = v as { kind?: string; name?: unknown };
    if (node.kind === 'name' && typeof node.name === 'string') out.add(node.name);
    for (const key of Object.keys(v)) if (key !== 'value' || node.kind !== 'const') visit((v as Record<string, unknown>)[key]);
  };
  visit(stmts);
}

function collectExprNames(e: Expr, out: Set<string>): void {
  collectNames([{ kind: 'output', pos: 0, nodes: [e] }], out);
}

