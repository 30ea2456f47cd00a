// Props of Chart (Python `chatkit.widgets.Chart`; ChatKit's TS types have no Chart).
import { z } from '../zod.js';
import { colorSchema, lengthSchema, nodeIdentityProps } from '../style-values.js';

/** d3-shape curve names for area and line series. */
export const curveTypeSchema = z.enum([
  'basis', 'basisClosed', 'basisOpen', 'bumpX', 'bumpY', 'bump', 'linear', 'linearClosed',
  'natural', 'monotoneX', 'monotoneY', 'monotone', 'step', 'stepBefore', 'stepAfter',
]);

const seriesBase = {
  label: z.optional(z.string()),
  dataKey: z.string(),
  color: z.optional(colorSchema),
};

export const barSeriesSchema = z.object({
  type: z.literal('bar'),
  ...seriesBase,
  stack: z.optional(z.string()),
});

export const areaSeriesSchema = z.object({
  type: z.literal('area'),
  ...seriesBase,
  stack: z.optional(z.string()),
  curveType: z.optional(curveTypeSchema),
});

export const lineSeriesSchema = z.object({
  type: z.literal('line'),
  ...seriesBase,
  curveType: z.optional(curveTypeSchema),
});

export const seriesSchema = z.discriminatedUnion('type', [
  barSeriesSchema, areaSeriesSchema, lineSeriesSchema,
]);

export const xAxisConfigSchema = z.object({
  dataKey: z.string(),
  hide: z.optional(z.boolean()),
  labels: z.optional(z.record(z.string(), z.string())),
});

/** One row of chart data: field name to category label or value. */
export const chartDatumSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const chartProps = z.object({
  type: z.literal('Chart'),
  ...nodeIdentityProps,
  data: z.array(chartDatumSchema),
  series: z.array(seriesSchema),
  xAxis: z.union([z.string(), xAxisConfigSchema]),
  showYAxis: z.optional(z.boolean()),
  showLegend: z.optional(z.boolean()),
  showTooltip: z.optional(z.boolean()),
  barGap: z.optional(z.number()),
  barCategoryGap: z.optional(z.number()),
  flex: z.optional(lengthSchema),
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
});
