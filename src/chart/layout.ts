/**
 * Chart geometry in pixels, computed without a DOM: plot box, y ticks, x labels, bar rectangles and
 * line/area path data (d3-shape). Rendering (render-chart.ts) only turns this into SVG.
 */
import { area, line } from 'd3-shape';
import type { ChartModel } from './chart-data.js';
import { curveLinear } from 'd3-shape';
import { curveFactory } from './curves.js';
import { decimateRows } from './decimate.js';
import { formatTick, linear, niceScale } from './scale.js';
import { stackSeries, type Extent } from './stack.js';

export interface LayoutOptions {
  width: number;
  height: number;
  showYAxis: boolean;
  /** Px between bars of one category (recharts' default 4). */
  barGap?: number | undefined;
  /** Px between categories; default 10% of a category's width. */
  barCategoryGap?: number | undefined;
}

export interface Bar { series: number; row: number; x: number; y: number; width: number; height: number; value: number }
export interface SeriesPath { series: number; kind: 'line' | 'area'; d: string }
export interface Tick { position: number; label: string }

export interface ChartLayout {
  plot: { x: number; y: number; width: number; height: number };
  yTicks: Tick[];
  xLabels: Tick[];
  bars: Bar[];
  paths: SeriesPath[];
  /** The value range shown, for the accessible summary. */
  domain: readonly [number, number];
}

const MARGIN = { top: 8, right: 8, bottom: 24, left: 8 };
const Y_AXIS_WIDTH = 44;
// About this many px per x label, so long category lists show every n-th label instead of a smear.
const X_LABEL_SPACING = 64;

const clampGap = (value: number | undefined, fallback: number) =>
  value !== undefined && Number.isFinite(value) && value >= 0 ? Math.min(value, 1000) : fallback;

export function layoutChart(model: ChartModel, options: LayoutOptions): ChartLayout {
  const rows = model.categories.length;
  const extents = stackSeries(model.series, rows);
  let low = 0;
  let high = 0;
  for (const series of extents) {
    for (const extent of series) {
      if (!extent) continue;
      low = Math.min(low, extent[0], extent[1]);
      high = Math.max(high, extent[0], extent[1]);
    }
  }
  const scale = niceScale(low, high);

  const left = MARGIN.left + (options.showYAxis ? Y_AXIS_WIDTH : 0);
  const bottom = model.hideXAxis ? MARGIN.top : MARGIN.bottom;
  const plot = {
    x: left,
    y: MARGIN.top,
    width: Math.max(1, options.width - left - MARGIN.right),
    height: Math.max(1, options.height - MARGIN.top - bottom),
  };
  const y = linear(scale.min, scale.max, plot.y + plot.height, plot.y);
  const band = plot.width / Math.max(1, rows);
  const center = (row: number) => plot.x + band * (row + 0.5);

  const yTicks = scale.ticks.map((value) => ({ position: y(value), label: formatTick(value) }));
  const every = Math.max(1, Math.ceil(rows / Math.max(1, Math.floor(plot.width / X_LABEL_SPACING))));
  const xLabels: Tick[] = [];
  if (!model.hideXAxis) for (let row = 0; row < rows; row += every) xLabels.push({ position: center(row), label: model.categories[row]! });

  // Bars: one slot per stack group (or per unstacked bar series) inside each category.
  const slots = new Map<string, number>();
  model.series.forEach((s, i) => {
    if (s.type !== 'bar') return;
    const slotKey = s.stackGroup ?? `series:${i}`;
    if (!slots.has(slotKey)) slots.set(slotKey, slots.size);
  });
  const slotCount = Math.max(1, slots.size);
  const categoryGap = Math.min(clampGap(options.barCategoryGap, band * 0.1), band * 0.45);
  const barGap = Math.min(clampGap(options.barGap, 4), band / slotCount / 2);
  const barWidth = Math.max(0.5, (band - 2 * categoryGap - barGap * (slotCount - 1)) / slotCount);

  const bars: Bar[] = [];
  const paths: SeriesPath[] = [];
  model.series.forEach((s, i) => {
    const series = extents[i]!;
    if (s.type === 'bar') {
      const slot = slots.get(s.stackGroup ?? `series:${i}`)!;
      series.forEach((extent, row) => {
        if (!extent) return;
        const [top, bottomEdge] = [y(Math.max(extent[0], extent[1])), y(Math.min(extent[0], extent[1]))];
        const x = plot.x + band * row + categoryGap + slot * (barWidth + barGap);
        bars.push({ series: i, row, x, y: top, width: barWidth, height: bottomEdge - top, value: s.values[row]! });
      });
      return;
    }
    const defined = (extent: Extent | undefined): extent is Extent => extent !== undefined;
    const picked = decimateRows(series, plot.width);
    const dense = picked.length < series.length;
    // Curves between points closer than a pixel only add overshoot; dense data is drawn straight.
    const curve = dense ? curveLinear : curveFactory(s.curve);
    const indexed = picked.map((row) => ({ extent: row === undefined ? undefined : series[row], row: row ?? 0 }));
    const d =
      s.type === 'line'
        ? line<(typeof indexed)[number]>()
            .defined((p) => defined(p.extent))
            .x((p) => center(p.row))
            .y((p) => y(p.extent![1]))
            .curve(curve)(indexed)
        : area<(typeof indexed)[number]>()
            .defined((p) => defined(p.extent))
            .x((p) => center(p.row))
            .y0((p) => y(p.extent![0]))
            .y1((p) => y(p.extent![1]))
            .curve(curve)(indexed);
    if (d) paths.push({ series: i, kind: s.type, d });
  });

  return { plot, yTicks, xLabels, bars, paths, domain: [scale.min, scale.max] };
}
