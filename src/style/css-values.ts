/**
 * The one CSS value validator: one function per property kind. Widget JSON never reaches a
 * style sheet as text; each value is checked here and set through the CSSOM (Lit's styleMap),
 * so `;`, `}`, `url()`, `var()`, `expression()`, `@import` and escapes can never get through.
 */

export type ColorRole = 'text' | 'background' | 'border' | 'any';

const TEXT_TOKENS = new Set(['prose', 'primary', 'emphasis', 'secondary', 'tertiary', 'success', 'warning', 'danger', 'info', 'discovery', 'caution']);
const BACKGROUND_TOKENS = new Set(['surface', 'surface-secondary', 'surface-tertiary', 'surface-elevated', 'surface-elevated-secondary']);
const BORDER_TOKENS = new Set(['default', 'subtle', 'strong']);

// Primitive palette tokens (`red-100`, `gray-500`, …) as OKLCH hues and a lightness ramp.
const PALETTE_HUES: Readonly<Record<string, number>> = {
  red: 25, orange: 50, amber: 70, yellow: 95, lime: 130, green: 150, emerald: 162, teal: 182,
  cyan: 210, sky: 230, blue: 260, indigo: 275, violet: 290, purple: 305, fuchsia: 320, pink: 350, rose: 15,
};
const SHADES: Readonly<Record<string, readonly [lightness: number, chroma: number]>> = {
  '25': [0.985, 0.012], '50': [0.97, 0.02], '100': [0.94, 0.045], '200': [0.89, 0.08], '300': [0.82, 0.12],
  '400': [0.72, 0.16], '500': [0.64, 0.19], '600': [0.56, 0.19], '700': [0.48, 0.17], '800': [0.4, 0.14],
  '900': [0.33, 0.11], '950': [0.25, 0.08], '1000': [0.18, 0.05],
};
const PRIMITIVE = /^([a-z]+)-(\d{2,4})$/;

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const COLOR_FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\((?:[\s,/+\-.%0-9e]|deg|grad|rad|turn|none)*\)$/i;
const KEYWORD = /^[a-z]{3,24}$/i;
const MAX_VALUE_LENGTH = 64;

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

function tokenColor(value: string, role: ColorRole): string | undefined {
  if ((role === 'text' || role === 'any') && TEXT_TOKENS.has(value)) {
    return value === 'prose' || value === 'primary' ? 'var(--ck-color-text)' : `var(--ck-color-text-${value})`;
  }
  if ((role === 'background' || role === 'any') && BACKGROUND_TOKENS.has(value)) return `var(--ck-color-${value})`;
  if (role === 'border' && BORDER_TOKENS.has(value)) {
    return value === 'default' ? 'var(--ck-color-border)' : `var(--ck-color-border-${value})`;
  }
  const primitive = PRIMITIVE.exec(value);
  if (primitive) {
    const [, family = '', shade = ''] = primitive;
    const ramp = own(SHADES, shade) ? SHADES[shade] : undefined;
    if (!ramp) return undefined;
    if (family === 'gray' || family === 'slate' || family === 'zinc' || family === 'neutral') {
      return `oklch(${ramp[0]} 0 0)`;
    }
    if (family === 'alpha' || family === 'white' || family === 'black') return undefined;
    return own(PALETTE_HUES, family) ? `oklch(${ramp[0]} ${ramp[1]} ${PALETTE_HUES[family]})` : undefined;
  }
  return undefined;
}

function plainColor(value: unknown, role: ColorRole): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_VALUE_LENGTH) return undefined;
  const token = tokenColor(value, role);
  if (token) return token;
  if (HEX.test(value) || COLOR_FUNCTION.test(value)) return value;
  // Named colors and keywords (transparent, currentColor); letters only, so nothing can be smuggled.
  if (KEYWORD.test(value)) return value.toLowerCase();
  return undefined;
}

/**
 * A ChatKit color (token name, CSS color, or `{light, dark}`) as a CSS value, or undefined when refused.
 * `{light, dark}` becomes `light-dark()`, resolved by the element's `color-scheme`.
 */
export function cssColor(value: unknown, role: ColorRole = 'any'): string | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const light = own(value, 'light') ? plainColor((value as { light: unknown }).light, role) : undefined;
    const dark = own(value, 'dark') ? plainColor((value as { dark: unknown }).dark, role) : undefined;
    return light && dark ? `light-dark(${light}, ${dark})` : undefined;
  }
  return plainColor(value, role);
}

