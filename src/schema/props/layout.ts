// Props of the layout components: Box, Row, Col, Form, Divider, Spacer, Transition.
import { z } from '../zod.js';
import { actionConfigSchema } from '../action.js';
import {
  alignmentSchema, blockProps, borderValueSchema, colorSchema, directionSchema,
  justificationSchema, lengthSchema, nodeIdentityProps, spacingValueSchema,
} from '../style-values.js';

/** Flex container props shared by Box, Row, Col and Form (ChatKit's BoxBaseProps minus children). */
const boxBaseProps = {
  align: z.optional(alignmentSchema),
  justify: z.optional(justificationSchema),
  wrap: z.optional(z.enum(['nowrap', 'wrap', 'wrap-reverse'])),
  flex: z.optional(lengthSchema),
  gap: z.optional(lengthSchema),
  padding: z.optional(spacingValueSchema),
  border: z.optional(borderValueSchema),
  background: z.optional(colorSchema),
  ...blockProps,
};

export const boxProps = z.object({
  type: z.literal('Box'),
  ...nodeIdentityProps,
  direction: z.optional(directionSchema),
  ...boxBaseProps,
});

export const rowProps = z.object({ type: z.literal('Row'), ...nodeIdentityProps, ...boxBaseProps });

export const colProps = z.object({ type: z.literal('Col'), ...nodeIdentityProps, ...boxBaseProps });

export const formProps = z.object({
  type: z.literal('Form'),
  ...nodeIdentityProps,
  onSubmitAction: z.optional(actionConfigSchema),
  direction: z.optional(directionSchema),
  ...boxBaseProps,
});

export const dividerProps = z.object({
  type: z.literal('Divider'),
  ...nodeIdentityProps,
  color: z.optional(colorSchema),
  size: z.optional(lengthSchema),
  spacing: z.optional(lengthSchema),
  flush: z.optional(z.boolean()),
});

export const spacerProps = z.object({
  type: z.literal('Spacer'),
  ...nodeIdentityProps,
  minSize: z.optional(lengthSchema),
});

export const transitionProps = z.object({ type: z.literal('Transition'), ...nodeIdentityProps });
