// `npm run size`: min and min+gzip bytes of the core entry (src/core.ts), the CDN ESM bundle, the IIFE
// and each lazy chunk, against the budgets. Builds into its own directory, never dist/.
// `--by-module` also lists what the core is made of (rendered bytes per module, by source).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const outDir = resolve(process.env.OUT_DIR ?? 'node_modules/.cache/chatkit-widgets-size');
const byModule = process.argv.includes('--by-module');

if (!process.argv.includes('--no-build')) {
  execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OUT_DIR: outDir, BUILD_CORE_FOR_SIZE: '1' } });
}

const measure = (file) => {
  const bytes = readFileSync(file);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const sum = (sizes) => sizes.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
const chunksIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f)) : []);
// Rollup names chunks after their first module: core-<hash>.js is the body behind the core facade.
const chunkName = (file) => relative(outDir, file).replace(/-[\w-]{8}\.js$/, '.js');

const coreChunks = chunksIn(join(outDir, 'size/chunks'));
const cdnChunks = chunksIn(join(outDir, 'chunks'));
const isLazy = (file) => /\/(markdown|chart|lucide|template|thread-controller)-[^/]*\.js$/.test(file);
const core = sum([measure(join(outDir, 'size/core.js')), ...coreChunks.filter((f) => !isLazy(f)).map(measure)]);
const cdnEntry = sum([measure(join(outDir, 'chatkit-widgets.js')), ...cdnChunks.filter((f) => !isLazy(f)).map(measure)]);
const lazy = cdnChunks.filter(isLazy).map((f) => ({ name: chunkName(f), ...measure(f) }));
const template = { name: 'chatkit-widgets-template.js', ...measure(join(outDir, 'chatkit-widgets-template.js')) };
// The protocol client is lazy in the core only: the CDN entry's <ck-thread> imports it statically.
const coreOnlyLazy = coreChunks.filter((f) => /\/thread-controller-[^/]*\.js$/.test(f)).map((f) => ({ name: chunkName(f), ...measure(f) }));
// "Full" is everything a page can load for every widget feature except the 1,900 extra lucide glyphs.
const full = sum([cdnEntry, template, ...lazy.filter((c) => !c.name.includes('lucide'))]);
const iife = measure(join(outDir, 'chatkit-widgets.iife.js'));

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const rows = [
  ['core (src/core.ts: <ck-widget>, no Markdown/Chart/templates)', core, 30 * KB],
  ...coreOnlyLazy.map((c) => [`  lazy, core only: ${c.name}`, c]),
  ['CDN ESM entry (chatkit-widgets.js, + <ck-thread>)', cdnEntry],
  ...[template, ...lazy].map((c) => [`  lazy: ${c.name}`, c]),
  ['full (CDN entry + template + Markdown + Chart)', full, 70 * KB],
  ['IIFE (chatkit-widgets.iife.js, everything inlined)', iife],
];
const pad = (s, n) => s.padEnd(n);
console.log(`${pad('bundle', 64)}${pad('min', 12)}${pad('min+gzip', 12)}goal (gzip)`);
for (const [name, size, goal] of rows) {
  const verdict = goal === undefined ? '' : `${size.gzip <= goal ? 'within' : 'OVER'} ${kb(goal)}`;
  console.log(`${pad(name, 64)}${pad(kb(size.min), 12)}${pad(kb(size.gzip), 12)}${verdict}`);
}
console.log('\nFor comparison (min+gzip): A2UI Lit renderer ≈ 65 KB, Adaptive Cards ≈ 84 KB.');

if (byModule) {
  const { rollup } = await import('rollup');
  process.env.BUILD_CORE_FOR_SIZE = '1';
  const configs = (await import(new URL('../rollup.config.mjs', import.meta.url).href)).default;
  const coreConfig = configs.find((c) => c.input?.core);
  const bundle = await rollup({ ...coreConfig, onwarn: () => {} });
  const { output } = await bundle.generate(coreConfig.output);
  const groups = new Map();
  for (const chunk of output) {
    if (chunk.type !== 'chunk' || isLazy(`/${chunk.fileName}`)) continue;
    for (const [id, info] of Object.entries(chunk.modules)) {
      const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
      const key = pkg ? `npm:${pkg}` : relative(process.cwd(), id).split('/').slice(0, 2).join('/');
      groups.set(key, (groups.get(key) ?? 0) + info.renderedLength);
    }
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  console.log('\nCore by source (rendered bytes per module, share of the total):');
  for (const [key, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${pad(key, 40)}${pad(kb(bytes), 12)}${((bytes / total) * 100).toFixed(1)}%`);
  }
}
