import { cssColor, cssFontFamily } from './css-values.js';

/**
 * The `theme` option, shaped like ChatKit's `ThemeOption`, turned into custom-property values.
 * Pure: the element sets the returned pairs with `style.setProperty`, so every value is validated here.
 */
export interface ThemeOption {
  colorScheme?: 'light' | 'dark';
  radius?: 'pill' | 'round' | 'soft' | 'sharp';
  density?: 'compact' | 'normal' | 'spacious';
  typography?: { baseSize?: 14 | 15 | 16 | 17 | 18; fontFamily?: string; fontFamilyMono?: string };
  color?: {
    accent?: { primary: string; level?: 0 | 1 | 2 | 3 };
    surface?: { background: string; foreground: string };
  };
}

const RADIUS: Record<NonNullable<ThemeOption['radius']>, readonly [card: string, control: string]> = {
  pill: ['24px', '9999px'],
  round: ['20px', '12px'],
  soft: ['12px', '8px'],
  sharp: ['4px', '2px'],
};
const DENSITY: Record<NonNullable<ThemeOption['density']>, string> = { compact: '3.25px', normal: '4px', spacious: '4.75px' };

/** Custom properties for a theme option; invalid values are skipped, never passed through. */
export function themeProperties(option: unknown): Array<[property: string, value: string]> {
  if (option === null || typeof option !== 'object') return [];
  const theme = option as ThemeOption;
  const out: Array<[string, string]> = [];
  const radius = typeof theme.radius === 'string' && Object.hasOwn(RADIUS, theme.radius) ? RADIUS[theme.radius] : undefined;
  if (radius) out.push(['--ck-radius-card', radius[0]], ['--ck-radius-control', radius[1]]);
  const density = typeof theme.density === 'string' && Object.hasOwn(DENSITY, theme.density) ? DENSITY[theme.density] : undefined;
  if (density) out.push(['--ck-space-unit', density]);
  const typography = theme.typography;
  if (typography && typeof typography === 'object') {
    if ([14, 15, 16, 17, 18].includes(typography.baseSize as number)) out.push(['--ck-font-size-base', `${typography.baseSize}px`]);
    const family = cssFontFamily(typography.fontFamily);
    if (family) out.push(['--ck-font-family', family]);
    const mono = cssFontFamily(typography.fontFamilyMono);
    if (mono) out.push(['--ck-font-mono', mono]);
  }
  const color = theme.color;
  if (color && typeof color === 'object') {
    const accent = color.accent && typeof color.accent === 'object' ? cssColor(color.accent.primary) : undefined;
    if (accent) out.push(['--ck-color-accent', accent], ['--ck-color-accent-contrast', 'light-dark(#ffffff, #0d0d0d)']);
    const surface = color.surface && typeof color.surface === 'object' ? color.surface : undefined;
    const background = surface ? cssColor(surface.background) : undefined;
    const foreground = surface ? cssColor(surface.foreground) : undefined;
    if (background) out.push(['--ck-color-surface', background], ['--ck-color-surface-elevated', background]);
    if (foreground) out.push(['--ck-color-text', foreground]);
  }
  return out;
}
