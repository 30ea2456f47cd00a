/**
 * The Chart: bar (grouped and stacked), line and area series with d3 curves, axes, gridlines,
 * legend, an accessible summary and a screen-reader data table. Loaded lazily by the Chart component
 * (`await import('../chart/index.js')`); importing it has no side effects.
 */
import { css, html, nothing, svg, type CSSResult, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { cssAspectRatio, cssFlex, cssSize } from '../style/css-values.js';
import { readChartModel, type ChartModel } from './chart-data.js';
import type { ChartProps } from './chart-props.js';
import { layoutChart, type ChartLayout } from './layout.js';
import { checkBarLimit, checkChartLimits } from './limits.js';
import { chartSummary } from './summary.js';

export type { ChartProps, ChartSeries, CurveType, XAxisConfig } from './chart-props.js';
export { curveTypes } from './chart-props.js';
export { MAX_CHART_BARS, MAX_CHART_POINTS, MAX_CHART_SERIES, MAX_CHART_VALUES } from './limits.js';

export interface ChartOptions {
  /** The measured width of the chart's box in px, so text is drawn 1:1; default 600. */
  width?: number;
}

const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 240;
const MAX_EXTENT = 4000;
/** Rows in the screen-reader table; a longer chart says how many more there are. */
const MAX_TABLE_ROWS = 500;

function pixels(value: unknown): number | undefined {
  const size = cssSize(value);
  const match = size === undefined ? null : /^(\d+(?:\.\d+)?)px$/.exec(size);
  return match ? Math.min(Number(match[1]), MAX_EXTENT) : undefined;
}

function chartHeight(props: Partial<ChartProps>, width: number): number {
  const explicit = pixels(props.height) ?? pixels(props.size);
  if (explicit !== undefined && explicit > 0) return explicit;
  const ratio = cssAspectRatio(props.aspectRatio);
  if (ratio !== undefined) {
    const [w, h = '1'] = ratio.split(' / ');
    const height = width / (Number(w) / Number(h));
    if (Number.isFinite(height) && height > 0) return Math.min(height, MAX_EXTENT);
  }
  return DEFAULT_HEIGHT;
}

function boxStyle(props: Partial<ChartProps>) {
  return styleMap({
    flex: cssFlex(props.flex),
    width: cssSize(props.width ?? props.size),
    'min-width': cssSize(props.minWidth ?? props.minSize),
    'max-width': cssSize(props.maxWidth ?? props.maxSize),
    'min-height': cssSize(props.minHeight ?? props.minSize),
    'max-height': cssSize(props.maxHeight ?? props.maxSize),
  });
}

const seriesStyle = (model: ChartModel, index: number) => styleMap({ '--ck-series-color': model.series[index]!.color });

function plotArea(model: ChartModel, layout: ChartLayout, showYAxis: boolean, tooltips: boolean) {
  const { plot } = layout;
  const right = plot.x + plot.width;
  const baseline = plot.y + plot.height;
  const barsBySeries = new Map<number, ChartLayout['bars']>();
  for (const bar of layout.bars) {
    const list = barsBySeries.get(bar.series) ?? [];
    list.push(bar);
    barsBySeries.set(bar.series, list);
  }
  return svg`
    <g class="ck-chart-grid" part="chart-grid">
      ${layout.yTicks.map((tick) => svg`<line x1=${plot.x} x2=${right} y1=${tick.position} y2=${tick.position}></line>`)}
    </g>
    ${showYAxis
      ? svg`<g class="ck-chart-axis ck-chart-y-axis" part="chart-y-axis">
          ${layout.yTicks.map((tick) => svg`<text x=${plot.x - 6} y=${tick.position} text-anchor="end" dominant-baseline="middle">${tick.label}</text>`)}
        </g>`
      : nothing}
    <g class="ck-chart-axis ck-chart-x-axis" part="chart-x-axis">
      ${layout.xLabels.map((tick) => svg`<text x=${tick.position} y=${baseline + 16} text-anchor="middle">${tick.label}</text>`)}
    </g>
    ${layout.paths
      .filter((path) => path.kind === 'area')
      .map((path) => svg`<path class="ck-chart-area" data-series=${path.series} style=${seriesStyle(model, path.series)} d=${path.d}></path>`)}
    ${[...barsBySeries].map(
      ([series, bars]) => svg`<g class="ck-chart-bars" data-series=${series} style=${seriesStyle(model, series)}>
        ${bars.map(
          (bar) => svg`<rect class="ck-chart-bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}>${
            tooltips ? svg`<title>${model.series[series]!.label}, ${model.categories[bar.row]}: ${bar.value}</title>` : nothing
          }</rect>`,
        )}
      </g>`,
    )}
    ${layout.paths
      .filter((path) => path.kind === 'line')
      .map((path) => svg`<path class="ck-chart-line" data-series=${path.series} style=${seriesStyle(model, path.series)} d=${path.d}></path>`)}
  `;
}

function legend(model: ChartModel): TemplateResult {
  return html`<ul class="ck-chart-legend" part="chart-legend">
    ${model.series.map(
      (s, i) => html`<li><span class="ck-chart-swatch" data-type=${s.type} style=${seriesStyle(model, i)}></span>${s.label}</li>`,
    )}
  </ul>`;
}

function dataTable(model: ChartModel, summary: string): TemplateResult {
  const shown = Math.min(model.categories.length, MAX_TABLE_ROWS);
  const hidden = model.categories.length - shown;
  // The wrapper is what is hidden: a table grows to its content whatever width it is given.
  return html`<div class="ck-visually-hidden"><table>
    <caption>${summary}${hidden > 0 ? ` The table lists the first ${shown} rows; ${hidden} more are not listed.` : ''}</caption>
    <thead><tr><th scope="col">Category</th>${model.series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
    <tbody>
      ${model.categories.slice(0, shown).map(
        (category, row) => html`<tr><th scope="row">${category}</th>${model.series.map((s) => html`<td>${s.values[row] ?? ''}</td>`)}</tr>`,
      )}
    </tbody>
  </table></div>`;
}

function errorPlaceholder(message: string): TemplateResult {
  return html`<div class="ck-chart-error" part="chart-error error" data-ck-error role="note">${message}</div>`;
}

/** Renders a Chart node's props. Over-limit or malformed data renders a visible message instead. */
export function renderChart(chart: ChartProps, options: ChartOptions = {}): TemplateResult {
  const props = (chart ?? {}) as Partial<ChartProps>;
  const limits = checkChartLimits(props.data, props.series);
  if (!limits.ok) return errorPlaceholder(limits.message);
  const model = readChartModel({ data: props.data!, series: props.series!, xAxis: props.xAxis! });
  if (model.series.length === 0) return errorPlaceholder('Chart not shown: it has no series with a type and a dataKey.');
  const bars = checkBarLimit(model.categories.length, model.series.filter((s) => s.type === 'bar').length);
  if (!bars.ok) return errorPlaceholder(bars.message);

  const requested = options.width;
  const width = requested !== undefined && Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_EXTENT) : DEFAULT_WIDTH;
  const height = chartHeight(props, width);
  const showYAxis = props.showYAxis !== false;
  const layout = layoutChart(model, {
    width,
    height,
    showYAxis,
    barGap: typeof props.barGap === 'number' ? props.barGap : undefined,
    barCategoryGap: typeof props.barCategoryGap === 'number' ? props.barCategoryGap : undefined,
  });
  const summary = chartSummary(model, layout.domain);
  const showLegend = props.showLegend ?? model.series.length > 1;

  return html`<figure class="ck-chart" part="chart" style=${boxStyle(props)}>
    <svg
      class="ck-chart-svg"
      viewBox="0 0 ${width} ${height}"
      width="100%"
      height=${height}
      role="img"
      aria-label=${summary}
    >${plotArea(model, layout, showYAxis, props.showTooltip !== false)}</svg>
    ${showLegend ? legend(model) : nothing}
    ${dataTable(model, summary)}
  </figure>`;
}

