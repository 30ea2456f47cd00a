/**
 * Reads a Chart's hostile props into a plain model: category labels, and per series a number or a
 * gap for each row. Only own properties are read (`__proto__` as a key is just data), and only
 * finite numbers within ±1e100 count, so no NaN ever reaches a path.
 */
import type { ChartProps, CurveType } from './chart-props.js';
import { seriesColor } from './series-color.js';

export type SeriesType = 'bar' | 'line' | 'area';

export interface ChartSeriesModel {
  readonly type: SeriesType;
  readonly label: string;
  readonly dataKey: string;
  /** Series sharing a stack group are stacked; undefined draws alone. */
  readonly stackGroup: string | undefined;
  readonly curve: CurveType | undefined;
  readonly color: string;
  readonly values: ReadonlyArray<number | undefined>;
}

export interface ChartModel {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesModel[];
  readonly hideXAxis: boolean;
}

// Beyond this, sums and tick arithmetic could overflow to Infinity; such values are not plottable.
export const MAX_ABS_VALUE = 1e100;
const DECIMAL = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const MAX_LABEL_LENGTH = 200;
const SERIES_TYPES: ReadonlySet<string> = new Set(['bar', 'line', 'area']);

const own = (record: unknown, key: string): unknown =>
  record !== null && typeof record === 'object' && Object.prototype.hasOwnProperty.call(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;

/** A plottable number, or undefined. Numeric strings (as templates produce) count; "NaN" does not. */
export function chartNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= MAX_ABS_VALUE ? n : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > MAX_LABEL_LENGTH ? `${value.slice(0, MAX_LABEL_LENGTH)}…` : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function categoryLabels(data: readonly unknown[], xAxis: unknown): string[] {
  const key = typeof xAxis === 'string' ? xAxis : own(xAxis, 'dataKey');
  const labels = own(xAxis, 'labels');
  return data.map((row) => {
    const raw = typeof key === 'string' ? text(own(row, key)) ?? '' : '';
    return text(own(labels, raw)) ?? raw;
  });
}

/** Expects limits to have been checked (see limits.ts): `data` and `series` are arrays of bounded length. */
export function readChartModel(props: Pick<ChartProps, 'xAxis'> & { data: readonly unknown[]; series: readonly unknown[] }): ChartModel {
  const categories = categoryLabels(props.data, props.xAxis);
  const series: ChartSeriesModel[] = [];
  props.series.forEach((raw, index) => {
    const type = own(raw, 'type');
    const dataKey = own(raw, 'dataKey');
    if (typeof type !== 'string' || !SERIES_TYPES.has(type) || typeof dataKey !== 'string') return;
    const stack = type === 'line' ? undefined : text(own(raw, 'stack'));
    const curve = own(raw, 'curveType');
    series.push({
      type: type as SeriesType,
      label: text(own(raw, 'label')) ?? dataKey,
      dataKey,
      // Stacks never mix bars and areas: they are drawn by different geometry.
      stackGroup: stack === undefined ? undefined : `${type}:${stack}`,
      curve: typeof curve === 'string' ? (curve as CurveType) : undefined,
      color: seriesColor(own(raw, 'color'), index),
      values: props.data.map((row) => chartNumber(own(row, dataKey))),
    });
  });
  return { categories, series, hideXAxis: own(props.xAxis, 'hide') === true };
}
