// Props of the content components: Badge, Icon, Image, Button.
import { z } from '../zod.js';
import { actionConfigSchema } from '../action.js';
import {
  blockProps, colorSchema, displayTextSchema, controlSizeSchema, controlVariantSchema, iconNameSchema,
  iconSizeSchema, lengthSchema, nodeIdentityProps,
} from '../style-values.js';

export const badgeProps = z.object({
  type: z.literal('Badge'),
  ...nodeIdentityProps,
  label: displayTextSchema,
  color: z.optional(z.enum(['secondary', 'success', 'danger', 'warning', 'info', 'discovery'])),
  variant: z.optional(z.enum(['solid', 'soft', 'outline'])),
  size: z.optional(z.enum(['sm', 'md', 'lg'])),
  pill: z.optional(z.boolean()),
});

export const iconProps = z.object({
  type: z.literal('Icon'),
  ...nodeIdentityProps,
  name: iconNameSchema,
  color: z.optional(colorSchema),
  size: z.optional(iconSizeSchema),
});

export const imageProps = z.object({
  type: z.literal('Image'),
  ...nodeIdentityProps,
  src: z.string(),
  alt: z.optional(z.string()),
  frame: z.optional(z.boolean()),
  fit: z.optional(z.enum(['cover', 'contain', 'fill', 'scale-down', 'none'])),
  position: z.optional(z.enum([
    'top left', 'top', 'top right', 'left', 'center', 'right', 'bottom left', 'bottom', 'bottom right',
  ])),
  flush: z.optional(z.boolean()),
  ...blockProps,
  // Python's Image also takes these two; ChatKit's TS type does not.
  background: z.optional(colorSchema),
  flex: z.optional(lengthSchema),
});

export const buttonProps = z.object({
  type: z.literal('Button'),
  ...nodeIdentityProps,
  submit: z.optional(z.boolean()),
  label: z.optional(z.string()),
  onClickAction: z.optional(actionConfigSchema),
  iconStart: z.optional(iconNameSchema),
  iconEnd: z.optional(iconNameSchema),
  style: z.optional(z.enum(['primary', 'secondary'])),
  iconSize: z.optional(z.enum(['sm', 'md', 'lg', 'xl', '2xl'])),
  color: z.optional(z.enum([
    'primary', 'secondary', 'info', 'discovery', 'success', 'caution', 'warning', 'danger',
  ])),
  variant: z.optional(controlVariantSchema),
  size: z.optional(controlSizeSchema),
  pill: z.optional(z.boolean()),
  uniform: z.optional(z.boolean()),
  block: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
});
