import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chartNumber, readChartModel } from '../../src/chart/chart-data.js';
import { checkBarLimit, checkChartLimits, MAX_CHART_BARS, MAX_CHART_POINTS, MAX_CHART_SERIES } from '../../src/chart/limits.js';
import { decimateRows } from '../../src/chart/decimate.js';
import { curveFactory } from '../../src/chart/curves.js';
import { curveTypes } from '../../src/chart/chart-props.js';
import { layoutChart } from '../../src/chart/layout.js';
import { formatTick, niceScale } from '../../src/chart/scale.js';
import { stackSeries } from '../../src/chart/stack.js';
import { curveLinear, curveMonotoneX, curveBumpX, curveStepBefore } from 'd3-shape';

// The chart a real template renders (corpus/templates/widget-chart): a line and a bar series.
const weeklySignups = (
  JSON.parse(readFileSync(new URL('../../../shared/corpus/templates/widget-chart/expected.json', import.meta.url), 'utf8')) as {
    children: Array<{ type: string }>;
  }
).children.find((node) => node.type === 'Chart') as unknown as { data: unknown[]; series: unknown[]; xAxis: string };

const NO_PATH_NAN = /NaN|Infinity|undefined/;

describe('Chart: reading data', () => {
  it('reads categories, labels and values from the template fixture', () => {
    const model = readChartModel(weeklySignups);
    assert.deepEqual(model.categories, ['Mon', 'Tue', 'Wed']);
    assert.deepEqual(model.series.map((s) => [s.type, s.label, s.values]), [
      ['line', 'Web', [12, 30, 18]],
      ['bar', 'Mobile', [7, 2.5, 0]],
    ]);
    assert.deepEqual(model.series.map((s) => s.color), ['var(--ck-chart-color-1)', 'var(--ck-chart-color-3)']);
  });

  it('skips non-numeric values instead of inventing numbers', () => {
    for (const bad of ['NaN', 'Infinity', '', ' ', '12px', '0x10', null, undefined, {}, [], true, NaN, Infinity, 1e308, -1e308]) {
      assert.equal(chartNumber(bad), undefined, String(bad));
    }
    assert.equal(chartNumber(' 12.5 '), 12.5);
    assert.equal(chartNumber('-3e2'), -300);
    assert.equal(chartNumber(0), 0);
  });

  it('uses xAxis labels and the dataKey as a default series label', () => {
    const model = readChartModel({
      data: [{ d: 'mon', v: 1 }, { d: 'tue', v: 2 }],
      series: [{ type: 'area', dataKey: 'v' }],
      xAxis: { dataKey: 'd', labels: { mon: 'Monday' }, hide: true },
    });
    assert.deepEqual(model.categories, ['Monday', 'tue']);
    assert.equal(model.series[0]?.label, 'v');
    assert.equal(model.hideXAxis, true);
  });

  it('reads only own properties: __proto__ as a key is data, not a prototype', () => {
    const data = JSON.parse('[{"x":"a","__proto__":{"polluted":"yes"}},{"x":"b","__proto__":5}]') as unknown[];
    const model = readChartModel({ data, series: [{ type: 'line', dataKey: '__proto__' }, { type: 'bar', dataKey: 'polluted' }], xAxis: '__proto__' });
    assert.deepEqual(model.series[0]?.values, [undefined, 5]);
    assert.deepEqual(model.series[1]?.values, [undefined, undefined]);
    assert.deepEqual(model.categories, ['', '5']);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('drops series without a known type or a dataKey, and refuses smuggled colors', () => {
    const model = readChartModel({
      data: [{ x: 'a', y: 1 }],
      series: [{ type: 'pie', dataKey: 'y' }, { type: 'bar' }, null, { type: 'bar', dataKey: 'y', color: 'red;outline:7px solid rgb(1,2,3)' }],
      xAxis: 'x',
    });
    assert.equal(model.series.length, 1);
    assert.equal(model.series[0]?.color, 'var(--ck-chart-color-4)');
  });

  it('accepts CSS colors and {light, dark} through the color validator', () => {
    const model = readChartModel({
      data: [],
      series: [{ type: 'bar', dataKey: 'a', color: '#ff0000' }, { type: 'bar', dataKey: 'b', color: { light: '#000', dark: '#fff' } }],
      xAxis: 'x',
    });
    assert.deepEqual(model.series.map((s) => s.color), ['#ff0000', 'light-dark(#000, #fff)']);
  });
});

describe('Chart: limits', () => {
  it('refuses more rows or series than the limits, with a message naming the limit', () => {
    assert.equal(checkChartLimits(new Array(MAX_CHART_POINTS + 1), [{}]).ok, false);
    const tooMany = checkChartLimits(new Array(1_000_000), [{}]);
    assert.ok(!tooMany.ok && tooMany.message.includes('10,000') && tooMany.message.includes('1,000,000'));
    const series = checkChartLimits([], new Array(100_000));
    assert.ok(!series.ok && series.message.includes(String(MAX_CHART_SERIES)));
    const product = checkChartLimits(new Array(MAX_CHART_POINTS), new Array(MAX_CHART_SERIES));
    assert.ok(!product.ok && product.message.includes('values'));
  });

  it('refuses more bars than a chart can draw', () => {
    assert.deepEqual(checkBarLimit(MAX_CHART_BARS, 1), { ok: true });
    const over = checkBarLimit(MAX_CHART_POINTS, 3);
    assert.ok(!over.ok && over.message.includes('30,000 bars'));
  });

  it('accepts charts at the limit and refuses non-lists', () => {
    assert.deepEqual(checkChartLimits(new Array(MAX_CHART_POINTS), [{}]), { ok: true });
    assert.equal(checkChartLimits({ gen: {} }, []).ok, false);
    assert.equal(checkChartLimits([], 'series').ok, false);
  });
});

describe('Chart: curves', () => {
  it('maps every ChatKit curve name to a d3 curve and unknown names to linear', () => {
    for (const name of curveTypes) assert.equal(typeof curveFactory(name), 'function', name);
    assert.equal(curveFactory('monotone'), curveMonotoneX);
    assert.equal(curveFactory('bump'), curveBumpX);
    assert.equal(curveFactory('stepBefore'), curveStepBefore);
    assert.equal(curveFactory('constructor'), curveLinear);
    assert.equal(curveFactory(undefined), curveLinear);
  });
});

describe('Chart: scales and ticks', () => {
  it('picks round ticks that cover the data', () => {
    assert.deepEqual(niceScale(0, 30).ticks, [0, 10, 20, 30]);
    assert.deepEqual(niceScale(0, 120).ticks, [0, 25, 50, 75, 100, 125]);
    assert.deepEqual(niceScale(-7, 12).ticks, [-10, -5, 0, 5, 10, 15]);
    assert.deepEqual(niceScale(0, 0.3).ticks, [0, 0.1, 0.2, 0.3]);
    assert.deepEqual(niceScale(0, 0).ticks, [0, 0.2, 0.4, 0.6, 0.8, 1]);
    const huge = niceScale(-1e100, 1e100);
    assert.ok(huge.ticks.every(Number.isFinite) && huge.ticks.length <= 12);
  });

  it('writes short tick labels', () => {
    assert.deepEqual([1200, 3e6, 0.25, 0, -4500, 2.5e9].map(formatTick), ['1.2K', '3M', '0.25', '0', '-4.5K', '2.5B']);
  });
});

describe('Chart: stacking', () => {
  it('stacks series of one group, positives up and negatives down, and leaves others at 0', () => {
    const model = readChartModel({
      data: [{ a: 2, b: 3, c: -1, d: 5 }, { a: -2, b: 4, c: 'x', d: 1 }],
      series: [
        { type: 'bar', dataKey: 'a', stack: 's' },
        { type: 'bar', dataKey: 'b', stack: 's' },
        { type: 'bar', dataKey: 'c', stack: 's' },
        { type: 'bar', dataKey: 'd' },
      ],
      xAxis: 'x',
    });
    assert.deepEqual(stackSeries(model.series, 2), [
      [[0, 2], [0, -2]],
      [[2, 5], [0, 4]],
      [[0, -1], undefined],
      [[0, 5], [0, 1]],
    ]);
  });
});

describe('Chart: layout', () => {
  const options = { width: 600, height: 240, showYAxis: true };

  it('lays out one bar per value and one path per line or area series', () => {
    const layout = layoutChart(readChartModel(weeklySignups), options);
    assert.equal(layout.bars.length, 3);
    assert.equal(layout.paths.length, 1);
    assert.deepEqual(layout.xLabels.map((t) => t.label), ['Mon', 'Tue', 'Wed']);
    assert.deepEqual(layout.yTicks.map((t) => t.label), ['0', '10', '20', '30']);
    // The tallest bar (7) is shorter than the plot; the zero bar has no height.
    const [mon, , wed] = layout.bars;
    assert.ok(mon && wed && mon.height > 0 && wed.height === 0);
  });

  it('groups unstacked bars side by side and stacks stacked bars in one slot', () => {
    const grouped = layoutChart(
      readChartModel({ data: [{ a: 1, b: 2 }], series: [{ type: 'bar', dataKey: 'a' }, { type: 'bar', dataKey: 'b' }], xAxis: 'x' }),
      options,
    );
    assert.ok(grouped.bars[0]!.x < grouped.bars[1]!.x);
    const stacked = layoutChart(
      readChartModel({ data: [{ a: 1, b: 2 }], series: [{ type: 'bar', dataKey: 'a', stack: 's' }, { type: 'bar', dataKey: 'b', stack: 's' }], xAxis: 'x' }),
      options,
    );
    assert.equal(stacked.bars[0]!.x, stacked.bars[1]!.x);
    assert.ok(Math.abs(stacked.bars[1]!.y + stacked.bars[1]!.height - stacked.bars[0]!.y) < 1e-9, 'b sits on a');
  });

  it('draws every curve type without NaN, with gaps where values are missing', () => {
    for (const curveType of curveTypes) {
      const model = readChartModel({
        data: [{ y: 1 }, { y: 'NaN' }, { y: 3 }, { y: 2 }, { y: null }, { y: 5 }],
        series: [{ type: 'line', dataKey: 'y', curveType }, { type: 'area', dataKey: 'y', curveType }],
        xAxis: 'x',
      });
      for (const path of layoutChart(model, options).paths) {
        assert.ok(path.d.length > 0, curveType);
        assert.doesNotMatch(path.d, NO_PATH_NAN, curveType);
      }
    }
  });

  it('stays finite with extreme values (1e100, -1e100) and shows every n-th label on long charts', () => {
    const extreme = layoutChart(
      readChartModel({ data: [{ y: 1e100 }, { y: -1e100 }, { y: 1e308 }], series: [{ type: 'area', dataKey: 'y', curveType: 'monotone' }], xAxis: 'x' }),
      options,
    );
    assert.doesNotMatch(extreme.paths[0]!.d, NO_PATH_NAN);
    const rows = Array.from({ length: 1000 }, (_, i) => ({ x: `r${i}`, y: i }));
    const long = layoutChart(readChartModel({ data: rows, series: [{ type: 'bar', dataKey: 'y' }], xAxis: 'x' }), options);
    assert.equal(long.bars.length, 1000);
    assert.ok(long.xLabels.length <= 10, `${long.xLabels.length} labels`);
  });
});

describe('Chart: dense lines', () => {
  it('keeps every row when there are few, with gaps where values are missing', () => {
    assert.deepEqual(decimateRows([[0, 1], undefined, [0, 3]], 100), [0, undefined, 2]);
  });

  it('keeps first, lowest, highest and last per pixel column of a dense series', () => {
    const extents = Array.from({ length: 10_000 }, (_, row) => [0, row % 7 === 0 ? -row : row] as const);
    const rows = decimateRows(extents, 100);
    assert.ok(rows.length <= 400, `${rows.length} rows`);
    assert.equal(rows[0], 0);
    assert.equal(rows.at(-1), 9_999);
    // The extremes survive: the lowest value overall is row 9996 (-9996), the highest 9999.
    assert.ok(rows.includes(9_996) && rows.includes(9_999));
    assert.ok(!rows.includes(9_995), 'an unremarkable row between them is dropped');
  });

  it('draws a dense line from few points, without NaN', () => {
    const data = Array.from({ length: MAX_CHART_POINTS }, (_, i) => ({ y: i % 3 === 0 ? 'NaN' : Math.sin(i) }));
    const layout = layoutChart(readChartModel({ data, series: [{ type: 'line', dataKey: 'y', curveType: 'natural' }], xAxis: 'x' }), {
      width: 600, height: 240, showYAxis: true,
    });
    const d = layout.paths[0]!.d;
    assert.doesNotMatch(d, NO_PATH_NAN);
    assert.ok((d.match(/[ML]/g) ?? []).length <= 4 * 600, 'at most four points per column');
  });
});
