// `npm run build`: npm ESM + .d.ts (tsc), CDN ESM + IIFE bundles (rollup), and dist/widget.schema.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['rollup', '-c', '--silent']);
run('node', ['scripts/emit-json-schema.mjs']);

