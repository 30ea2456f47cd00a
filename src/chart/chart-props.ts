/**
 * The Chart node's props, typed from Python's `chatkit.widgets.Chart` (the reference: the npm types
 * have no Chart). Values still arrive as hostile JSON, so every reader below checks at runtime too.
 */

/** d3 curve names ChatKit accepts for line and area series. */
export const curveTypes = [
  'basis', 'basisClosed', 'basisOpen', 'bumpX', 'bumpY', 'bump', 'linear', 'linearClosed', 'natural',
  'monotoneX', 'monotoneY', 'monotone', 'step', 'stepBefore', 'stepAfter',
] as const;
export type CurveType = (typeof curveTypes)[number];

/** A ChatKit color: chart token (`blue`…), primitive token, CSS color, or `{light, dark}`. */
export type ChartColor = string | { light: string; dark: string };

interface SeriesBase {
  /** Legend label; the dataKey when absent. */
  label?: string | null;
  /** Field of each data row holding the numeric value. */
  dataKey: string;
  color?: ChartColor | null;
}
export interface BarSeries extends SeriesBase {
  type: 'bar';
  /** Series with the same stack id stack together. */
  stack?: string | null;
}
export interface AreaSeries extends SeriesBase {
  type: 'area';
  stack?: string | null;
  curveType?: CurveType | null;
}
export interface LineSeries extends SeriesBase {
  type: 'line';
  curveType?: CurveType | null;
}
export type ChartSeries = BarSeries | AreaSeries | LineSeries;

export interface XAxisConfig {
  dataKey: string;
  /** Hide the x axis labels. */
  hide?: boolean;
  /** Display labels by category value. */
  labels?: Record<string, string>;
}

export type ChartRow = Record<string, string | number>;
type Dimension = number | string | null;

export interface ChartProps {
  data: ChartRow[];
  series: ChartSeries[];
  xAxis: string | XAxisConfig;
  showYAxis?: boolean | null;
  showLegend?: boolean | null;
  showTooltip?: boolean | null;
  /** Gap between bars of one category, px. */
  barGap?: number | null;
  /** Gap between categories, px. */
  barCategoryGap?: number | null;
  flex?: number | string | null;
  height?: Dimension;
  width?: Dimension;
  size?: Dimension;
  minHeight?: Dimension;
  minWidth?: Dimension;
  minSize?: Dimension;
  maxHeight?: Dimension;
  maxWidth?: Dimension;
  maxSize?: Dimension;
  aspectRatio?: number | string | null;
}
