/**
 * The full lucide set, loaded once on the first `lucide:<name>` icon. A dynamic import keeps its
 * ~2,000 glyphs out of the core bundle; bundlers split it into its own chunk.
 */
import type { IconNode } from 'lucide';

type LucideSet = Readonly<Record<string, IconNode>>;

let loaded: LucideSet | undefined;
let loading: Promise<LucideSet> | undefined;

/** The set if it has already arrived, so later icons render synchronously. */
export function loadedLucideSet(): LucideSet | undefined {
  return loaded;
}

export function loadLucideSet(): Promise<LucideSet> {
  loading ??= import('lucide').then(
    (module) => (loaded = module.icons as LucideSet),
    (error: unknown) => {
      // Let a later icon try again (e.g. after a flaky network) instead of caching the failure.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Own-property lookup only, so `Constructor`, `ToString` and the like are never found. */
export function lucideGlyph(set: LucideSet, exportName: string): IconNode | undefined {
  return Object.prototype.hasOwnProperty.call(set, exportName) ? set[exportName] : undefined;
}
