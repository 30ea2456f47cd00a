// Props of the text components: Text, Title, Caption, Markdown, Label.
import { z } from '../zod.js';
import {
  captionSizeSchema, colorSchema, displayTextSchema, fontWeightSchema, lengthSchema, nodeIdentityProps,
  textAlignSchema, textSizeSchema, titleSizeSchema,
} from '../style-values.js';

const baseTextProps = {
  value: displayTextSchema,
  color: z.optional(colorSchema),
  weight: z.optional(fontWeightSchema),
  textAlign: z.optional(textAlignSchema),
  truncate: z.optional(z.boolean()),
  maxLines: z.optional(z.number()),
};

/** Inline editing of a Text node: the edited value is submitted under `name`. */
export const editablePropsSchema = z.object({
  name: z.string(),
  autoFocus: z.optional(z.boolean()),
  autoSelect: z.optional(z.boolean()),
  autoComplete: z.optional(z.string()),
  allowAutofillExtensions: z.optional(z.boolean()),
  pattern: z.optional(z.string()),
  placeholder: z.optional(z.string()),
  required: z.optional(z.boolean()),
});

export const textProps = z.object({
  type: z.literal('Text'),
  ...nodeIdentityProps,
  ...baseTextProps,
  streaming: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  lineThrough: z.optional(z.boolean()),
  width: z.optional(lengthSchema),
  size: z.optional(textSizeSchema),
  minLines: z.optional(z.number()),
  editable: z.optional(z.union([z.literal(false), editablePropsSchema])),
});

export const titleProps = z.object({
  type: z.literal('Title'),
  ...nodeIdentityProps,
  ...baseTextProps,
  size: z.optional(titleSizeSchema),
});

export const captionProps = z.object({
  type: z.literal('Caption'),
  ...nodeIdentityProps,
  ...baseTextProps,
  size: z.optional(captionSizeSchema),
});

export const markdownProps = z.object({
  type: z.literal('Markdown'),
  ...nodeIdentityProps,
  value: displayTextSchema,
  streaming: z.optional(z.boolean()),
});

export const labelProps = z.object({
  type: z.literal('Label'),
  ...nodeIdentityProps,
  value: displayTextSchema,
  fieldName: z.string(),
  size: z.optional(textSizeSchema),
  weight: z.optional(fontWeightSchema),
  textAlign: z.optional(textAlignSchema),
  color: z.optional(colorSchema),
});
