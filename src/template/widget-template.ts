/**
 * `.widget` files: JSON with `version` ("1.0"), `name`, `template` (Jinja2 that renders widget JSON)
 * and `jsonSchema`. `build(data)` does what chatkit-python's WidgetTemplate.build does: render,
 * json.loads, check the root. Strict mode also checks the data against `jsonSchema` and the
 * result against the widget schemas; without it a data mismatch is only a warning.
 */
import type { Stmt } from './ast.js';
import { compileTemplate, type CompiledTemplate } from './compile.js';
import { TemplateError } from './errors.js';
import { validateJsonSchema, type SchemaIssue } from './json-schema.js';
import { parseRenderedJson, parseWidgetFile } from './json-parse.js';
import { normalizeSource } from './lexer.js';
import { parseTemplate } from './parser.js';
import { pyRepr } from './pystr.js';
import { DEFAULT_LIMITS, type RenderLimits } from './runtime.js';
import { parseWidgetRoot } from '../schema/parse-tree.js';
import { isDataDict } from './values.js';
import { validateRoot } from './validate-root.js';

/** A widget root as `build` returns it: plain JSON, checked only as far as chatkit-python checks it. */
export type WidgetRootJson = { type: 'Card' | 'ListView' | 'Basic'; [key: string]: unknown };

export interface TemplateWarning {
  kind: 'schema';
  message: string;
  /** Where in the data the mismatch is, e.g. `data.items[2].price`. */
  path: string;
}

/** Checks a built widget tree against the full widget schemas; returns issues (empty when valid). */
export type WidgetValidator = (root: unknown) => { path: string; message: string }[];

export interface BuildOptions {
  /** Also validate `data` against the file's jsonSchema and the result against the widget schemas. */
  strict?: boolean;
  /** Receives non-strict jsonSchema mismatches (the elements turn them into `ck-log` events). */
  onWarning?: (warning: TemplateWarning) => void;
  /** Overrides the work limits of one render. */
  limits?: Partial<RenderLimits>;
  /** The widget schema check strict mode applies to the result (default: the zod widget schemas). */
  validateWidget?: WidgetValidator;
}

/** Strict mode's default: the project's zod widget schemas (nulls count as absent, as in Python). */
export const validateWithWidgetSchemas: WidgetValidator = (root) => {
  const result = parseWidgetRoot(root);
  if (result.ok) return [];
  return result.issues.map((issue) => ({ path: rootPath(issue.path), message: issue.message }));
};

function rootPath(path: (string | number)[]): string {
  let text = 'root';
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  return text;
}

export class WidgetTemplate {
  readonly name: string;
  readonly version: string;
  readonly template: string;
  readonly jsonSchema: Record<string, unknown> | undefined;
  private readonly compiled: CompiledTemplate;

  private constructor(definition: Record<string, unknown>) {
    if (!Object.hasOwn(definition, 'version')) throw new TemplateError('load', "the .widget file has no 'version'", { kind: 'KeyError' });
    const version = definition.version;
    if (version !== '1.0') {
      throw new TemplateError('load', `Unsupported widget spec version: ${typeof version === 'string' ? version : pyRepr(version, 0)}`, {
        kind: 'ValueError',
      });
    }
    if (!Object.hasOwn(definition, 'name')) throw new TemplateError('load', "the .widget file has no 'name'", { kind: 'KeyError' });
    if (!Object.hasOwn(definition, 'template')) throw new TemplateError('load', "the .widget file has no 'template'", { kind: 'KeyError' });
    const template = definition.template;
    if (typeof template !== 'string') throw new TemplateError('load', "the .widget file's 'template' must be a string", { kind: 'TypeError' });
    const schema = Object.hasOwn(definition, 'jsonSchema') ? definition.jsonSchema : undefined;
    this.version = version;
    this.name = String(definition.name);
    this.template = template;
    this.jsonSchema = isDataDict(schema) ? schema : undefined;
    this.compiled = compileSource(template);
  }

  /** Loads a `.widget` file's text. Throws a TemplateError (load or parse stage) when it cannot. */
  static fromString(text: string): WidgetTemplate {
    if (typeof text !== 'string') throw new TemplateError('load', 'a .widget file must be given as text', { kind: 'TypeError' });
    const definition = parseWidgetFile(text);
    if (!isDataDict(definition)) throw new TemplateError('load', 'a .widget file must be a JSON object', { kind: 'TypeError' });
    return new WidgetTemplate(definition);
  }

  /** Builds from an already parsed `.widget` object. */
  static fromDefinition(definition: Record<string, unknown>): WidgetTemplate {
    if (!isDataDict(definition)) throw new TemplateError('load', 'a .widget definition must be an object', { kind: 'TypeError' });
    return new WidgetTemplate(definition);
  }

  /** The raw rendered text, before JSON parsing: for debugging and the playground. */
  renderText(data: unknown = {}, options: Pick<BuildOptions, 'limits'> = {}): string {
    return this.compiled.render(checkData(data), { ...DEFAULT_LIMITS, ...options.limits });
  }

  /** Renders, parses and checks the widget root, exactly as chatkit-python's `build`. */
  build(data: unknown = {}, options: BuildOptions = {}): WidgetRootJson {
    const input = checkData(data);
    const issues = this.jsonSchema ? validateJsonSchema(this.jsonSchema, input) : [];
    if (issues.length && options.strict) throw schemaError(issues);
    if (issues.length && options.onWarning) {
      for (const issue of issues) options.onWarning({ kind: 'schema', message: issue.message, path: issue.path });
    }
    const text = this.compiled.render(input, { ...DEFAULT_LIMITS, ...options.limits });
    const value = parseRenderedJson(text);
    validateRoot(value);
    if (options.strict) {
      const problems = (options.validateWidget ?? validateWithWidgetSchemas)(value);
      if (problems.length) {
        const first = problems[0] as { path: string; message: string };
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
        throw new TemplateError('validate', `does not match the widget schema: ${first.message}${more}`, { kind: 'WidgetSchemaError', path: first.path });
      }
    }
    return value as WidgetRootJson;
  }
}

const compiledCache = new Map<string, CompiledTemplate>();
const CACHE_SIZE = 64;

/** Lexes, parses and compiles template source once; identical sources share the result. */
function compileSource(template: string): CompiledTemplate {
  const hit = compiledCache.get(template);
  if (hit) return hit;
  const source = normalizeSource(template);
  let program: Stmt[];
  try {
    program = parseTemplate(source);
  } catch (e) {
    if (e instanceof TemplateError) throw e;
    if (e instanceof RangeError) throw new TemplateError('parse', 'template nested too deeply', { kind: 'RecursionError' });
    throw e;
  }
  const compiled = compileTemplate(source, program);
  if (compiledCache.size >= CACHE_SIZE) compiledCache.delete(compiledCache.keys().next().value as string);
  compiledCache.set(template, compiled);
  return compiled;
}

function checkData(data: unknown): Record<string, unknown> {
  if (data === null || data === undefined) return {};
  if (isDataDict(data)) return data;
  throw new TemplateError('render', 'template data must be a plain object (keyword arguments of the template)', { kind: 'TypeError' });
}

function schemaError(issues: SchemaIssue[]): TemplateError {
  const first = issues[0] as SchemaIssue;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new TemplateError('validate', `${first.path}: ${first.message}${more}`, { kind: 'SchemaError', path: first.path });
}
