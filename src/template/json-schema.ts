/**
 * A small JSON Schema validator for the `jsonSchema` of `.widget` files: type, properties,
 * required, additionalProperties, items, enum, const, numeric and length bounds, pattern,
 * anyOf/oneOf/allOf/not and local $ref. Each issue names the data path and the rule broken.
 * Patterns run only on bounded input and are refused when nested quantifiers make them
 * exponential (ReDoS), since schemas come from the server like everything else.
 */

export interface SchemaIssue {
  /** Where in the data, e.g. `data.items[2].price`. */
  path: string;
  /** The schema keyword that failed, e.g. `required`, `type`, `maxLength`. */
  rule: string;
  message: string;
}

type Schema = Record<string, unknown> | boolean;

const MAX_ISSUES = 20;
const MAX_DEPTH = 64;
/** Strings longer than this are not run through `pattern`. */
export const MAX_PATTERN_INPUT = 10_000;
const MAX_PATTERN_SOURCE = 1_000;
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;

export function validateJsonSchema(schema: unknown, data: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (!isObject(schema) && typeof schema !== 'boolean') return issues;
  new Validator(schema, issues).check(schema, data, 'data', 0);
  return issues;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: Record<string, unknown>, k: string): unknown {
  return Object.hasOwn(o, k) ? o[k] : undefined;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function matchesType(v: unknown, t: string): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    default:
      return true;
  }
}

function deepEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i], depth + 1));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k], depth + 1));
  }
  return false;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const patternCache = new Map<string, RegExp | Error>();

function compilePattern(source: string): RegExp | Error {
  const hit = patternCache.get(source);
  if (hit) return hit;
  let result: RegExp | Error;
  if (source.length > MAX_PATTERN_SOURCE) result = new Error(`pattern longer than ${MAX_PATTERN_SOURCE} characters`);
  else if (NESTED_QUANTIFIER.test(source)) result = new Error('pattern refused: nested quantifiers can take exponential time');
  else {
    try {
      result = new RegExp(source, 'u');
    } catch {
      result = new Error('pattern is not a valid regular expression');
    }
  }
  patternCache.set(source, result);
  return result;
}

class Validator {
  constructor(
    private readonly root: Schema,
    private readonly issues: SchemaIssue[],
  ) {}

