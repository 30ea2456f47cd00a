// Turns zod issues into messages a person can act on: "size: expected one of sm, md, lg, full; got 'huge'".
import type { z } from './zod.js';

type Issue = z.core.$ZodIssue;
export type IssuePath = (string | number)[];

/** One problem with a widget node, ready to show: `message` starts with the path it is about. */
export interface NodeIssue {
  path: IssuePath;
  message: string;
}

const MAX_SHOWN_VALUE = 40;
const MAX_LISTED_CHOICES = 12;

/** A short, safe description of a hostile value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
    return `'${shown}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

export function formatPath(path: IssuePath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text === '' ? '(node)' : text;
}

function listChoices(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED_CHOICES).map((v) => String(v));
  return values.length > MAX_LISTED_CHOICES ? `${shown.join(', ')}, …` : shown.join(', ');
}

function joinAlternatives(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? 'a different value';
  return `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
}

function toPath(path: readonly PropertyKey[]): IssuePath {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/** What a failed union branch wanted, for "expected number, string or object". */
function expectedOf(issue: Issue | undefined): string[] {
  if (issue === undefined) return [];
  if (issue.code === 'invalid_type') return [issue.expected];
  if (issue.code === 'invalid_value') return [listChoices(issue.values)];
  if (issue.code === 'invalid_format') return [`a ${issue.format} string`];
  if (issue.code === 'invalid_union') return issue.errors.flatMap((branch) => expectedOf(branch[0]));
  if (issue.code === 'custom' && issue.message.startsWith('expected ')) return [issue.message.slice('expected '.length)];
  return [];
}

/** How deep into the value a union branch got before failing: the branch that matched furthest wins. */
function branchDepth(issues: readonly Issue[]): number {
  let depth = 0;
  for (const issue of issues) {
    const nested = issue.code === 'invalid_union' && issue.errors.length > 0
      ? Math.max(...issue.errors.map(branchDepth))
      : 0;
    depth = Math.max(depth, issue.path.length + nested);
  }
  return depth;
}

// zod/mini ships no locale: its own message is this placeholder unless a schema set one.
const PLACEHOLDER_MESSAGE = 'Invalid input';

function describeIssue(issue: Issue, prefix: IssuePath): NodeIssue[] {
  const path = [...prefix, ...toPath(issue.path)];
  const input = 'input' in issue ? issue.input : undefined;
  const got = `got ${describeValue(input)}`;
  const at = (text: string): NodeIssue[] => [{ path, message: `${formatPath(path)}: ${text}` }];

  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? at(`required ${issue.expected} is missing`)
        : at(`expected ${issue.expected}; ${got}`);
    case 'invalid_value':
      return issue.values.length === 1
        ? at(`expected ${describeValue(issue.values[0])}; ${got}`)
        : at(`expected one of ${listChoices(issue.values)}; ${got}`);
    case 'invalid_union': {
      // A discriminated union reports an unmatched tag with these untyped extra fields.
      const tagged = issue as { note?: unknown; discriminator?: unknown; options?: unknown };
      if (tagged.note === 'No matching discriminator') {
        const key = typeof tagged.discriminator === 'string' ? tagged.discriminator : 'type';
        const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
        const value = Object.hasOwn(record, key) ? record[key] : undefined;
        const options: unknown[] = Array.isArray(tagged.options) ? tagged.options : [];
        return options.length > MAX_LISTED_CHOICES
          ? at(`unknown component type ${describeValue(value)}`)
          : at(`expected one of ${listChoices(options)}; got ${describeValue(value)}`);
      }
      if (issue.message !== PLACEHOLDER_MESSAGE) return at(`${issue.message}; ${got}`);
      const branches = issue.errors;
      const deepest = branches.reduce<readonly Issue[] | undefined>(
        (best, branch) => (best === undefined || branchDepth(branch) > branchDepth(best) ? branch : best),
        undefined,
      );
      if (deepest !== undefined && branchDepth(deepest) > 0) {
        return deepest.flatMap((inner) => describeIssue(inner, path));
      }
      const wanted = joinAlternatives(branches.flatMap((branch) => expectedOf(branch[0])));
      return input === undefined ? at(`required ${wanted} is missing`) : at(`expected ${wanted}; ${got}`);
    }
    case 'unrecognized_keys':
      return at(`unknown keys ${issue.keys.join(', ')}`);
    default:
      return at(issue.message !== PLACEHOLDER_MESSAGE ? `${issue.message}; ${got}` : `invalid value; ${got}`);
  }
}

export function describeIssues(issues: readonly Issue[], prefix: IssuePath = []): NodeIssue[] {
  return issues.flatMap((issue) => describeIssue(issue, prefix));
}
