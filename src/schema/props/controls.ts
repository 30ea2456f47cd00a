// Props of the form controls: Input, Textarea, Select, DatePicker, Checkbox, RadioGroup.
import { z } from '../zod.js';
import { actionConfigSchema } from '../action.js';
import {
  controlSizeSchema, controlVariantSchema, directionSchema, gutterSizeSchema, nodeIdentityProps,
} from '../style-values.js';

/** Every control submits its value under `name` when its Form (or `asForm` Card) submits. */
const fieldProps = {
  name: z.string(),
  disabled: z.optional(z.boolean()),
};

export const inputProps = z.object({
  type: z.literal('Input'),
  ...nodeIdentityProps,
  ...fieldProps,
  inputType: z.optional(z.enum(['number', 'email', 'text', 'password', 'tel', 'url'])),
  defaultValue: z.optional(z.string()),
  required: z.optional(z.boolean()),
  pattern: z.optional(z.string()),
  placeholder: z.optional(z.string()),
  allowAutofillExtensions: z.optional(z.boolean()),
  autoSelect: z.optional(z.boolean()),
  autoFocus: z.optional(z.boolean()),
  variant: z.optional(z.enum(['soft', 'outline'])),
  size: z.optional(controlSizeSchema),
  gutterSize: z.optional(gutterSizeSchema),
  pill: z.optional(z.boolean()),
});

export const textareaProps = z.object({
  type: z.literal('Textarea'),
  ...nodeIdentityProps,
  ...fieldProps,
  defaultValue: z.optional(z.string()),
  required: z.optional(z.boolean()),
  pattern: z.optional(z.string()),
  placeholder: z.optional(z.string()),
  autoSelect: z.optional(z.boolean()),
  autoFocus: z.optional(z.boolean()),
  variant: z.optional(z.enum(['soft', 'outline'])),
  size: z.optional(controlSizeSchema),
  gutterSize: z.optional(gutterSizeSchema),
  rows: z.optional(z.number()),
  autoResize: z.optional(z.boolean()),
  maxRows: z.optional(z.number()),
  allowAutofillExtensions: z.optional(z.boolean()),
});

/** ChatKit types an option as `{value, label}`; Python adds `disabled` and `description`. */
export const selectOptionSchema = z.object({
  value: z.string(),
  label: z.string(),
  disabled: z.optional(z.boolean()),
  description: z.optional(z.string()),
});

export const selectProps = z.object({
  type: z.literal('Select'),
  ...nodeIdentityProps,
  ...fieldProps,
  options: z.array(selectOptionSchema),
  onChangeAction: z.optional(actionConfigSchema),
  placeholder: z.optional(z.string()),
  defaultValue: z.optional(z.string()),
  variant: z.optional(controlVariantSchema),
  size: z.optional(controlSizeSchema),
  pill: z.optional(z.boolean()),
  block: z.optional(z.boolean()),
  clearable: z.optional(z.boolean()),
  searchable: z.optional(z.boolean()),
});

export const datePickerProps = z.object({
  type: z.literal('DatePicker'),
  ...nodeIdentityProps,
  ...fieldProps,
  onChangeAction: z.optional(actionConfigSchema),
  placeholder: z.optional(z.string()),
  // ISO dates or datetimes; the control parses them and ignores what it cannot read.
  defaultValue: z.optional(z.string()),
  min: z.optional(z.string()),
  max: z.optional(z.string()),
  variant: z.optional(controlVariantSchema),
  size: z.optional(controlSizeSchema),
  side: z.optional(z.enum(['top', 'bottom', 'left', 'right'])),
  align: z.optional(z.enum(['start', 'center', 'end'])),
  pill: z.optional(z.boolean()),
  block: z.optional(z.boolean()),
  clearable: z.optional(z.boolean()),
});

export const checkboxProps = z.object({
  type: z.literal('Checkbox'),
  ...nodeIdentityProps,
  ...fieldProps,
  label: z.optional(z.string()),
  defaultChecked: z.optional(z.boolean()),
  onChangeAction: z.optional(actionConfigSchema),
  required: z.optional(z.boolean()),
});

export const radioOptionSchema = z.object({
  label: z.string(),
  value: z.string(),
  disabled: z.optional(z.boolean()),
});

export const radioGroupProps = z.object({
  type: z.literal('RadioGroup'),
  ...nodeIdentityProps,
  ...fieldProps,
  options: z.optional(z.array(radioOptionSchema)),
  ariaLabel: z.optional(z.string()),
  onChangeAction: z.optional(actionConfigSchema),
  defaultValue: z.optional(z.string()),
  direction: z.optional(directionSchema),
  required: z.optional(z.boolean()),
});
