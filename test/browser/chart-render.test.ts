import { expect } from '@esm-bundle/chai';
import { render } from 'lit';
import { chartStyles, renderChart, MAX_CHART_POINTS, type ChartProps } from '../../src/chart/index.js';
import './dom-safe-failures.js';

async function loadFixtureChart(): Promise<ChartProps> {
  const response = await fetch(new URL('../../../shared/corpus/templates/widget-chart/expected.json', import.meta.url));
  const card = (await response.json()) as { children: Array<{ type: string }> };
  return card.children.find((node) => node.type === 'Chart') as unknown as ChartProps;
}

/** Renders into a shadow root that adopts chartStyles, as the Chart component does. */
function draw(chart: unknown, options?: { width?: number; scheme?: 'light' | 'dark' }): ShadowRoot {
  const host = document.createElement('div');
  host.style.width = '600px';
  host.style.colorScheme = options?.scheme ?? 'light';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [chartStyles.styleSheet!];
  render(renderChart(chart as ChartProps, { width: options?.width }), root);
  return root;
}

const visibleText = (root: ShadowRoot) =>
  [...root.querySelectorAll('svg text, .ck-chart-legend li, [data-ck-error]')].map((el) => el.textContent?.trim()).join('|');

describe('Chart: bar and line series from a real template', () => {
  it('draws one bar per value, one path for the line, axes and a legend', async () => {
    const root = draw(await loadFixtureChart());
    expect(root.querySelectorAll('rect.ck-chart-bar').length).to.equal(3);
    expect(root.querySelectorAll('path.ck-chart-line').length).to.equal(1);
    const legend = [...root.querySelectorAll('.ck-chart-legend li')].map((li) => li.textContent?.trim());
    expect(legend).to.deep.equal(['Web', 'Mobile']);
    const xLabels = [...root.querySelectorAll('.ck-chart-x-axis text')].map((t) => t.textContent);
    expect(xLabels).to.deep.equal(['Mon', 'Tue', 'Wed']);
    expect(root.querySelectorAll('.ck-chart-y-axis text').length).to.be.greaterThan(2);
  });

  it('names the series and range for screen readers and lists the values in a table', async () => {
    const root = draw(await loadFixtureChart());
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Chart of Web (line), Mobile (bar); 3 categories from Mon to Wed; values from 0 to 30.');
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells).to.deep.equal([['Mon', '12', '7'], ['Tue', '30', '2.5'], ['Wed', '18', '0']]);
    // Visually hidden, not display:none, so assistive technology still reads it.
    const hidden = root.querySelector('table')!.parentElement!;
    expect(getComputedStyle(hidden).display).to.not.equal('none');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('paints series in their colors, from the palette when none is given', async () => {
    const root = draw(await loadFixtureChart());
    const line = root.querySelector('path.ck-chart-line')!;
    const bars = root.querySelector('.ck-chart-bars')!;
    expect(getComputedStyle(line).stroke).to.equal('rgb(37, 99, 235)');
    expect(getComputedStyle(bars).fill).to.equal('rgb(234, 88, 12)');
    const custom = draw({ data: [{ x: 'a', y: 1 }], series: [{ type: 'bar', dataKey: 'y', color: '#123456' }], xAxis: 'x' });
    expect(getComputedStyle(custom.querySelector('.ck-chart-bars')!).fill).to.equal('rgb(18, 52, 86)');
  });

  it('switches the palette in dark mode so series stay readable', async () => {
    const root = draw(await loadFixtureChart(), { scheme: 'dark' });
    expect(getComputedStyle(root.querySelector('path.ck-chart-line')!).stroke).to.equal('rgb(96, 165, 250)');
  });
});

describe('Chart: stacked bars and areas with curves', () => {
  it('stacks bars of one stack into one column per category', () => {
    const root = draw({
      data: [{ m: 'Jan', a: 1, b: 2 }, { m: 'Feb', a: 3, b: 1 }],
      series: [{ type: 'bar', dataKey: 'a', stack: 's', label: 'A' }, { type: 'bar', dataKey: 'b', stack: 's', label: 'B' }],
      xAxis: 'm',
    });
    const bars = [...root.querySelectorAll('rect.ck-chart-bar')];
    expect(bars.length).to.equal(4);
    const xs = new Set(bars.map((bar) => bar.getAttribute('x')));
    expect(xs.size).to.equal(2);
  });

  it('draws an area path for every d3 curve name', () => {
    const curves = ['basis', 'basisClosed', 'basisOpen', 'bumpX', 'bumpY', 'bump', 'linear', 'linearClosed', 'natural', 'monotoneX', 'monotoneY', 'monotone', 'step', 'stepBefore', 'stepAfter'];
    const root = draw({
      data: [{ x: 'a', y: 1 }, { x: 'b', y: 4 }, { x: 'c', y: 2 }, { x: 'd', y: 5 }],
      series: curves.map((curveType) => ({ type: 'area', dataKey: 'y', curveType, label: curveType })),
      xAxis: 'x',
    });
    const paths = [...root.querySelectorAll('path.ck-chart-area')];
    expect(paths.length).to.equal(curves.length);
    for (const path of paths) expect(path.getAttribute('d')).to.match(/^M[\d.,-]+/).and.not.match(/NaN/);
  });
});

describe('Chart: hostile and oversized input', () => {
  it('shows labels with HTML as text', () => {
    const root = draw({ data: [{ x: '<img src=x onerror=__pwned()>', y: 1 }], series: [{ type: 'bar', dataKey: 'y', label: '<svg onload=__pwned()>' }], xAxis: 'x', showLegend: true });
    expect(root.querySelector('img, svg svg, [onerror], [onload]')).to.equal(null);
    expect(visibleText(root)).to.contain('<img src=x onerror=__pwned()>').and.contain('<svg onload=__pwned()>');
  });

  it('refuses a smuggled color and applies no injected style', () => {
    const root = draw({ data: [{ x: 'a', y: 1 }], series: [{ type: 'bar', dataKey: 'y', color: 'red;outline:7px solid rgb(1,2,3)' }], xAxis: 'x' });
    const bars = root.querySelector('.ck-chart-bars')!;
    expect(getComputedStyle(bars).outlineColor).to.not.equal('rgb(1, 2, 3)');
    expect(bars.getAttribute('style')).to.not.contain('outline');
  });

  it('shows a visible placeholder naming the limit for a million points', () => {
    const data = Array.from({ length: 1_000_000 }, (_, i) => ({ x: i, y: i }));
    const root = draw({ data, series: [{ type: 'line', dataKey: 'y' }], xAxis: 'x' });
    const error = root.querySelector('[data-ck-error]')!;
    expect(error.textContent).to.contain(MAX_CHART_POINTS.toLocaleString('en-US'));
    expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(root.querySelector('svg')).to.equal(null);
  });

  it('shows a placeholder for 100,000 series', () => {
    const series = Array.from({ length: 100_000 }, (_, i) => ({ type: 'bar', dataKey: `k${i}` }));
    const root = draw({ data: [{ x: 'a', y: 1 }], series, xAxis: 'x' });
    expect(root.querySelector('[data-ck-error]')?.textContent).to.contain('100,000 series');
  });

  it('skips NaN-like and out-of-range values without drawing NaN', () => {
    const root = draw({
      data: [{ x: 'a', y: 1e308 }, { x: 'b', y: -1e308 }, { x: 'c', y: 'NaN' }, { x: 'd', y: 'Infinity' }, { x: 'e', y: null }, { x: 'f', y: { v: 1 } }, { x: 'g', y: 2 }],
      series: [{ type: 'area', dataKey: 'y', curveType: 'monotone' }],
      xAxis: 'x',
    });
    const svgText = root.querySelector('svg')!.outerHTML;
    expect(svgText).to.not.match(/NaN|Infinity/);
    expect(root.querySelectorAll('path.ck-chart-area').length).to.equal(1);
  });

  it('shows a placeholder when the data is not a list', () => {
    const root = draw({ data: { gen: { kind: 'points' } }, series: [], xAxis: 'x' });
    expect(root.querySelector('[data-ck-error]')).to.not.equal(null);
  });
});
