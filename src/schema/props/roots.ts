// Props of the widget roots (Card, ListView, Basic) and of ListViewItem, children excluded.
import { z } from '../zod.js';
import { actionConfigSchema, cardActionSchema } from '../action.js';
import {
  alignmentSchema, borderValueSchema, colorSchema, directionSchema, iconNameSchema,
  justificationSchema, lengthSchema, nodeIdentityProps, spacingValueSchema, themeSchema,
} from '../style-values.js';

/**
 * The status line above a Card or ListView. ChatKit types it as `{text, favicon?, frame?} | {text, icon?}`;
 * one object with all four keys accepts both without a union silently dropping `icon`.
 */
export const widgetStatusSchema = z.object({
  text: z.string(),
  favicon: z.optional(z.string()),
  frame: z.optional(z.boolean()),
  icon: z.optional(iconNameSchema),
});

export const cardProps = z.object({
  type: z.literal('Card'),
  ...nodeIdentityProps,
  asForm: z.optional(z.boolean()),
  background: z.optional(colorSchema),
  border: z.optional(borderValueSchema),
  size: z.optional(z.enum(['sm', 'md', 'lg', 'full'])),
  padding: z.optional(spacingValueSchema),
  status: z.optional(widgetStatusSchema),
  collapsed: z.optional(z.boolean()),
  confirm: z.optional(cardActionSchema),
  cancel: z.optional(cardActionSchema),
  theme: z.optional(themeSchema),
});

export const listViewProps = z.object({
  type: z.literal('ListView'),
  ...nodeIdentityProps,
  limit: z.optional(z.union([z.number(), z.literal('auto')])),
  status: z.optional(widgetStatusSchema),
  theme: z.optional(themeSchema),
});

export const basicRootProps = z.object({
  type: z.literal('Basic'),
  ...nodeIdentityProps,
  theme: z.optional(themeSchema),
  direction: z.optional(directionSchema),
  gap: z.optional(lengthSchema),
  padding: z.optional(spacingValueSchema),
  align: z.optional(alignmentSchema),
  justify: z.optional(justificationSchema),
});

export const listViewItemProps = z.object({
  type: z.literal('ListViewItem'),
  ...nodeIdentityProps,
  onClickAction: z.optional(actionConfigSchema),
  gap: z.optional(lengthSchema),
  align: z.optional(alignmentSchema),
});