/** Adopt in the shadow root that renders charts. Palette slots follow the page's color-scheme. */
export const chartStyles: CSSResult = css`
  .ck-chart {
    --ck-chart-color-1: var(--ck-chart-1, light-dark(#2563eb, #60a5fa));
    --ck-chart-color-2: var(--ck-chart-2, light-dark(#7c3aed, #a78bfa));
    --ck-chart-color-3: var(--ck-chart-3, light-dark(#ea580c, #fb923c));
    --ck-chart-color-4: var(--ck-chart-4, light-dark(#16a34a, #4ade80));
    --ck-chart-color-5: var(--ck-chart-5, light-dark(#dc2626, #f87171));
    --ck-chart-color-6: var(--ck-chart-6, light-dark(#ca8a04, #facc15));
    --ck-chart-color-7: var(--ck-chart-7, light-dark(#db2777, #f472b6));
    --ck-chart-color-8: var(--ck-chart-8, light-dark(#0d9488, #2dd4bf));
    margin: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-space-unit, 4px) * 2);
    font-family: var(--ck-font-family, inherit);
    font-size: var(--ck-font-size-sm, calc(var(--ck-font-size-base, 16px) * 0.875));
    color: var(--ck-color-text-secondary, currentColor);
  }
  .ck-chart-svg {
    display: block;
    overflow: hidden;
  }
  .ck-chart-grid line {
    stroke: var(--ck-color-border-subtle, currentColor);
    stroke-opacity: 0.6;
    shape-rendering: crispEdges;
  }
  .ck-chart-axis text {
    fill: var(--ck-color-text-tertiary, currentColor);
    font-size: 11px;
  }
  .ck-chart-bars {
    fill: var(--ck-series-color);
  }
  .ck-chart-line {
    fill: none;
    stroke: var(--ck-series-color);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .ck-chart-area {
    fill: var(--ck-series-color);
    fill-opacity: 0.25;
    stroke: var(--ck-series-color);
    stroke-width: 1.5;
  }
  .ck-chart-legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--ck-space-unit, 4px) * 1) calc(var(--ck-space-unit, 4px) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--ck-color-text-secondary, currentColor);
  }
  .ck-chart-legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--ck-space-unit, 4px) * 1.5);
    overflow-wrap: anywhere;
  }
  .ck-chart-swatch {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: var(--ck-radius-sm, 2px);
    background: var(--ck-series-color);
  }
  .ck-chart-swatch[data-type='line'] {
    height: 2px;
  }
  .ck-chart-error {
    padding: calc(var(--ck-space-unit, 4px) * 2);
    border: 1px dashed var(--ck-color-border, currentColor);
    border-radius: var(--ck-radius-md, 6px);
    color: var(--ck-color-text-secondary, currentColor);
  }
  .ck-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
