/** Binds positional and keyword arguments to named parameters, with Python's error messages. */
import { typeError } from './py-exception.js';
import type { CallArgs } from './values.js';

export const NO_ARGS: CallArgs = { args: [], kwargs: null };

/**
 * Returns one slot per parameter (`undefined` when not given). `required` leading parameters
 * must be present; unknown keywords and surplus positionals are TypeErrors.
 */
export function bindArgs(fname: string, params: readonly string[], a: CallArgs, required = 0): unknown[] {
  if (a.args.length > params.length) {
    throw typeError(`${fname}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${a.args.length} given)`);
  }
  const out: unknown[] = params.map((_, i) => a.args[i]);
  if (a.kwargs) {
    for (const [k, v] of a.kwargs) {
      const i = params.indexOf(k);
      if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (i < a.args.length) throw typeError(`${fname}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** Positional arguments only (kwargs refused), for methods that take none. */
export function noKwargs(fname: string, a: CallArgs): unknown[] {
  if (a.kwargs && a.kwargs.size) throw typeError(`${fname}() takes no keyword arguments`);
  return a.args;
}
