// Value schemas shared by many components: colors, lengths, spacing, borders and the token enums.
// They only check shape; CSS safety is decided at render time by src/style/css-values.ts.
import { z } from './zod.js';

/** A color per theme: `{ light, dark }`. */
export const themeColorSchema = z.object({ dark: z.string(), light: z.string() });

/** A color token, a primitive color token (`red-100`), a CSS color, or `{ light, dark }`. */
export const colorSchema = z.union([z.string(), themeColorSchema]);

/** A number on the spacing scale (or px, depending on the prop) or a CSS length string. */
export const lengthSchema = z.union([z.number(), z.string()]);

export const spacingSchema = z.object({
  top: z.optional(lengthSchema),
  right: z.optional(lengthSchema),
  bottom: z.optional(lengthSchema),
  left: z.optional(lengthSchema),
  x: z.optional(lengthSchema),
  y: z.optional(lengthSchema),
});

/** A spacing number, a CSS length, or per-edge spacing. */
export const spacingValueSchema = z.union([z.number(), z.string(), spacingSchema]);

export const borderStyleSchema = z.enum([
  'solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset',
]);

export const borderSchema = z.object({
  size: z.number(),
  color: z.optional(colorSchema),
  style: z.optional(borderStyleSchema),
});

const edgeBorderSchema = z.union([z.number(), borderSchema]);

export const bordersSchema = z.object({
  top: z.optional(edgeBorderSchema),
  right: z.optional(edgeBorderSchema),
  bottom: z.optional(edgeBorderSchema),
  left: z.optional(edgeBorderSchema),
  x: z.optional(edgeBorderSchema),
  y: z.optional(edgeBorderSchema),
});

/** A px width, one border for every edge, or per-edge borders. */
export const borderValueSchema = z.union([z.number(), borderSchema, bordersSchema]);

export const radiusSchema = z.enum([
  '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', 'full', '100%', 'none',
]);
export const alignmentSchema = z.enum(['start', 'center', 'end', 'baseline', 'stretch']);
export const justificationSchema = z.enum([
  'start', 'center', 'end', 'between', 'around', 'evenly', 'stretch',
]);
export const textAlignSchema = z.enum(['start', 'center', 'end']);
export const textSizeSchema = z.enum(['xs', 'sm', 'md', 'lg', 'xl']);
export const titleSizeSchema = z.enum(['sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl']);
export const captionSizeSchema = z.enum(['sm', 'md', 'lg']);
export const iconSizeSchema = z.enum(['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']);
export const fontWeightSchema = z.enum(['normal', 'medium', 'semibold', 'bold']);
export const controlVariantSchema = z.enum(['solid', 'soft', 'outline', 'ghost']);
export const controlSizeSchema = z.enum(['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']);
export const gutterSizeSchema = z.enum(['2xs', 'xs', 'sm', 'md', 'lg', 'xl']);
export const directionSchema = z.enum(['row', 'col']);
export const themeSchema = z.enum(['light', 'dark']);

/**
 * An icon name: a built-in ChatKit name, `vendor:<name>` (Python), `lucide:<name>` (this runtime), or
 * any other non-empty string. Python servers accept unknown names, so refusing one here would turn a
 * whole Card into an error for one glyph; the icon set shows its fallback instead (see isWidgetIconRef).
 */
export const iconNameSchema = z.string().check(z.minLength(1, 'expected a non-empty icon name'));

/**
 * Text shown to the user. Templates often emit numbers and booleans unquoted (`"value": {{ total }}`)
 * and Python servers pass them through, so they are shown as their JSON text instead of refused.
 */
export const displayTextSchema = z.union([
  z.string(),
  z.pipe(z.union([z.number(), z.boolean()]), z.transform((value: number | boolean) => String(value))),
]);

/** Size and box props shared by Image, Chart and the flex containers (ChatKit's BlockProps). */
export const blockProps = {
  height: z.optional(lengthSchema),
  width: z.optional(lengthSchema),
  size: z.optional(lengthSchema),
  minHeight: z.optional(lengthSchema),
  minWidth: z.optional(lengthSchema),
  minSize: z.optional(lengthSchema),
  maxHeight: z.optional(lengthSchema),
  maxWidth: z.optional(lengthSchema),
  maxSize: z.optional(lengthSchema),
  aspectRatio: z.optional(lengthSchema),
  radius: z.optional(radiusSchema),
  margin: z.optional(spacingValueSchema),
};

/** Every node may carry `key` (list identity) and `id` (the address of streamed updates). */
export const nodeIdentityProps = {
  key: z.optional(z.string()),
  id: z.optional(z.string()),
};