const LENGTH = /^(-?(?:\d{1,6}(?:\.\d{1,4})?|\.\d{1,4}))(px|rem|em|%|vh|vw|vmin|vmax|ch|ex|lh|svh|dvh|lvh|cqw|cqh)?$/;
const SIZE_KEYWORDS = new Set(['auto', 'fit-content', 'min-content', 'max-content', 'none']);
const MAX_MAGNITUDE = 100_000;

function finite(value: unknown, allowNegative: boolean): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE && (allowNegative || value >= 0);
}

function cssLength(value: string, allowNegative: boolean): string | undefined {
  const match = LENGTH.exec(value.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  if (!finite(amount, allowNegative)) return undefined;
  return match[2] ? `${amount}${match[2]}` : amount === 0 ? '0' : `${amount}px`;
}

/** A spacing value: numbers are steps of the spacing scale, strings CSS lengths. */
export function cssSpacing(value: unknown, { allowNegative = false } = {}): string | undefined {
  if (finite(value, allowNegative)) return value === 0 ? '0' : `calc(var(--ck-space-unit, 4px) * ${value})`;
  if (typeof value === 'string' && value.length <= MAX_VALUE_LENGTH) return value === 'auto' ? 'auto' : cssLength(value, allowNegative);
  return undefined;
}

/** A dimension (width, height, min/max, size): numbers are pixels, strings CSS lengths or sizing keywords. */
export function cssSize(value: unknown): string | undefined {
  if (finite(value, false)) return `${value}px`;
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return undefined;
  return SIZE_KEYWORDS.has(value) ? value : cssLength(value, false);
}

const RADII = new Set(['2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl']);

/** A radius token (`sm`, `full`, `100%`, `none`, …). */
export function cssRadius(value: unknown): string | undefined {
  if (value === 'none') return '0';
  if (value === 'full') return '9999px';
  if (value === '100%') return '100%';
  return typeof value === 'string' && RADII.has(value) ? `var(--ck-radius-${value})` : undefined;
}

const FLEX = /^(?:\d{1,4}(?:\.\d{1,3})?)(?: \d{1,4}(?:\.\d{1,3})?)?(?: (?:auto|0|\d{1,5}(?:px|%)))?$/;

/** A flex shorthand: a grow number, or `grow shrink basis`. */
export function cssFlex(value: unknown): string | undefined {
  if (finite(value, false)) return String(value);
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return undefined;
  return value === 'auto' || value === 'none' || FLEX.test(value) ? value : undefined;
}

const RATIO = /^(\d{1,5}(?:\.\d{1,4})?)\s*(?:\/\s*(\d{1,5}(?:\.\d{1,4})?))?$/;

/** An aspect ratio: a positive number or `w / h`. */
export function cssAspectRatio(value: unknown): string | undefined {
  if (finite(value, false) && value > 0) return String(value);
  if (typeof value !== 'string') return undefined;
  const match = RATIO.exec(value.trim());
  if (!match) return undefined;
  const [w, h] = [Number(match[1]), match[2] === undefined ? 1 : Number(match[2])];
  return w > 0 && h > 0 ? `${w} / ${h}` : undefined;
}

const BORDER_STYLES = new Set(['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset']);

/** One border edge: a pixel width, or `{size, color?, style?}`. */
export function cssBorder(value: unknown): string | undefined {
  if (finite(value, false)) return value > 100 ? undefined : `${value}px solid var(--ck-color-border)`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const edge = value as { size?: unknown; color?: unknown; style?: unknown };
  if (!own(edge, 'size') || !finite(edge.size, false) || edge.size > 100) return undefined;
  const color = own(edge, 'color') && edge.color !== undefined && edge.color !== null ? cssColor(edge.color, 'border') : 'var(--ck-color-border)';
  const style = own(edge, 'style') && typeof edge.style === 'string' && BORDER_STYLES.has(edge.style) ? edge.style : 'solid';
  return color ? `${edge.size}px ${style} ${color}` : undefined;
}

const FONT_FAMILY = /^[\w\s,"'-]{1,200}$/;

/** A font-family list from a theme option: names, quotes, commas and spaces only. */
export function cssFontFamily(value: unknown): string | undefined {
  return typeof value === 'string' && FONT_FAMILY.test(value) ? value : undefined;
}
