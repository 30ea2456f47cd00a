/** The template syntax tree: Jinja2's node set, each node keeping its source offset for errors. */

export interface CallParts {
  args: Expr[];
  kwargs: { name: string; value: Expr }[];
  dynArgs: Expr | null;
  dynKwargs: Expr | null;
}

export type Expr =
  | { kind: 'const'; pos: number; value: unknown }
  | { kind: 'name'; pos: number; name: string }
  | { kind: 'nsref'; pos: number; name: string; attr: string }
  | { kind: 'tuple'; pos: number; items: Expr[] }
  | { kind: 'list'; pos: number; items: Expr[] }
  | { kind: 'dict'; pos: number; pairs: { key: Expr; value: Expr }[] }
  | { kind: 'getattr'; pos: number; node: Expr; attr: string }
  | { kind: 'getitem'; pos: number; node: Expr; arg: Expr }
  | { kind: 'slice'; pos: number; start: Expr | null; stop: Expr | null; step: Expr | null }
  | ({ kind: 'call'; pos: number; node: Expr } & CallParts)
  | ({ kind: 'filter'; pos: number; node: Expr | null; name: string } & CallParts)
  | ({ kind: 'test'; pos: number; node: Expr; name: string } & CallParts)
  | { kind: 'condexpr'; pos: number; test: Expr; expr1: Expr; expr2: Expr | null }
  | { kind: 'and' | 'or'; pos: number; left: Expr; right: Expr }
  | { kind: 'not' | 'neg' | 'pos'; pos: number; node: Expr }
  | { kind: 'compare'; pos: number; expr: Expr; ops: { op: CompareOp; expr: Expr }[] }
  | { kind: 'binop'; pos: number; op: BinOp; left: Expr; right: Expr }
  | { kind: 'concat'; pos: number; items: Expr[] };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'lteq' | 'gt' | 'gteq' | 'in' | 'notin';
export type BinOp = '+' | '-' | '*' | '/' | '//' | '%' | '**';

export interface MacroSignature {
  args: string[];
  defaults: Expr[];
}

export type Stmt =
  | { kind: 'output'; pos: number; nodes: (Expr | { kind: 'data'; pos: number; text: string })[] }
  | { kind: 'if'; pos: number; branches: { test: Expr; body: Stmt[] }[]; else_: Stmt[] }
  | { kind: 'for'; pos: number; target: Expr; iter: Expr; body: Stmt[]; else_: Stmt[]; test: Expr | null; recursive: boolean }
  | { kind: 'set'; pos: number; target: Expr; value: Expr }
  | { kind: 'setblock'; pos: number; target: Expr; filter: Expr | null; body: Stmt[] }
  | ({ kind: 'macro'; pos: number; name: string; body: Stmt[] } & MacroSignature)
  | ({ kind: 'callblock'; pos: number; call: Expr; body: Stmt[] } & MacroSignature)
  | { kind: 'filterblock'; pos: number; filter: Expr; body: Stmt[] }
  | { kind: 'with'; pos: number; targets: Expr[]; values: Expr[]; body: Stmt[] }
  | { kind: 'block'; pos: number; name: string; body: Stmt[] }
  | { kind: 'autoescape'; pos: number; value: Expr; body: Stmt[] }
  | { kind: 'loader'; pos: number; tag: 'extends' | 'include' | 'import' | 'from'; template: Expr; ignoreMissing: boolean };
