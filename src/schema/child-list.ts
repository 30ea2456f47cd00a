// `children` of list containers. Python's dynamic models also take a single child object where a
// list is expected; it is normalized to a one-element list so renderers only ever see arrays.
import { z } from './zod.js';

export function childList<T extends z.ZodMiniType>(child: T): z.ZodMiniType<z.output<T>[]> {
  return z.pipe(
    z.union([z.array(child), child]),
    z.transform((children) => (Array.isArray(children) ? children : [children]) as z.output<T>[]),
  );
}