  private add(path: string, rule: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, rule, message: `${message} (rule: ${rule})` });
  }

  /** Resolves `#/$defs/x` and `#/definitions/x` (with JSON-pointer escapes) inside the root schema. */
  private resolve(ref: string): Schema | null {
    if (!ref.startsWith('#')) return null;
    if (ref === '#') return this.root;
    if (!ref.startsWith('#/')) return null;
    let node: unknown = this.root;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(node) || !Object.hasOwn(node, key)) return null;
      node = node[key];
    }
    return isObject(node) || typeof node === 'boolean' ? node : null;
  }

  /** Validates without recording issues: for anyOf / oneOf / not branches. */
  private passes(schema: Schema, data: unknown, depth: number): boolean {
    const probe: SchemaIssue[] = [];
    new Validator(this.root, probe).check(schema, data, 'data', depth);
    return probe.length === 0;
  }

  check(schema: Schema, data: unknown, path: string, depth: number): void {
    if (schema === true) return;
    if (schema === false) {
      this.add(path, 'false', 'no value is allowed here');
      return;
    }
    if (depth > MAX_DEPTH) {
      this.add(path, '$ref', `schema or data nested deeper than ${MAX_DEPTH} levels`);
      return;
    }
    const ref = own(schema, '$ref');
    if (typeof ref === 'string') {
      const target = this.resolve(ref);
      if (target === null) this.add(path, '$ref', `cannot resolve ${ref} (only #/$defs and #/definitions are supported)`);
      else this.check(target, data, path, depth + 1);
    }

    const type = own(schema, 'type');
    if (type !== undefined) {
      const types = Array.isArray(type) ? type.map(String) : [String(type)];
      if (!types.some((t) => matchesType(data, t))) {
        this.add(path, 'type', `must be ${types.join(' or ')}, got ${jsonType(data)}`);
        return;
      }
    }
    const enumValues = own(schema, 'enum');
    if (Array.isArray(enumValues) && !enumValues.some((e) => deepEqual(e, data))) {
      this.add(path, 'enum', `must be one of ${enumValues.map(show).join(', ')}, got ${show(data)}`);
    }
    if (Object.hasOwn(schema, 'const') && !deepEqual(schema.const, data)) {
      this.add(path, 'const', `must be ${show(schema.const)}, got ${show(data)}`);
    }

    if (typeof data === 'number') this.checkNumber(schema, data, path);
    if (typeof data === 'string') this.checkString(schema, data, path);
    if (Array.isArray(data)) this.checkArray(schema, data, path, depth);
    if (isObject(data)) this.checkObject(schema, data, path, depth);

    const allOf = own(schema, 'allOf');
    if (Array.isArray(allOf)) for (const s of allOf) if (isObject(s) || typeof s === 'boolean') this.check(s, data, path, depth + 1);
    const anyOf = own(schema, 'anyOf');
    if (Array.isArray(anyOf) && !anyOf.some((s) => (isObject(s) || typeof s === 'boolean') && this.passes(s, data, depth + 1))) {
      this.add(path, 'anyOf', 'does not match any of the allowed shapes');
    }
    const oneOf = own(schema, 'oneOf');
    if (Array.isArray(oneOf)) {
      const n = oneOf.filter((s) => (isObject(s) || typeof s === 'boolean') && this.passes(s, data, depth + 1)).length;
      if (n !== 1) this.add(path, 'oneOf', n === 0 ? 'does not match any of the allowed shapes' : `matches ${n} shapes where exactly one is allowed`);
    }
    const not = own(schema, 'not');
    if ((isObject(not) || typeof not === 'boolean') && this.passes(not, data, depth + 1)) {
      this.add(path, 'not', 'matches a shape that is not allowed');
    }
  }

  private checkNumber(schema: Record<string, unknown>, n: number, path: string): void {
    const min = own(schema, 'minimum');
    const max = own(schema, 'maximum');
    const xmin = own(schema, 'exclusiveMinimum');
    const xmax = own(schema, 'exclusiveMaximum');
    if (typeof min === 'number' && n < min) this.add(path, 'minimum', `must be >= ${min}, got ${n}`);
    if (typeof max === 'number' && n > max) this.add(path, 'maximum', `must be <= ${max}, got ${n}`);
    if (typeof xmin === 'number' && n <= xmin) this.add(path, 'exclusiveMinimum', `must be > ${xmin}, got ${n}`);
    if (typeof xmax === 'number' && n >= xmax) this.add(path, 'exclusiveMaximum', `must be < ${xmax}, got ${n}`);
    const multiple = own(schema, 'multipleOf');
    if (typeof multiple === 'number' && multiple > 0 && !Number.isInteger(n / multiple)) {
      this.add(path, 'multipleOf', `must be a multiple of ${multiple}`);
    }
  }

  private checkString(schema: Record<string, unknown>, s: string, path: string): void {
    const min = own(schema, 'minLength');
    const max = own(schema, 'maxLength');
    const length = typeof min === 'number' || typeof max === 'number' ? [...s].length : 0;
    if (typeof min === 'number' && length < min) this.add(path, 'minLength', `must be at least ${min} characters, got ${length}`);
    if (typeof max === 'number' && length > max) this.add(path, 'maxLength', `must be at most ${max} characters, got ${length}`);
    const pattern = own(schema, 'pattern');
    if (typeof pattern === 'string') {
      const re = compilePattern(pattern);
      if (re instanceof Error) this.add(path, 'pattern', re.message);
      else if (s.length > MAX_PATTERN_INPUT) this.add(path, 'pattern', `longer than ${MAX_PATTERN_INPUT} characters, too long to check against the pattern`);
      else if (!re.test(s)) this.add(path, 'pattern', `must match ${show(pattern)}`);
    }
  }

  private checkArray(schema: Record<string, unknown>, list: unknown[], path: string, depth: number): void {
    const min = own(schema, 'minItems');
    const max = own(schema, 'maxItems');
    if (typeof min === 'number' && list.length < min) this.add(path, 'minItems', `must have at least ${min} items, got ${list.length}`);
    if (typeof max === 'number' && list.length > max) this.add(path, 'maxItems', `must have at most ${max} items, got ${list.length}`);
    const prefix = own(schema, 'prefixItems');
    const items = own(schema, 'items');
    const tuple = Array.isArray(prefix) ? prefix : Array.isArray(items) ? items : null;
    const rest = Array.isArray(items) ? own(schema, 'additionalItems') : items;
    list.forEach((item, i) => {
      if (this.issues.length >= MAX_ISSUES) return;
      const s = tuple && i < tuple.length ? tuple[i] : rest;
      if (isObject(s) || typeof s === 'boolean') this.check(s, item, `${path}[${i}]`, depth + 1);
    });
    if (own(schema, 'uniqueItems') === true) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (deepEqual(list[i], list[j])) {
            this.add(path, 'uniqueItems', `items ${i} and ${j} are equal`);
            return;
          }
        }
      }
    }
  }

  private checkObject(schema: Record<string, unknown>, obj: Record<string, unknown>, path: string, depth: number): void {
    const required = own(schema, 'required');
    if (Array.isArray(required)) {
      for (const key of required) {
        if (typeof key === 'string' && !Object.hasOwn(obj, key)) this.add(`${path}.${key}`, 'required', 'is required');
      }
    }
    const properties = own(schema, 'properties');
    const props = isObject(properties) ? properties : {};
    const patternProps = own(schema, 'patternProperties');
    const additional = own(schema, 'additionalProperties');
    const keys = Object.keys(obj);
    const minProps = own(schema, 'minProperties');
    const maxProps = own(schema, 'maxProperties');
    if (typeof minProps === 'number' && keys.length < minProps) this.add(path, 'minProperties', `must have at least ${minProps} properties`);
    if (typeof maxProps === 'number' && keys.length > maxProps) this.add(path, 'maxProperties', `must have at most ${maxProps} properties`);
    for (const key of keys) {
      if (this.issues.length >= MAX_ISSUES) return;
      const childPath = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      let matched = false;
      if (Object.hasOwn(props, key)) {
        matched = true;
        const s = props[key];
        if (isObject(s) || typeof s === 'boolean') this.check(s, obj[key], childPath, depth + 1);
      }
      if (isObject(patternProps)) {
        for (const [source, s] of Object.entries(patternProps)) {
          const re = compilePattern(source);
          if (re instanceof Error || key.length > MAX_PATTERN_INPUT || !re.test(key)) continue;
          matched = true;
          if (isObject(s) || typeof s === 'boolean') this.check(s, obj[key], childPath, depth + 1);
        }
      }
      if (matched) continue;
      if (additional === false) this.add(childPath, 'additionalProperties', 'is not an allowed property');
      else if (isObject(additional)) this.check(additional, obj[key], childPath, depth + 1);
    }
  }
}
