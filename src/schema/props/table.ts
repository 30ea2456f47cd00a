// Props of Table, Table.Row and Table.Cell (in ChatKit's TS types; not in the Python models).
import { z } from '../zod.js';
import { lengthSchema, nodeIdentityProps, spacingSchema } from '../style-values.js';

const cellAlignSchema = z.enum(['start', 'center', 'end']);

export const tableProps = z.object({ type: z.literal('Table'), ...nodeIdentityProps });

export const tableRowProps = z.object({
  type: z.literal('Table.Row'),
  ...nodeIdentityProps,
  header: z.optional(z.boolean()),
});

export const tableCellProps = z.object({
  type: z.literal('Table.Cell'),
  ...nodeIdentityProps,
  width: z.optional(lengthSchema),
  padding: z.optional(spacingSchema),
  colSpan: z.optional(z.number()),
  rowSpan: z.optional(z.number()),
  align: z.optional(cellAlignSchema),
  vAlign: z.optional(cellAlignSchema),
  colSize: z.optional(z.enum(['xs', 'sm', 'md', 'lg', 'xl'])),
});
