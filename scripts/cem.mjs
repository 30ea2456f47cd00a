// `npm run cem` writes custom-elements.json; `npm run cem -- --check` fails when it is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
// The analyzer resolves --outdir against the working directory, so the check writes beside the repo files.
const outdir = check ? '.cem-check' : '.';
execFileSync('npx', ['custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'], { stdio: 'inherit' });
if (check) {
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  rmSync(outdir, { recursive: true, force: true });
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {}
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date with the element sources: run `npm run cem` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is current.');
}
