// `npm run bench`: the benchmark suite (never part of `npm test`). See docs/benchmarks.md.
//
// Runs the Node benches (SSE parse + reduce, template build) on an esbuild bundle of src/, then the
// browser scenarios in Chromium (bench/browser/page.ts bundled from src/ in production mode, served
// over loopback), and prints one table: medians over N runs, each beside a hand-written plain-DOM
// renderer (or the named reference) measured in the same run. Writes bench/results/latest.json
// (gitignored; the latest table is in docs/benchmarks.md).
//
//   npm run bench                                  N = 5 runs after one warm-up run
//   npm run bench -- --runs 9                      more runs, steadier medians
//   npm run bench -- --only first-render,replace   some scenarios: first-render, replace, stream, heap, sse, template
//   npm run bench -- --verbose                     every measurement, and the Node benches' own output
//   npm run bench -- --out path.json               write the JSON elsewhere
//   npm run bench -- --sse-mb 20                   size of the SSE stream (default 10 MB)
//   npm run bench -- --src-root DIR                bundle DIR/bench/browser/page.ts and the DIR/src it
//                                                  imports: compare two versions of the runtime on one
//                                                  machine (e.g. a `git archive` of main in DIR)
//   npm run bench -- --profile first-render.1000.ck [--profile-runs 10]
//                                                  a CDP CPU profile of that scenario (after warm-up) in
//                                                  bench/results/<name>.cpuprofile, top functions printed
//   npm run bench -- --trace stream.delta.ck       a Chrome trace of it in bench/results/<name>.trace.json,
//                                                  main-thread time by trace event (Layout, Paint, …)
//
// Browser times are the renderer main thread's CPU time (CDP Performance metrics), not wall clock:
// the bench machine may be shared. Ratios are medians of per-run ratios, both sides measured in the
// same run one right after the other. Compare ratios, not milliseconds across runs or machines.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findBrowser } from '../scripts/find-browser.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', 5));
const ONLY = option('--only', 'first-render,replace,stream,heap,sse,template').split(',');
const VERBOSE = args.includes('--verbose');
const OUT = resolve(ROOT, option('--out', 'bench/results/latest.json'));
const SRC_ROOT = resolve(option('--src-root', ROOT));
const PROFILE = option('--profile', undefined);
const TRACE = option('--trace', undefined);
const wanted = (name) => ONLY.includes(name);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer');

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const log = (line) => process.stderr.write(`${line}\n`);
const started = Date.now();

// ---- Node benches ---------------------------------------------------------------------------------

