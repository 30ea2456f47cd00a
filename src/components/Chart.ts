import { html, css } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { addCatalogStyles, lazyModule, type ComponentDescriptor } from '../catalog.js';
import type { Chart as ChartNode } from '../schema/index.js';

// d3-shape and the chart renderer are a lazy chunk: widgets without charts never load them.
const chart = lazyModule(async () => {
  const module = await import('../chart/index.js');
  addCatalogStyles('Chart', module.chartStyles);
  return module;
});

const observed = new WeakMap<Element, ResizeObserver>();

/** Reports the chart box's width, so the SVG is drawn at 1:1 and its text never scales. */
function observeWidth(onWidth: (width: number) => void) {
  return ref((element) => {
    if (!element || observed.has(element)) return;
    const observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0) onWidth(width);
    });
    observer.observe(element);
    observed.set(element, observer);
  });
}

export const Chart: ComponentDescriptor<ChartNode> = {
  render(node, ctx) {
    const module = ctx.lazy(chart);
    const [width, setWidth] = ctx.state<number | undefined>('width', undefined);
    const measure = observeWidth((next) => next !== width && setWidth(next));
    if (!module) return html`<div class="chart-box chart-pending" role="status" aria-label="Loading chart" ${measure}></div>`;
    return html`<div class="chart-box" ${measure}>${module.renderChart(node, width ? { width } : {})}</div>`;
  },
  styles: css`
    .chart-box {
      min-width: 0;
      width: 100%;
    }
    .chart-pending {
      min-height: 160px;
      border-radius: var(--ck-radius-md);
      background: var(--ck-color-surface-secondary);
    }
  `,
};
