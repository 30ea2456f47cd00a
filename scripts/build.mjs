// `npm run build`: npm ESM + .d.ts (tsc), CDN ESM + IIFE bundles (rollup), and widget.schema.json.
// OUT_DIR=<dir> builds somewhere else (the packaging tests and `npm run size` do, so dist/ stays intact).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

rmSync(outDir, { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir]);
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { OUT_DIR: outDir });
// The demo's scripted server as an IIFE, for demo/cdn.html (a demo file, not package API).
run('npx', ['rollup', '-c', 'demo/server/rollup.config.mjs', '--silent'], { OUT_DIR: outDir });

// Same output as scripts/emit-json-schema.mjs, read from this build's schema module. Bundled first
// (zod resolved from this checkout's node_modules), so an OUT_DIR outside the repository works too.
const schemaModule = resolve('node_modules/.cache/chatkit-widgets-build/json-schema.mjs');
await build({ entryPoints: [resolve(outDir, 'schema/json-schema.js')], bundle: true, format: 'esm', platform: 'node', outfile: schemaModule, nodePaths: [resolve('node_modules')], logLevel: 'warning' });
const { buildWidgetJsonSchema } = await import(`${pathToFileURL(schemaModule).href}?${Date.now()}`);
const schema = buildWidgetJsonSchema();
writeFileSync(resolve(outDir, 'widget.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
console.log(`widget.schema.json: ${Object.keys(schema.$defs ?? {}).length} definitions`);