/** The modules the Node benches import, bundled from src/ like the package ships them (minified ESM). */
async function buildNodeModules() {
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
  await build({
    entryPoints: ['template/index', 'protocol/sse', 'protocol/schemas', 'thread/reducer'].map((p) => join(ROOT, 'src', `${p}.ts`)),
    outbase: join(ROOT, 'src'),
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  // The bundles are ES modules (zod and friends bundled in).
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return dir;
}

function runNodeBench(script, benchArgs, buildDir) {
  log(`node ${script} ${benchArgs.join(' ')}`);
  const result = spawnSync(process.execPath, [join(ROOT, 'bench', script), ...benchArgs, '--json'], {
    cwd: ROOT,
    env: { ...process.env, CK_BENCH_BUILD: buildDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  if (VERBOSE) for (const line of lines) if (!line.startsWith('BENCH_JSON ')) log(`  ${line}`);
  const json = lines.find((line) => line.startsWith('BENCH_JSON '));
  if (!json) throw new Error(`${script} printed no BENCH_JSON line`);
  return { ...JSON.parse(json.slice('BENCH_JSON '.length)), output: lines.filter((line) => !line.startsWith('BENCH_JSON ')) };
}

// ---- the browser ------------------------------------------------------------------------------

async function buildPage() {
  const result = await build({
    entryPoints: [join(SRC_ROOT, 'bench/browser/page.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: '/out',
    write: false,
    // Readable names in --profile output; minified otherwise, as a production bundle would be.
    minify: !PROFILE && !TRACE,
    target: 'es2022',
    // Lit's dev mode is the "development" export condition; production is what ships.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.slice('/out'.length), file.text]));
  files.set('/', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chatkit-widgets bench</title></head><body><script type="module" src="/page.js"></script></body></html>');
  return files;
}

function serve(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = files.get(path);
    if (body === undefined) {
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function runBrowser() {
  const files = await buildPage();
  const server = await serve(files);
  const browser = await chromium.launch({
    executablePath: await findBrowser(),
    headless: true,
    args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const out = { chromium: browser.version(), samples: {} };
  const add = (name, value) => (out.samples[name] ??= []).push(value);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    page.on('console', (message) => message.type() === 'error' && errors.push(new Error(message.text())));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => 'ckBench' in window);
    out.userAgent = await page.evaluate(() => window.ckBench.setup());
    const cdp = await page.context().newCDPSession(page);
    const call = (fn, ...params) => page.evaluate(([name, rest]) => window.ckBench[name](...rest), [fn, params]);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // Main-thread CPU time, and how much of it went to script, style and layout (thread ticks).
    const metrics = async () => {
      const all = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
      return { cpu: all.ThreadTime, script: all.ScriptDuration, style: all.RecalcStyleDuration, layout: all.LayoutDuration };
    };
    let overhead = 0;
    // One scenario: set up (untimed), measure (the renderer main thread's CPU time around that call
    // alone, less what an empty call costs), verify (untimed).
    const measure = async (name, ...params) => {
      await call('prepare', name, ...params);
      // Streams are traced too: each task's main-thread CPU time, which a busy machine does not
      // stretch the way it stretches the wall-clock durations the page's longtask observer sees.
      const traced = name === 'stream' ? await startTaskTrace(cdp) : undefined;
      const m0 = await metrics();
      await call('measure');
      const m1 = await metrics();
      const tasks = traced ? await traced() : undefined;
      const result = {
        ...(await call('finish')),
        cpuMs: m1.cpu - m0.cpu - overhead,
        scriptMs: m1.script - m0.script,
        styleMs: m1.style - m0.style,
        layoutMs: m1.layout - m0.layout,
        ...tasks,
      };
      if (VERBOSE) log(`  ${name}(${params.join(', ')}) ${JSON.stringify(result, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`);
      return result;
    };
    const calibrate = async () => {
      overhead = 0;
      const samples = [];
      for (let i = 0; i < 5; i++) samples.push((await measure('noop')).cpuMs);
      overhead = median(samples);
    };

    if (PROFILE) {
      await profile(cdp, call, PROFILE);
      return out;
    }
    if (TRACE) {
      await trace(cdp, call, TRACE);
      return out;
    }
    await calibrate();
    out.overheadMs = overhead;

    // Each run starts the implementations at a different one, so none always follows the same other.
    const rotate = (list, run) => list.map((_, i) => list[(i + run) % list.length]);
    for (let run = 0; run <= RUNS; run++) {
      const keep = run > 0; // run 0 warms up the JIT, Lit's template cache and the lazy chunks
      log(`browser run ${run}/${RUNS}${keep ? '' : ' (warm-up)'}`);
      if (wanted('first-render')) {
        for (const rows of [100, 1000]) {
          for (const impl of rotate(['plain', 'ck', 'lit', 'ck-novalidate'], run)) {
            const result = await measure('firstRender', impl, rows);
            if (keep) add(`first-render.${rows}.${impl}`, result);
          }
        }
      }
      if (wanted('replace')) {
        for (const impl of rotate(['plain', 'ck', 'lit'], run)) {
          const result = await measure('replace', impl, 1000);
          if (keep) add(`replace.1000.${impl}`, result);
        }
      }
      if (wanted('stream')) {
        for (const kind of ['component', 'delta', 'reply']) {
          for (const impl of rotate(['plain', 'ck'], run)) {
            const result = await measure('stream', kind, impl);
            if (keep) add(`stream.${kind}.${impl}`, result);
          }
        }
      }
    }
    // Last, in a fresh page: ten 1,000-row widgets leave a heap that would slow the timed scenarios.
    if (wanted('heap')) {
      await page.close();
      const heapPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      heapPage.on('pageerror', (error) => errors.push(error));
      await heapPage.goto(`http://127.0.0.1:${server.address().port}/`);
      await heapPage.waitForFunction(() => 'ckBench' in window);
      await heapPage.evaluate(() => window.ckBench.setup());
      const heapCdp = await heapPage.context().newCDPSession(heapPage);
      const heapCall = (fn, ...params) => heapPage.evaluate(([name, rest]) => window.ckBench[name](...rest), [fn, params]);
      // The heap figures barely move between runs: three are enough.
      const heapRuns = Math.min(RUNS, 3);
      for (let run = 0; run <= heapRuns; run++) {
        log(`heap run ${run}/${heapRuns}${run > 0 ? '' : ' (warm-up)'}`);
        for (const impl of rotate(['plain', 'ck'], run)) {
          const result = await measureHeap(heapCdp, heapCall, impl);
          if (run > 0) add(`heap.${impl}`, result);
        }
      }
      await heapCall('clear');
    }
    if (!wanted('heap')) await call('clear');
    if (errors.length) throw new Error(`the bench page reported errors:\n${errors.map(String).join('\n')}`);
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/**
 * Starts a trace of the timeline categories; the returned function ends it and reports the renderer
 * main thread's tasks: the longest one's CPU time and how many took over 50 ms of CPU.
 */
async function startTaskTrace(cdp) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    // The renderer main threads (CrRendererMain); the page's is the one that ran the most.
    const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const byThread = new Map();
    for (const e of events) {
      if (e.name !== 'RunTask' || e.ph !== 'X' || typeof e.tdur !== 'number' || !mains.has(`${e.pid}:${e.tid}`)) continue;
      const list = byThread.get(`${e.pid}:${e.tid}`) ?? [];
      list.push(e);
      byThread.set(`${e.pid}:${e.tid}`, list);
    }
    const tasks = [...byThread.values()].sort((a, b) => b.reduce((t, e) => t + e.tdur, 0) - a.reduce((t, e) => t + e.tdur, 0))[0] ?? [];
    const cpu = tasks.map((e) => e.tdur / 1000);
    return { taskCount: tasks.length, longestTaskCpuMs: cpu.length ? Math.max(...cpu) : 0, longTasksCpu: cpu.filter((ms) => ms > 50).length };
  };
}

/** `first-render.1000.ck`, `replace.1000.ck`, `stream.component.ck`, … as one page call. */
function scenarioCall(name) {
  const [scenario, a, b] = name.split('.');
  if (scenario === 'first-render') return ['firstRender', b, Number(a)];
  if (scenario === 'replace') return ['replace', b, Number(a)];
  if (scenario === 'stream') return ['stream', a, b];
  throw new Error(`--profile: unknown scenario ${name} (first-render.<rows>.<impl>, replace.<rows>.<impl>, stream.<kind>.<impl>)`);
}

/** Runs a scenario twice untimed (JIT, Lit's template cache, lazy chunks) and returns its page call. */
async function warmUp(call, name) {
  const [fn, ...params] = scenarioCall(name);
  for (let i = 0; i < 2; i++) {
    await call('prepare', fn, ...params);
    await call('measure');
    await call('finish');
  }
  return [fn, ...params];
}

async function profile(cdp, call, name) {
  const [fn, ...params] = await warmUp(call, name);
  // --profile-runs N: N measured calls, each profiled on its own (set-up and checks are not in the
  // profile); the self times below add up all N, the file holds the last one.
  const runs = Number(option('--profile-runs', 1));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let result;
  let cpuProfile;
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (let i = 0; i < runs; i++) {
    await call('prepare', fn, ...params);
    await cdp.send('Profiler.start');
    await call('measure');
    ({ profile: cpuProfile } = await cdp.send('Profiler.stop'));
    result = await call('finish');
    // Self time per function: samples × their intervals.
    const byId = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
    const deltas = cpuProfile.timeDeltas;
    const parent = new Map();
    for (const n of cpuProfile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const keyOf = ({ callFrame: f }) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    cpuProfile.samples.forEach((id, j) => {
      const key = keyOf(byId.get(id));
      const us = deltas[j + 1] ?? 0;
      total += us;
      self.set(key, (self.get(key) ?? 0) + us);
      // Inclusive: once per function on the sample's stack.
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(byId.get(n)));
      for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    });
  }
  const file = resolve(ROOT, 'bench/results', `${name}.cpuprofile`);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(cpuProfile));
  console.log(`${name}: ${JSON.stringify(result)}\nprofile: ${file.slice(ROOT.length + 1)}, ${(total / 1000).toFixed(0)} ms sampled; top self time:`);
  for (const [key, us] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  console.log('top total time (the function and what it called), per measured call:');
  const skip = /^\((root|program|idle|garbage collector)\)/;
  for (const [key, us] of [...inclusive].filter(([k]) => !skip.test(k)).sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`  ${(us / 1000 / runs).toFixed(3).padStart(8)} ms  ${key}`);
}

async function trace(cdp, call, name) {
  const [fn, ...params] = await warmUp(call, name);
  await call('prepare', fn, ...params);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,v8.execute,blink,cc', transferMode: 'ReportEvents' });
  await call('measure');
  await cdp.send('Tracing.end');
  await done;
  const result = await call('finish');
  const file = resolve(ROOT, 'bench/results', `${name}.trace.json`);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  // The renderer main thread: the thread that ran the page's FunctionCall events.
  const main = events.find((e) => e.name === 'FunctionCall');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.tdur === 'number');
  // Self thread time per event name: an event's tdur less its direct children's.
  onMain.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.tdur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.tdur);
    stack.push(e);
  }
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const long = tasks.filter((e) => e.dur > 50_000);
  console.log(`${name}: ${JSON.stringify(result)}\ntrace: ${file.slice(ROOT.length + 1)}; ${tasks.length} tasks, ${long.length} over 50 ms wall (thread time of those: ${long.map((e) => (e.tdur / 1000).toFixed(0)).join(', ')} ms); self thread time by event:`);
  const total = [...self.values()].reduce((a, b) => a + Math.max(0, b), 0);
  for (const [key, us] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

const HEAP_COPIES = 10;

async function measureHeap(cdp, call, impl) {
  const settle = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  await call('clear');
  const before = await settle();
  const elements = await call('renderCopies', impl, HEAP_COPIES, 1000);
  const after = await settle();
  await call('clear');
  return { bytes: after.heap - before.heap, nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners, elements };
}

// ---- the table ----------------------------------------------------------------------------------

const fmtMs = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
const fmtRatio = (r) => `${r.toFixed(2)}×`;
const fmtMb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function tableRows(browser, node) {
  const rows = [];
  const s = browser?.samples ?? {};
  const med = (name, pick = (x) => x) => (s[name] ? median(s[name].map(pick)) : undefined);
  const max = (name, pick) => Math.max(...s[name].map(pick));
  const sum = (name, pick) => s[name].map(pick).reduce((a, b) => a + b, 0);
  // Ratios are medians of per-run ratios: both sides of each were measured in the same run, one
  // right after the other, so a machine that gets busier halfway through moves both together.
  const paired = (a, b, f) => median(s[a].map((x, i) => f(x, s[b][i])));
  const ratio = (a, b, pick) => paired(a, b, (x, y) => pick(x) / pick(y));

  const cpu = (r) => r.cpuMs;
  const wall = (r) => r.ms;
  for (const n of [100, 1000]) {
    const key = (impl) => `first-render.${n}.${impl}`;
    if (!s[key('ck')]) continue;
    const [ck, plain, lit, off] = ['ck', 'plain', 'lit', 'ck-novalidate'].map((impl) => med(key(impl), cpu));
    const ckRatio = ratio(key('ck'), key('plain'), cpu);
    rows.push({
      scenario: `first render, ${n.toLocaleString('en')} rows`, ours: fmtMs(ck), baseline: `plain DOM ${fmtMs(plain)}`, ratio: ckRatio, goal: '≤ 1.3× plain DOM', met: ckRatio <= 1.3,
      note: `keyed Lit template ${fmtMs(lit)} (${fmtRatio(ratio(key('lit'), key('plain'), cpu))}); wall: ours ${fmtMs(med(key('ck'), wall))}, plain ${fmtMs(med(key('plain'), wall))}, Lit ${fmtMs(med(key('lit'), wall))}`,
    });
    const share = paired(key('ck'), key('ck-novalidate'), (on, offRun) => (on.cpuMs - offRun.cpuMs) / on.cpuMs);
    rows.push({ scenario: `  same, validation off`, ours: fmtMs(off), baseline: `plain DOM ${fmtMs(plain)}`, ratio: ratio(key('ck-novalidate'), key('plain'), cpu), goal: 'validation ≤ 20% of render', met: share <= 0.2, note: `validation is ${(share * 100).toFixed(0)}% of the render (${fmtMs(Math.max(0, share) * ck)})` });
  }
  if (s['replace.1000.ck']) {
    const [ck, plain, lit] = ['ck', 'plain', 'lit'].map((impl) => med(`replace.1000.${impl}`, cpu));
    const kept = Math.min(...s['replace.1000.ck'].map((r) => r.kept / r.rows));
    const vsLit = ratio('replace.1000.ck', 'replace.1000.lit', cpu);
    rows.push({
      scenario: 'replace widget, 1 of 1,000 rows changed', ours: fmtMs(ck), baseline: `plain DOM patch ${fmtMs(plain)}`, ratio: ratio('replace.1000.ck', 'replace.1000.plain', cpu), goal: '≤ keyed Lit one-row patch; ≥ 99% rows kept', met: vsLit <= 1 && kept >= 0.99,
      note: `keyed Lit one-row patch ${fmtMs(lit)} (ours ${fmtRatio(vsLit)} of it); row elements kept ${(kept * 100).toFixed(1)}%; wall: ours ${fmtMs(med('replace.1000.ck', wall))}, Lit ${fmtMs(med('replace.1000.lit', wall))}, of which script (before layout): ours ${fmtMs(med('replace.1000.ck', (r) => r.script))}, Lit ${fmtMs(med('replace.1000.lit', (r) => r.script))}`,
    });
  }
  const streamNames = { component: 'widget.component.updated × 2,000 (1,000-row widget)', delta: 'widget.streaming_text.value_delta × 2,000 (1,000-row widget)', reply: 'assistant text_delta × 2,000 into one message' };
  for (const kind of ['component', 'delta', 'reply']) {
    const name = `stream.${kind}.ck`;
    if (!s[name]) continue;
    const ck = med(name, cpu);
    const plain = med(`stream.${kind}.plain`, cpu);
    const plainName = `stream.${kind}.plain`;
    const longTasks = sum(name, (r) => r.longTasks);
    const longest = max(name, (r) => r.longestTaskMs);
    const longCpu = sum(name, (r) => r.longTasksCpu);
    const longestCpu = max(name, (r) => r.longestTaskCpuMs);
    const perFrame = max(name, (r) => r.maxRendersPerFrame);
    const bytes = s[name][0].bytes;
    rows.push({
      scenario: `<ck-thread> ${streamNames[kind]}`,
      ours: fmtMs(ck),
      baseline: `plain DOM ${fmtMs(plain)}`,
      ratio: ratio(name, plainName, cpu),
      goal: 'no long task > 50 ms; ≤ 1 render/frame',
      met: longTasks === 0 && perFrame <= 1,
      metCpu: longCpu === 0 && perFrame <= 1,
      note: [
        `${(bytes / 1e3).toFixed(0)} KB of SSE in 4 KiB chunks; at most ${perFrame} render per element per frame (${med(name, (r) => r.renders)} renders in ${med(name, (r) => r.frames)} frames)`,
        `long tasks (longtask observer, wall clock) in ${RUNS} runs: ours ${longTasks} (longest ${longest.toFixed(0)} ms), plain DOM ${sum(plainName, (r) => r.longTasks)} (longest ${max(plainName, (r) => r.longestTaskMs).toFixed(0)} ms)`,
        `tasks over 50 ms of main-thread CPU (trace): ours ${longCpu} (longest ${longestCpu.toFixed(0)} ms), plain DOM ${sum(plainName, (r) => r.longTasksCpu)} (longest ${max(plainName, (r) => r.longestTaskCpuMs).toFixed(0)} ms); wall: ours ${fmtMs(med(name, wall))}, plain ${fmtMs(med(plainName, wall))}`,
      ].join('\n'),
    });
  }
  if (s['heap.ck']) {
    const ck = med('heap.ck', (r) => r.bytes);
    const plain = med('heap.plain', (r) => r.bytes);
    const nodes = med('heap.ck', (r) => r.nodes);
    const plainNodes = med('heap.plain', (r) => r.nodes);
    rows.push({ scenario: `JS heap, ${HEAP_COPIES} copies of the 1,000-row widget`, ours: fmtMb(ck), baseline: `plain DOM ${fmtMb(plain)}`, ratio: ratio('heap.ck', 'heap.plain', (r) => r.bytes), goal: 'recorded', met: null, note: `DOM nodes ${nodes.toLocaleString('en')} vs ${plainNodes.toLocaleString('en')} (Lit's comment markers)` });
  }
  if (node.sse) {
    const v = node.sse.variants;
    const ours = v['ours + JSON.parse + check + reduce (the client pipeline)'];
    const esp = v['eventsource-parser + TextDecoder + JSON.parse'];
    const parse = v['ours + JSON.parse'];
    const checked = v['ours + JSON.parse + check'];
    const perEvent = (ms) => (ms * 1000) / node.sse.events;
    rows.push({ scenario: `SSE parse + JSON.parse (${node.sse.mb.toFixed(0)} MB, Node)`, ours: `${parse.mbPerS.toFixed(0)} MB/s`, baseline: `eventsource-parser + JSON.parse ${esp.mbPerS.toFixed(0)} MB/s`, ratio: parse.ms / esp.ms, goal: 'our parser only if faster (issue 4)', met: parse.ms <= esp.ms, note: `parsers alone: ours ${v['ours, parse only'].mbPerS.toFixed(0)} MB/s, eventsource-parser + TextDecoder ${v['eventsource-parser + TextDecoder, parse only'].mbPerS.toFixed(0)} MB/s` });
    rows.push({ scenario: `SSE parse + check + reduce (the client pipeline)`, ours: `${ours.mbPerS.toFixed(0)} MB/s`, baseline: `eventsource-parser + JSON.parse ${esp.mbPerS.toFixed(0)} MB/s`, ratio: ours.ms / esp.ms, goal: 'recorded (time ratio)', met: null, note: `per event (${Math.round((node.sse.mb * 1e6) / node.sse.events)} B): parse + JSON.parse ${perEvent(parse.ms).toFixed(2)} µs, event check +${perEvent(checked.ms - parse.ms).toFixed(2)} µs, reducer +${perEvent(ours.ms - checked.ms).toFixed(2)} µs; reducer alone ${node.sse.reduceDeltas.usPerDelta.toFixed(1)} µs per text delta` });
  }
  if (node.template) {
    const r = node.template.results;
    rows.push({ scenario: `template build, ${node.template.rows.toLocaleString('en')}-item list (Node)`, ours: fmtMs(r['build ours (WidgetTemplate.build)']), baseline: `nunjucks precompiled ${fmtMs(r['build nunjucks render + JSON.parse'])}`, ratio: node.template.buildRatio, goal: '≤ 2× nunjucks', met: node.template.buildRatio <= 2, note: `render only: ${fmtRatio(node.template.renderRatio)}` });
  }
  return rows;
}

function printTable(rows) {
  const header = ['Scenario', 'Ours', 'Baseline', 'Ratio', 'Goal', 'Met'];
  const met = (r) => (r.met === null ? '–' : `${r.met ? 'yes' : 'NO'}${r.metCpu !== undefined && r.metCpu !== r.met ? ` (by CPU: ${r.metCpu ? 'yes' : 'no'})` : ''}`);
  const body = rows.map((r) => [r.scenario, r.ours, r.baseline, fmtRatio(r.ratio), r.goal, met(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' │ ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const [i, row] of body.entries()) {
    console.log(line(row));
    for (const note of rows[i].note ? rows[i].note.split('\n') : []) console.log(`${''.padEnd(widths[0])} │ ${note}`);
  }
}

// ---- main ----------------------------------------------------------------------------------------

if (PROFILE || TRACE) {
  await runBrowser();
  process.exit(0);
}
const node = {};
if (wanted('sse') || wanted('template')) {
  const buildDir = await buildNodeModules();
  try {
    if (wanted('sse')) node.sse = runNodeBench('sse.bench.mjs', ['--runs', String(RUNS), '--mb', option('--sse-mb', '10')], buildDir);
    if (wanted('template')) node.template = runNodeBench('template.bench.mjs', ['--runs', String(Math.max(50, RUNS * 20))], buildDir);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}
const browser = ['first-render', 'replace', 'stream', 'heap'].some(wanted) ? await runBrowser() : undefined;

let cpu = cpus()[0]?.model ?? 'unknown';
try {
  cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpu;
} catch {
  // not Linux: os.cpus() named it
}
const machine = {
  cpu, cores: cpus().length, loadAverage: loadavg().map((x) => Number(x.toFixed(2))), node: process.versions.node,
  chromium: browser?.chromium, userAgent: browser?.userAgent, platform: `${process.platform} ${process.arch}`,
};
const rows = tableRows(browser, node);
console.log(`\nchatkit-widgets bench — median of ${RUNS} runs — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(`${machine.cpu} × ${machine.cores} (load ${machine.loadAverage.join(', ')}), Node ${machine.node}${machine.chromium ? `, Chromium ${machine.chromium}` : ''}`);
console.log('Browser times: renderer main-thread CPU ms; ratios: medians of per-run ratios (same run, side by side).\n');
printTable(rows);
mkdirSync(resolve(OUT, '..'), { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, machine, table: rows, browser: browser?.samples, node: { sse: node.sse, template: node.template } }, null, 2)}\n`);
log(`\nwrote ${OUT.slice(ROOT.length + 1)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
