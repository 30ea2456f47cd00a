import { html, css } from 'lit';
import { addCatalogStyles, lazyModule, type ComponentDescriptor } from '../catalog.js';
import type { Chart as ChartNode } from '../schema/index.js';

// d3-shape and the chart renderer are a lazy chunk: widgets without charts never load them.
const chart = lazyModule(async () => {
  const module = await import('../chart/index.js');
  addCatalogStyles('Chart', module.chartStyles);
  return module;
});

export const Chart: ComponentDescriptor<ChartNode> = {
  render(node, ctx) {
    const module = ctx.lazy(chart);
    if (!module) return html`<div class="chart-pending" role="status" aria-label="Loading chart"></div>`;
    return module.renderChart(node);
  },
  styles: css`
    .chart-pending {
      min-height: 160px;
      border-radius: var(--ck-radius-md);
      background: var(--ck-color-surface-secondary);
    }
  `,
};
