/**
 * Recursive-descent parser with Jinja2's grammar, precedence and error messages. Tags that need
 * a template loader (extends, include, import, from) parse, and fail when rendered, as in Jinja
 * without a loader. `break`, `continue` and `do` are unknown tags (no extensions are loaded).
 */
import type { BinOp, CallParts, CompareOp, Expr, MacroSignature, Stmt } from './ast.js';
import { syntaxError, tokenize, type Token } from './lexer.js';

const STATEMENT_TAGS = new Set(['for', 'if', 'block', 'extends', 'print', 'macro', 'include', 'from', 'import', 'set', 'with', 'autoescape']);
const COMPARE_OPS: Record<string, CompareOp> = { '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'lteq', '>': 'gt', '>=': 'gteq' };
/** Nesting past this is refused as a syntax error rather than risking the JS stack. */
const MAX_NESTING = 200;

export function parseTemplate(source: string): Stmt[] {
  return new Parser(source).parseAll();
}

class Parser {
  private readonly tokens: Token[];
  private i = 0;
  private readonly endTokenStack: string[][] = [];
  private readonly tagStack: string[] = [];
  private depth = 0;

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  parseAll(): Stmt[] {
    const body = this.subparse(null);
    return body;
  }

  // ---------- token stream ----------

  private get cur(): Token {
    return this.tokens[this.i] as Token;
  }

  private look(): Token {
    return (this.tokens[this.i + 1] ?? this.tokens[this.tokens.length - 1]) as Token;
  }

  private next(): Token {
    const t = this.cur;
    if (t.type !== 'eof') this.i++;
    return t;
  }

  /** `name:for`, an operator symbol, or a token type. */
  private test(t: Token, expr: string): boolean {
    if (expr.startsWith('name:')) return t.type === 'name' && t.value === expr.slice(5);
    if (t.type === 'operator') return t.value === expr;
    return t.type === expr;
  }

  private at(expr: string): boolean {
    return this.test(this.cur, expr);
  }

  private skipIf(expr: string): boolean {
    if (!this.at(expr)) return false;
    this.next();
    return true;
  }

  private expect(expr: string): Token {
    if (this.at(expr)) return this.next();
    const what = describeExpr(expr);
    if (this.cur.type === 'eof') this.fail(`unexpected end of template, expected '${what}'.`);
    this.fail(`expected token '${what}', got '${describeToken(this.cur)}'`);
  }

  private fail(message: string, pos: number = this.cur.pos): never {
    throw syntaxError(this.source, pos, message);
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) this.fail(`template nested too deeply (more than ${MAX_NESTING} levels)`);
  }

  // ---------- statements ----------

  private subparse(endTokens: string[] | null): Stmt[] {
    const body: Stmt[] = [];
    let data: (Expr | { kind: 'data'; pos: number; text: string })[] = [];
    const flush = (): void => {
      if (data.length) {
        body.push({ kind: 'output', pos: data[0]!.pos, nodes: data });
        data = [];
      }
    };
    if (endTokens) this.endTokenStack.push(endTokens);
    this.enter();
    try {
      while (this.cur.type !== 'eof') {
        const t = this.cur;
        if (t.type === 'data') {
          data.push({ kind: 'data', pos: t.pos, text: t.value as string });
          this.next();
        } else if (t.type === 'variable_begin') {
          this.next();
          data.push(this.parseTuple({ withCondexpr: true }));
          this.expect('variable_end');
        } else if (t.type === 'block_begin') {
          flush();
          this.next();
          if (endTokens && endTokens.some((e) => this.at(e))) return body;
          body.push(...this.parseStatement());
          this.expect('block_end');
        } else {
          this.fail('internal parsing error');
        }
      }
      flush();
      return body;
    } finally {
      this.depth--;
      if (endTokens) this.endTokenStack.pop();
    }
  }

  private parseStatement(): Stmt[] {
    const t = this.cur;
    if (t.type !== 'name') this.fail('tag name expected');
    const tag = t.value as string;
    if (STATEMENT_TAGS.has(tag) || tag === 'call' || tag === 'filter') {
      this.tagStack.push(tag);
      try {
        return [this.parseTag(tag)];
      } finally {
        this.tagStack.pop();
      }
    }
    this.failUnknownTag(tag, t.pos);
  }

  private parseTag(tag: string): Stmt {
    switch (tag) {
      case 'for':
        return this.parseFor();
      case 'if':
        return this.parseIf();
      case 'set':
        return this.parseSet();
      case 'macro':
        return this.parseMacro();
      case 'call':
        return this.parseCallBlock();
      case 'filter':
        return this.parseFilterBlock();
      case 'with':
        return this.parseWith();
      case 'print':
        return this.parsePrint();
      case 'block':
        return this.parseBlock();
      case 'autoescape':
        return this.parseAutoescape();
      default:
        return this.parseLoaderTag(tag as 'extends' | 'include' | 'import' | 'from');
    }
  }

  private failUnknownTag(name: string | null, pos: number, extraEndTokens: string[] | null = null): never {
    const stack = extraEndTokens ? [...this.endTokenStack, extraEndTokens] : this.endTokenStack;
    const expected = new Set<string>();
    for (const exprs of stack) for (const e of exprs) expected.add(describeExpr(e));
    const top = stack[stack.length - 1];
    const looking = top ? top.map((e) => `'${describeExpr(e)}'`).join(' or ') : null;
    const message = [name === null ? 'Unexpected end of template.' : `Encountered unknown tag '${name}'.`];
    if (looking) {
      if (name !== null && expected.has(name)) {
        message.push(`You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for ${looking}.`);
      } else {
        message.push(`Jinja was looking for the following tags: ${looking}.`);
      }
    }
    const innermost = this.tagStack[this.tagStack.length - 1];
    if (innermost) message.push(`The innermost block that needs to be closed is '${innermost}'.`);
    this.fail(message.join(' '), pos);
  }

  private parseStatements(endTokens: string[], dropNeedle = false): Stmt[] {
    this.skipIf(':');
    this.expect('block_end');
    const result = this.subparse(endTokens);
    if (this.cur.type === 'eof') this.failUnknownTag(null, this.cur.pos, endTokens);
    if (dropNeedle) this.next();
    return result;
  }

  private parseFor(): Stmt {
    const pos = this.expect('name:for').pos;
    const target = this.parseAssignTarget({ extraEndRules: ['name:in'] });
    this.expect('name:in');
    const iter = this.parseTuple({ withCondexpr: false, extraEndRules: ['name:recursive'] });
    const test = this.skipIf('name:if') ? this.parseExpression() : null;
    const recursive = this.skipIf('name:recursive');
    const body = this.parseStatements(['name:endfor', 'name:else']);
    const else_ = this.next().value === 'endfor' ? [] : this.parseStatements(['name:endfor'], true);
    return { kind: 'for', pos, target, iter, body, else_, test, recursive };
  }

  private parseIf(): Stmt {
    const pos = this.expect('name:if').pos;
    const branches: { test: Expr; body: Stmt[] }[] = [];
    let else_: Stmt[] = [];
    for (;;) {
      const test = this.parseTuple({ withCondexpr: false });
      const body = this.parseStatements(['name:elif', 'name:else', 'name:endif']);
      branches.push({ test, body });
      const t = this.next();
      if (this.test(t, 'name:elif')) continue;
      if (this.test(t, 'name:else')) else_ = this.parseStatements(['name:endif'], true);
      break;
    }
    return { kind: 'if', pos, branches, else_ };
  }

  private parseSet(): Stmt {
    const pos = this.next().pos;
    const target = this.parseAssignTarget({ withNamespace: true });
    if (this.skipIf('=')) return { kind: 'set', pos, target, value: this.parseTuple({}) };
    const filter = this.parseFilter(null);
    const body = this.parseStatements(['name:endset'], true);
    return { kind: 'setblock', pos, target, filter, body };
  }

  private parseWith(): Stmt {
    const pos = this.next().pos;
    const targets: Expr[] = [];
    const values: Expr[] = [];
    while (this.cur.type !== 'block_end') {
      if (targets.length) this.expect(',');
      targets.push(this.parseAssignTarget({}));
      this.expect('=');
      values.push(this.parseExpression());
    }
    const body = this.parseStatements(['name:endwith'], true);
    return { kind: 'with', pos, targets, values, body };
  }

  private parseAutoescape(): Stmt {
    const pos = this.next().pos;
    const value = this.parseExpression();
    const body = this.parseStatements(['name:endautoescape'], true);
    return { kind: 'autoescape', pos, value, body };
  }

  private parseBlock(): Stmt {
    const pos = this.next().pos;
    const name = this.expect('name').value as string;
    this.skipIf('name:scoped');
    this.skipIf('name:required');
    if (this.at('-')) this.fail('Block names in Jinja have to be valid Python identifiers and may not contain hyphens, use an underscore instead.');
    const body = this.parseStatements(['name:endblock'], true);
    this.skipIf(`name:${name}`);
    return { kind: 'block', pos, name, body };
  }

  private parseLoaderTag(tag: 'extends' | 'include' | 'import' | 'from'): Stmt {
    const pos = this.next().pos;
    const template = this.parseExpression();
    let ignoreMissing = false;
    if (tag === 'include' && this.at('name:ignore') && this.test(this.look(), 'name:missing')) {
      this.next();
      this.next();
      ignoreMissing = true;
    }
    if (tag === 'import') {
      this.expect('name:as');
      this.parseAssignTarget({ nameOnly: true });
    }
    if (tag === 'from') {
      this.expect('name:import');
      do {
        if (this.at('name:with') || this.at('name:without')) break;
        this.parseAssignTarget({ nameOnly: true });
        if (this.skipIf('name:as')) this.parseAssignTarget({ nameOnly: true });
      } while (this.skipIf(','));
    }
    if ((this.at('name:with') || this.at('name:without')) && this.test(this.look(), 'name:context')) {
      this.next();
      this.next();
    }
    return { kind: 'loader', pos, tag, template, ignoreMissing };
  }

  private parseSignature(): MacroSignature {
    const args: string[] = [];
    const defaults: Expr[] = [];
    this.expect('(');
    while (!this.at(')')) {
      if (args.length) this.expect(',');
      const name = this.parseAssignTarget({ nameOnly: true });
      if (this.skipIf('=')) defaults.push(this.parseExpression());
      else if (defaults.length) this.fail('non-default argument follows default argument');
      args.push((name as { name: string }).name);
    }
    this.expect(')');
    return { args, defaults };
  }

  private parseMacro(): Stmt {
    const pos = this.next().pos;
    const name = (this.parseAssignTarget({ nameOnly: true }) as { name: string }).name;
    const sig = this.parseSignature();
    const body = this.parseStatements(['name:endmacro'], true);
    return { kind: 'macro', pos, name, ...sig, body };
  }

  private parseCallBlock(): Stmt {
    const pos = this.next().pos;
    const sig = this.at('(') ? this.parseSignature() : { args: [], defaults: [] };
    const call = this.parseExpression();
    if (call.kind !== 'call') this.fail('expected call', pos);
    const body = this.parseStatements(['name:endcall'], true);
    return { kind: 'callblock', pos, call, ...sig, body };
  }

  private parseFilterBlock(): Stmt {
    const pos = this.next().pos;
    const filter = this.parseFilter(null, true) as Expr;
    const body = this.parseStatements(['name:endfilter'], true);
    return { kind: 'filterblock', pos, filter, body };
  }

  private parsePrint(): Stmt {
    const pos = this.next().pos;
    const nodes: Expr[] = [];
    while (this.cur.type !== 'block_end') {
      if (nodes.length) this.expect(',');
      nodes.push(this.parseExpression());
    }
    return { kind: 'output', pos, nodes };
  }

  private parseAssignTarget(opts: { extraEndRules?: string[]; nameOnly?: boolean; withNamespace?: boolean }): Expr {
    let target: Expr;
    if (opts.nameOnly) {
      const t = this.expect('name');
      target = { kind: 'name', pos: t.pos, name: t.value as string };
    } else {
      target = this.parseTuple({ simplified: true, extraEndRules: opts.extraEndRules, withNamespace: opts.withNamespace });
    }
    if (!canAssign(target)) this.fail(`can't assign to '${target.kind}'`, target.pos);
    return target;
  }

  // ---------- expressions ----------

  private parseExpression(withCondexpr = true): Expr {
    return withCondexpr ? this.parseCondexpr() : this.parseOr();
  }

  private parseCondexpr(): Expr {
    let pos = this.cur.pos;
    let expr1 = this.parseOr();
    while (this.skipIf('name:if')) {
      const test = this.parseOr();
      const expr2 = this.skipIf('name:else') ? this.parseCondexpr() : null;
      expr1 = { kind: 'condexpr', pos, test, expr1, expr2 };
      pos = this.cur.pos;
    }
    return expr1;
  }

  private parseOr(): Expr {
    const pos = this.cur.pos;
    let left = this.parseAnd();
    while (this.skipIf('name:or')) left = { kind: 'or', pos, left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): Expr {
    const pos = this.cur.pos;
    let left = this.parseNot();
    while (this.skipIf('name:and')) left = { kind: 'and', pos, left, right: this.parseNot() };
    return left;
  }

  private parseNot(): Expr {
    if (this.at('name:not')) {
      const pos = this.next().pos;
      this.enter();
      try {
        return { kind: 'not', pos, node: this.parseNot() };
      } finally {
        this.depth--;
      }
    }
    return this.parseCompare();
  }

  private parseCompare(): Expr {
    const pos = this.cur.pos;
    const expr = this.parseMath1();
    const ops: { op: CompareOp; expr: Expr }[] = [];
    for (;;) {
      const t = this.cur;
      if (t.type === 'operator' && COMPARE_OPS[t.value as string]) {
        this.next();
        ops.push({ op: COMPARE_OPS[t.value as string] as CompareOp, expr: this.parseMath1() });
      } else if (this.skipIf('name:in')) {
        ops.push({ op: 'in', expr: this.parseMath1() });
      } else if (this.at('name:not') && this.test(this.look(), 'name:in')) {
        this.next();
        this.next();
        ops.push({ op: 'notin', expr: this.parseMath1() });
      } else break;
    }
    return ops.length ? { kind: 'compare', pos, expr, ops } : expr;
  }

  private parseMath1(): Expr {
    const pos = this.cur.pos;
    let left = this.parseConcat();
    while (this.at('+') || this.at('-')) {
      const op = this.next().value as BinOp;
      left = { kind: 'binop', pos, op, left, right: this.parseConcat() };
    }
    return left;
  }

  private parseConcat(): Expr {
    const pos = this.cur.pos;
    const items = [this.parseMath2()];
    while (this.skipIf('~')) items.push(this.parseMath2());
    return items.length === 1 ? (items[0] as Expr) : { kind: 'concat', pos, items };
  }

  private parseMath2(): Expr {
    const pos = this.cur.pos;
    let left = this.parsePow();
    while (this.at('*') || this.at('/') || this.at('//') || this.at('%')) {
      const op = this.next().value as BinOp;
      left = { kind: 'binop', pos, op, left, right: this.parsePow() };
    }
    return left;
  }

  private parsePow(): Expr {
    const pos = this.cur.pos;
    let left = this.parseUnary();
    while (this.skipIf('**')) left = { kind: 'binop', pos, op: '**', left, right: this.parseUnary() };
    return left;
  }

  private parseUnary(withFilter = true): Expr {
    this.enter();
    try {
      const pos = this.cur.pos;
      let node: Expr;
      if (this.skipIf('-')) node = { kind: 'neg', pos, node: this.parseUnary(false) };
      else if (this.skipIf('+')) node = { kind: 'pos', pos, node: this.parseUnary(false) };
      else node = this.parsePrimary();
      node = this.parsePostfix(node);
      if (withFilter) node = this.parseFilterExpr(node);
      return node;
    } finally {
      this.depth--;
    }
  }

  private parsePrimary(withNamespace = false): Expr {
    const t = this.cur;
    if (t.type === 'name') {
      this.next();
      const v = t.value as string;
      if (v === 'true' || v === 'True') return { kind: 'const', pos: t.pos, value: true };
      if (v === 'false' || v === 'False') return { kind: 'const', pos: t.pos, value: false };
      if (v === 'none' || v === 'None') return { kind: 'const', pos: t.pos, value: null };
      if (withNamespace && this.at('.')) {
        this.next();
        const attr = this.expect('name').value as string;
        return { kind: 'nsref', pos: t.pos, name: v, attr };
      }
      return { kind: 'name', pos: t.pos, name: v };
    }
    if (t.type === 'string') {
      this.next();
      let s = t.value as string;
      while (this.cur.type === 'string') s += this.next().value as string;
      return { kind: 'const', pos: t.pos, value: s };
    }
    if (t.type === 'integer' || t.type === 'float') {
      this.next();
      return { kind: 'const', pos: t.pos, value: t.value };
    }
    if (this.at('(')) {
      this.next();
      const node = this.parseTuple({ explicitParentheses: true });
      this.expect(')');
      return node;
    }
    if (this.at('[')) return this.parseList();
    if (this.at('{')) return this.parseDict();
    this.fail(`unexpected '${describeToken(t)}'`);
  }

  private isTupleEnd(extraEndRules?: string[]): boolean {
    const t = this.cur;
    if (t.type === 'variable_end' || t.type === 'block_end' || this.at(')')) return true;
    return extraEndRules ? extraEndRules.some((e) => this.at(e)) : false;
  }

  private parseTuple(opts: {
    simplified?: boolean;
    withCondexpr?: boolean;
    extraEndRules?: string[];
    explicitParentheses?: boolean;
    withNamespace?: boolean;
  }): Expr {
    const pos = this.cur.pos;
    const parse = (): Expr =>
      opts.simplified ? this.parsePrimary(opts.withNamespace) : this.parseExpression(opts.withCondexpr ?? true);
    const items: Expr[] = [];
    let isTuple = false;
    for (;;) {
      if (items.length) this.expect(',');
      if (this.isTupleEnd(opts.extraEndRules)) break;
      items.push(parse());
      if (this.at(',')) isTuple = true;
      else break;
    }
    if (!isTuple) {
      if (items.length) return items[0] as Expr;
      if (!opts.explicitParentheses) this.fail(`Expected an expression, got '${describeToken(this.cur)}'`);
    }
    return { kind: 'tuple', pos, items };
  }

  private parseList(): Expr {
    const pos = this.expect('[').pos;
    const items: Expr[] = [];
    while (!this.at(']')) {
      if (items.length) this.expect(',');
      if (this.at(']')) break;
      items.push(this.parseExpression());
    }
    this.expect(']');
    return { kind: 'list', pos, items };
  }

  private parseDict(): Expr {
    const pos = this.expect('{').pos;
    const pairs: { key: Expr; value: Expr }[] = [];
    while (!this.at('}')) {
      if (pairs.length) this.expect(',');
      if (this.at('}')) break;
      const key = this.parseExpression();
      this.expect(':');
      pairs.push({ key, value: this.parseExpression() });
    }
    this.expect('}');
    return { kind: 'dict', pos, pairs };
  }

  private parsePostfix(node: Expr): Expr {
    for (;;) {
      if (this.at('.') || this.at('[')) node = this.parseSubscript(node);
      else if (this.at('(')) node = this.parseCall(node);
      else return node;
    }
  }

  private parseFilterExpr(node: Expr): Expr {
    for (;;) {
      if (this.at('|')) node = this.parseFilter(node) as Expr;
      else if (this.at('name:is')) node = this.parseTest(node);
      else if (this.at('(')) node = this.parseCall(node);
      else return node;
    }
  }

  private parseSubscript(node: Expr): Expr {
    const t = this.next();
    if (this.test(t, '.')) {
      const attr = this.next();
      if (attr.type === 'name') return { kind: 'getattr', pos: t.pos, node, attr: attr.value as string };
      if (attr.type !== 'integer') this.fail('expected name or number', attr.pos);
      return { kind: 'getitem', pos: t.pos, node, arg: { kind: 'const', pos: attr.pos, value: attr.value } };
    }
    const args: Expr[] = [];
    while (!this.at(']')) {
      if (args.length) this.expect(',');
      args.push(this.parseSubscribed());
    }
    this.expect(']');
    const arg: Expr = args.length === 1 ? (args[0] as Expr) : { kind: 'tuple', pos: t.pos, items: args };
    return { kind: 'getitem', pos: t.pos, node, arg };
  }

  private parseSubscribed(): Expr {
    const pos = this.cur.pos;
    const parts: (Expr | null)[] = [];
    if (this.at(':')) {
      this.next();
      parts.push(null);
    } else {
      const node = this.parseExpression();
      if (!this.at(':')) return node;
      this.next();
      parts.push(node);
    }
    if (this.at(':')) parts.push(null);
    else if (!this.at(']') && !this.at(',')) parts.push(this.parseExpression());
    else parts.push(null);
    if (this.at(':')) {
      this.next();
      parts.push(!this.at(']') && !this.at(',') ? this.parseExpression() : null);
    } else parts.push(null);
    return { kind: 'slice', pos, start: parts[0] ?? null, stop: parts[1] ?? null, step: parts[2] ?? null };
  }

  private parseCallArgs(): CallParts {
    const open = this.expect('(');
    const parts: CallParts = { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
    const ensure = (ok: boolean): void => {
      if (!ok) this.fail('invalid syntax for function call expression', open.pos);
    };
    let requireComma = false;
    while (!this.at(')')) {
      if (requireComma) {
        this.expect(',');
        if (this.at(')')) break;
      }
      if (this.at('*')) {
        ensure(parts.dynArgs === null && parts.dynKwargs === null);
        this.next();
        parts.dynArgs = this.parseExpression();
      } else if (this.at('**')) {
        ensure(parts.dynKwargs === null);
        this.next();
        parts.dynKwargs = this.parseExpression();
      } else if (this.cur.type === 'name' && this.test(this.look(), '=')) {
        ensure(parts.dynKwargs === null);
        const name = this.next().value as string;
        this.next();
        parts.kwargs.push({ name, value: this.parseExpression() });
      } else {
        ensure(parts.dynArgs === null && parts.dynKwargs === null && parts.kwargs.length === 0);
        parts.args.push(this.parseExpression());
      }
      requireComma = true;
    }
    this.expect(')');
    return parts;
  }

  private parseCall(node: Expr): Expr {
    const pos = this.cur.pos;
    return { kind: 'call', pos, node, ...this.parseCallArgs() };
  }

  private parseFilter(node: Expr | null, startInline = false): Expr | null {
    while (this.at('|') || startInline) {
      if (!startInline) this.next();
      const t = this.expect('name');
      let name = t.value as string;
      while (this.at('.')) {
        this.next();
        name += '.' + (this.expect('name').value as string);
      }
      const parts: CallParts = this.at('(') ? this.parseCallArgs() : { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
      node = { kind: 'filter', pos: t.pos, node, name, ...parts };
      startInline = false;
    }
    return node;
  }

  private parseTest(node: Expr): Expr {
    const t = this.next();
    const negated = this.skipIf('name:not');
    let name = this.expect('name').value as string;
    while (this.at('.')) {
      this.next();
      name += '.' + (this.expect('name').value as string);
    }
    let parts: CallParts = { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
    const c = this.cur;
    if (this.at('(')) parts = this.parseCallArgs();
    else if (
      (c.type === 'name' || c.type === 'string' || c.type === 'integer' || c.type === 'float' || this.at('[') || this.at('{')) &&
      !this.at('name:else') &&
      !this.at('name:or') &&
      !this.at('name:and')
    ) {
      if (this.at('name:is')) this.fail('You cannot chain multiple tests with is');
      parts.args = [this.parsePostfix(this.parsePrimary())];
    }
    const test: Expr = { kind: 'test', pos: t.pos, node, name, ...parts };
    return negated ? { kind: 'not', pos: t.pos, node: test } : test;
  }
}

function canAssign(e: Expr): boolean {
  if (e.kind === 'name') return !['true', 'false', 'none', 'True', 'False', 'None'].includes(e.name);
  if (e.kind === 'nsref') return true;
  if (e.kind === 'tuple') return e.items.every(canAssign);
  return false;
}

const TOKEN_DESCRIPTIONS: Record<string, string> = {
  variable_begin: 'begin of print statement',
  variable_end: 'end of print statement',
  block_begin: 'begin of statement block',
  block_end: 'end of statement block',
  data: 'template data / text',
  eof: 'end of template',
};

function describeToken(t: Token): string {
  if (t.type === 'name' || t.type === 'operator') return t.value as string;
  return TOKEN_DESCRIPTIONS[t.type] ?? t.type;
}

function describeExpr(expr: string): string {
  if (expr.startsWith('name:')) return expr.slice(5);
  return TOKEN_DESCRIPTIONS[expr] ?? expr;
}

