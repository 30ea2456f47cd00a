import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Every design token and its default: the one list. Components read tokens only.
 * Each color is `light-dark(light, dark)`, kept as written until a component uses it, so
 * `color-scheme` on any subtree (the `theme` attribute, or a Card's `theme` prop) flips every color
 * below it. Text colors meet WCAG AA (4.5:1) on the surfaces, and `--ck-color-on-solid` on every
 * solid status color (checked by axe in test/browser/gallery-a11y.test.ts).
 */
export const TOKEN_DEFAULTS: Readonly<Record<`--ck-${string}`, string>> = Object.freeze({
  '--ck-color-text': 'light-dark(#0d0d0d, #ececec)',
  '--ck-color-text-emphasis': 'light-dark(#000000, #ffffff)',
  '--ck-color-text-secondary': 'light-dark(#5d5d5d, #b4b4b4)',
  '--ck-color-text-tertiary': 'light-dark(#6e6e6e, #9a9a9a)',
  '--ck-color-text-success': 'light-dark(#00692a, #4fd18b)',
  '--ck-color-text-warning': 'light-dark(#b14400, #ffab70)',
  '--ck-color-text-caution': 'light-dark(#8a5a00, #ffd266)',
  '--ck-color-text-danger': 'light-dark(#c41e1b, #ff8d8a)',
  '--ck-color-text-info': 'light-dark(#0064c8, #7cc1ff)',
  '--ck-color-text-discovery': 'light-dark(#7a36e0, #c4a1ff)',
  '--ck-color-accent': 'light-dark(#0d0d0d, #f3f3f3)',
  '--ck-color-accent-contrast': 'light-dark(#ffffff, #0d0d0d)',
  '--ck-color-surface': 'light-dark(#ffffff, #212121)',
  '--ck-color-surface-secondary': 'light-dark(#f9f9f9, #282828)',
  '--ck-color-surface-tertiary': 'light-dark(#f1f1f1, #303030)',
  '--ck-color-surface-elevated': 'light-dark(#ffffff, #2c2c2c)',
  '--ck-color-surface-elevated-secondary': 'light-dark(#f7f7f7, #333333)',
  '--ck-color-border': 'light-dark(rgb(13 13 13 / 0.12), rgb(255 255 255 / 0.14))',
  '--ck-color-border-subtle': 'light-dark(rgb(13 13 13 / 0.07), rgb(255 255 255 / 0.08))',
  '--ck-color-border-strong': 'light-dark(rgb(13 13 13 / 0.24), rgb(255 255 255 / 0.28))',
  '--ck-color-success': 'light-dark(#008635, #2fbf71)',
  '--ck-color-warning': 'light-dark(#c94600, #ff8a3d)',
  '--ck-color-caution': 'light-dark(#c98a00, #f5c542)',
  '--ck-color-danger': 'light-dark(#d42a26, #ff6b66)',
  '--ck-color-info': 'light-dark(#0070e0, #4aa8ff)',
  '--ck-color-discovery': 'light-dark(#8a45f0, #b58bff)',
  '--ck-color-on-solid': 'light-dark(#ffffff, #0d0d0d)',
  '--ck-color-code-bg': 'light-dark(#f4f4f4, #2a2a2a)',
  '--ck-color-focus-ring': 'light-dark(#0070e0, #4aa8ff)',
  '--ck-color-hover': 'light-dark(rgb(13 13 13 / 0.05), rgb(255 255 255 / 0.07))',
  '--ck-color-placeholder': 'light-dark(#a3a3a3, #7a7a7a)',
  '--ck-font-family': "ui-sans-serif, -apple-system, system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  '--ck-font-mono': "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  '--ck-font-size-base': '16px',
  '--ck-space-unit': '4px',
  '--ck-radius-2xs': '2px',
  '--ck-radius-xs': '4px',
  '--ck-radius-sm': '6px',
  '--ck-radius-md': '8px',
  '--ck-radius-lg': '12px',
  '--ck-radius-xl': '16px',
  '--ck-radius-2xl': '20px',
  '--ck-radius-3xl': '24px',
  '--ck-radius-4xl': '32px',
  '--ck-radius-full': '9999px',
  '--ck-radius-card': '24px',
  '--ck-radius-control': '9999px',
  '--ck-shadow-card': '0 1px 2px rgb(0 0 0 / 0.04), 0 4px 16px rgb(0 0 0 / 0.06)',
  '--ck-transition': '150ms ease',
});

/**
 * Registers every token once per document as an inherited custom property whose initial value is its
 * default. A default declared on `:host` would beat inheritance; an initial value does not, so a
 * token set by page CSS on `:root` or any ancestor reaches every shadow root below it. Universal
 * syntax (`*`) keeps `light-dark()` unresolved until use. A name the page or a second copy of this
 * library registered first throws; that registration is kept. Returns false where the browser cannot
 * register properties.
 */
export function registerTokens(): boolean {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return false;
  for (const [name, initialValue] of Object.entries(TOKEN_DEFAULTS)) {
    try {
      CSS.registerProperty({ name, syntax: '*', inherits: true, initialValue });
    } catch {
      // Already registered (InvalidModificationError): the first registration stands.
    }
  }
  return true;
}

/** Without registration (older browsers), the defaults are declared on `:host`, as before: set tokens on the element itself there. */
function hostDefaultsSheet(): CSSStyleSheet | undefined {
  if (typeof CSSStyleSheet === 'undefined') return undefined;
  const sheet = new CSSStyleSheet();
  const rule = sheet.cssRules[sheet.insertRule(':host {}')] as CSSStyleRule;
  for (const [name, value] of Object.entries(TOKEN_DEFAULTS)) rule.style.setProperty(name, value);
  return sheet;
}

const registered = registerTokens();

/**
 * The type steps `--ck-font-size-xs` … `-xl`, as each use's fallback. They are neither declared nor
 * registered: a registered initial value cannot use `var()`, and a declaration would block a step set
 * on an ancestor. Every use reads the step with its default as the fallback, computed from the base
 * where it is used: `var(--ck-font-size-sm, calc(var(--ck-font-size-base) * 0.875))`, written
 * `${typeStep.sm}` in styles (test/node/type-steps.test.ts checks that none spells a step out). So a
 * step set on any ancestor wins, and a base set on any ancestor rescales the steps nobody set.
 */
export const TYPE_STEPS: Readonly<Record<'xs' | 'sm' | 'md' | 'lg' | 'xl', string>> = Object.freeze({
  xs: 'calc(var(--ck-font-size-base) * 0.75)',
  sm: 'calc(var(--ck-font-size-base) * 0.875)',
  md: 'var(--ck-font-size-base)',
  lg: 'calc(var(--ck-font-size-base) * 1.125)',
  xl: 'calc(var(--ck-font-size-base) * 1.25)',
});

/** Each type step as components write it in their styles: `font-size: ${typeStep.sm};`. */
export const typeStep = Object.freeze(
  Object.fromEntries(Object.entries(TYPE_STEPS).map(([step, fallback]) => [step, unsafeCSS(`var(--ck-font-size-${step}, ${fallback})`)])),
) as Readonly<Record<keyof typeof TYPE_STEPS, CSSResult>>;

/**
 * Per-element styles that stay on `:host`: the color scheme (an explicit choice: `theme` defaults to
 * light) and no motion under `prefers-reduced-motion`.
 */
const hostStyles = css`
  :host {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --ck-transition: 0s;
    }
  }
`;

const fallback = registered ? undefined : hostDefaultsSheet();

/** The token styles every top-level element (`<ck-widget>`, `<ck-thread>`, `<ck-chat>`) adopts first. */
export const tokenStyles: Array<CSSResult | CSSStyleSheet> = fallback ? [fallback, hostStyles] : [hostStyles];
