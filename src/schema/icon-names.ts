// Every ChatKit icon name: the union of @openai/chatkit's `WidgetIcon` and Python's `chatkit.icons.IconName`
// (identical lists today). No zod import here: the icon set and the renderer read this without the schema code.

export const widgetIconNames = [
  'agent',
  'analytics',
  'atom',
  'batch',
  'bolt',
  'book-open',
  'book-closed',
  'book-clock',
  'bug',
  'calendar',
  'chart',
  'check',
  'check-circle',
  'check-circle-filled',
  'chevron-left',
  'chevron-right',
  'circle-question',
  'compass',
  'confetti',
  'cube',
  'desktop',
  'document',
  'dot',
  'dots-horizontal',
  'dots-vertical',
  'empty-circle',
  'external-link',
  'globe',
  'keys',
  'lab',
  'images',
  'info',
  'lifesaver',
  'lightbulb',
  'mail',
  'map-pin',
  'maps',
  'mobile',
  'name',
  'notebook',
  'notebook-pencil',
  'page-blank',
  'phone',
  'play',
  'plus',
  'profile',
  'profile-card',
  'reload',
  'star',
  'star-filled',
  'search',
  'sparkle',
  'sparkle-double',
  'square-code',
  'square-image',
  'square-text',
  'suitcase',
  'settings-slider',
  'user',
  'wreath',
  'write',
  'write-alt',
  'write-alt2',
] as const;

/** A built-in ChatKit icon name. */
export type WidgetIcon = (typeof widgetIconNames)[number];

/** Prefixes for icons outside the built-in set: Python's `vendor:<name>` and our `lucide:<name>`. */
export const iconNamePrefixes = ['vendor:', 'lucide:'] as const;

/** Any icon reference a widget may carry: a built-in name or a prefixed external name. */
export type WidgetIconRef = WidgetIcon | `vendor:${string}` | `lucide:${string}`;

const builtinIconNames: ReadonlySet<string> = new Set(widgetIconNames);

export function isWidgetIcon(value: unknown): value is WidgetIcon {
  return typeof value === 'string' && builtinIconNames.has(value);
}

/** True for a built-in name or `vendor:`/`lucide:` followed by a non-empty name. */
export function isWidgetIconRef(value: unknown): value is WidgetIconRef {
  if (typeof value !== 'string') return false;
  if (builtinIconNames.has(value)) return true;
  return iconNamePrefixes.some((prefix) => value.startsWith(prefix) && value.length > prefix.length);
}
