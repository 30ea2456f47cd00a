/**
 * Size limits checked before any work, so a chart of a million points or 10^5 series costs a length
 * check and shows a message instead of freezing the page.
 */

/** Data rows (categories) one chart draws. */
export const MAX_CHART_POINTS = 10_000;
/** Series one chart draws; more than a handful is unreadable anyway. */
export const MAX_CHART_SERIES = 50;
/** Rows × series: bounds the number of bars and the cost of reading values. */
export const MAX_CHART_VALUES = 100_000;

/** Bars (rows × bar series): each is an SVG element, and past this they are thinner than a pixel. */
export const MAX_CHART_BARS = 20_000;

export type LimitCheck = { ok: true } | { ok: false; message: string };

const count = (n: number) => n.toLocaleString('en-US');

export function checkChartLimits(data: unknown, series: unknown): LimitCheck {
  if (!Array.isArray(data)) return { ok: false, message: 'Chart not shown: its data is not a list of rows.' };
  if (!Array.isArray(series)) return { ok: false, message: 'Chart not shown: its series are not a list.' };
  if (data.length > MAX_CHART_POINTS) {
    return { ok: false, message: `Chart not shown: ${count(data.length)} data rows is more than the limit of ${count(MAX_CHART_POINTS)}.` };
  }
  if (series.length > MAX_CHART_SERIES) {
    return { ok: false, message: `Chart not shown: ${count(series.length)} series is more than the limit of ${count(MAX_CHART_SERIES)}.` };
  }
  if (data.length * series.length > MAX_CHART_VALUES) {
    return {
      ok: false,
      message: `Chart not shown: ${count(data.length)} rows × ${count(series.length)} series is more than the limit of ${count(MAX_CHART_VALUES)} values.`,
    };
  }
  return { ok: true };
}

/** Checked once the series are read: only bar series cost one element per row. */
export function checkBarLimit(rows: number, barSeries: number): LimitCheck {
  return rows * barSeries > MAX_CHART_BARS
    ? { ok: false, message: `Chart not shown: ${count(rows * barSeries)} bars is more than the limit of ${count(MAX_CHART_BARS)}.` }
    : { ok: true };
}
