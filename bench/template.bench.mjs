// Template throughput: a 1,000-item ListView template built repeatedly, our eval-free WidgetTemplate
// against nunjucks with the template compiled once (nunjucks compiles to JS with `new Function`),
// in the same run. "render" is template → text; "build" adds JSON parsing (and, for us, the root check).
// Run: npx tsc -p tsconfig.build.json && node bench/template.bench.mjs [--rows 1000] [--runs 200] [--json]
// (`npm run bench` runs it on an esbuild bundle of src/ through CK_BENCH_BUILD; `--json` adds one
// `BENCH_JSON {...}` line for bench/run.mjs.)
// It measures the built dist/ (the code that ships). Without dist/ it falls back to src/ through tsx
// (node --import tsx ...), whose on-the-fly transform makes the engine several times slower: that
// fallback is for checking the script, not for numbers. Numbers swing with machine load: compare
// rows of one run, never figures across runs or machines.
import { performance } from 'node:perf_hooks';
import nunjucks from 'nunjucks';

let loadedFrom = 'dist';
async function load(path) {
  if (process.env.CK_BENCH_BUILD) {
    loadedFrom = `esbuild bundle of src/ (${process.env.CK_BENCH_BUILD})`;
    return await import(new URL(`${path}.js`, `file://${process.env.CK_BENCH_BUILD}/`).href);
  }
  try {
    return await import(`../dist/${path}.js`);
  } catch {
    loadedFrom = 'src via tsx (slow: build dist/ for real numbers)';
    return await import(`../src/${path}.ts`);
  }
}
const { WidgetTemplate } = await load('template/index');

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const ROWS = opt('--rows', 1000);
const RUNS = opt('--runs', 200);
const WARMUP = Math.max(20, Math.floor(RUNS / 5));

// The idioms real list widgets use: tojson for strings, loop.index, a filter chain, a trailing-comma guard.
const source =
  '{"type":"ListView","children":[{% for r in rows %}' +
  '{"type":"ListViewItem","key":{{ r.id|tojson }},"children":[' +
  '{"type":"Text","value":"{{ loop.index }}. {{ r.name }}"},' +
  '{"type":"Badge","label":{{ (r.score * 1.5)|round(1)|string|tojson }},"color":{{ ("success" if r.done else "secondary")|tojson }}}' +
  ']}{% if not loop.last %},{% endif %}{% endfor %}]}';

const data = {
  rows: Array.from({ length: ROWS }, (_, i) => ({ id: `r${i}`, name: `Row ${i}`, score: i % 97, done: i % 3 === 0 })),
};

const ours = WidgetTemplate.fromString(JSON.stringify({ version: '1.0', name: 'bench-list', template: source }));

const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });
env.addFilter('tojson', (v) => JSON.stringify(v));
const theirs = nunjucks.compile(source, env);

// Same output shape from both engines (they differ only in float formatting of the badge label).
const check = JSON.parse(theirs.render(data));
const mine = ours.build(data);
if (check.children.length !== ROWS || mine.children.length !== ROWS) throw new Error('engines disagree on the row count');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn) {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const rows = [
  ['render  ours (WidgetTemplate.renderText)', time(() => ours.renderText(data))],
  ['render  nunjucks (compiled once)', time(() => theirs.render(data))],
  ['build   ours (WidgetTemplate.build)', time(() => ours.build(data))],
  ['build   nunjucks render + JSON.parse', time(() => JSON.parse(theirs.render(data)))],
];

console.log(`template: ${ROWS} rows, median of ${RUNS} runs, engine from ${loadedFrom}`);
for (const [label, ms] of rows) console.log(`  ${label.padEnd(44)} ${ms.toFixed(3)} ms`);
const renderRatio = rows[0][1] / rows[1][1];
const buildRatio = rows[2][1] / rows[3][1];
console.log(`  ratio render ours/nunjucks ${renderRatio.toFixed(2)}x, build ${buildRatio.toFixed(2)}x (target: within 2x)`);
if (args.includes('--json')) {
  console.log(`BENCH_JSON ${JSON.stringify({ rows: ROWS, runs: RUNS, loadedFrom, results: Object.fromEntries(rows.map(([label, ms]) => [label.replace(/\s+/g, ' '), ms])), renderRatio, buildRatio })}`);
}
