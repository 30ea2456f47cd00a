/** The sentence a screen reader hears for a chart: its series, categories and value range. */
import type { ChartModel } from './chart-data.js';
import { formatTick } from './scale.js';

export function chartSummary(model: ChartModel, domain: readonly [number, number]): string {
  const series = model.series.map((s) => `${s.label} (${s.type})`).join(', ');
  const n = model.categories.length;
  const first = model.categories[0];
  const last = model.categories[n - 1];
  const categories = n === 0 ? 'no data' : n === 1 ? `1 category, ${first}` : `${n} categories from ${first} to ${last}`;
  return `Chart of ${series || 'no series'}; ${categories}; values from ${formatTick(domain[0])} to ${formatTick(domain[1])}.`;
}
