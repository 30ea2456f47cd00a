/**
 * Classifies an icon reference from widget JSON before anything is drawn or loaded. Everything that
 * is not a built-in ChatKit name or a well-formed `lucide:<kebab-name>` is `invalid`, so hostile
 * strings (paths, URLs, HTML, NUL, prototype keys, huge names, non-strings) never reach a loader.
 */
import { chatkitGlyph, type IconGlyph } from './chatkit-icons.js';

export const LUCIDE_PREFIX = 'lucide:';
/** lucide's own names are at most ~40 characters; 64 leaves room and bounds the work per name. */
export const MAX_LUCIDE_NAME_LENGTH = 64;
const LUCIDE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type IconRef =
  | { readonly kind: 'chatkit'; readonly name: string; readonly glyph: IconGlyph }
  | { readonly kind: 'lucide'; readonly name: string; readonly exportName: string }
  | { readonly kind: 'invalid' };

const INVALID: IconRef = { kind: 'invalid' };

/** `arrow-down-0-1` → `ArrowDown01`: the export name lucide's `icons` namespace uses. */
export function lucideExportName(kebab: string): string {
  return kebab
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export function resolveIconName(name: unknown): IconRef {
  if (typeof name !== 'string') return INVALID;
  // Checked before any other work so a 10 MB string costs nothing.
  if (name.length > LUCIDE_PREFIX.length + MAX_LUCIDE_NAME_LENGTH) return INVALID;
  const glyph = chatkitGlyph(name);
  if (glyph) return { kind: 'chatkit', name, glyph };
  if (!name.startsWith(LUCIDE_PREFIX)) return INVALID;
  const lucideName = name.slice(LUCIDE_PREFIX.length);
  if (!LUCIDE_NAME.test(lucideName)) return INVALID;
  return { kind: 'lucide', name: lucideName, exportName: lucideExportName(lucideName) };
}
