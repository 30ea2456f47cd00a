/**
 * Where each value sits vertically: `[from, to]` per row. Unstacked bars and areas rise from 0,
 * lines are points. Stacked series pile up in series order, positives upward and negatives
 * downward from 0 (d3's "diverging" offset), so mixed signs never overlap.
 */
import type { ChartSeriesModel } from './chart-data.js';

export type Extent = readonly [from: number, to: number];
export type SeriesExtents = ReadonlyArray<Extent | undefined>;

export function stackSeries(series: readonly ChartSeriesModel[], rows: number): SeriesExtents[] {
  const tops = new Map<string, { up: number[]; down: number[] }>();
  return series.map((s) =>
    s.values.slice(0, rows).map((value, row): Extent | undefined => {
      if (value === undefined) return undefined;
      if (s.type === 'line') return [value, value];
      if (s.stackGroup === undefined) return [0, value];
      let group = tops.get(s.stackGroup);
      if (!group) tops.set(s.stackGroup, (group = { up: new Array<number>(rows).fill(0), down: new Array<number>(rows).fill(0) }));
      const side = value >= 0 ? group.up : group.down;
      const from = side[row]!;
      side[row] = from + value;
      return [from, from + value];
    }),
  );
}
