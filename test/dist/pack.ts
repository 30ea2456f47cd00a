// Builds the package into a staging copy, packs it with `npm pack`, and installs the tarball into a
// scratch project in a temp dir: the same path a user takes, without touching the shared dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repo = resolve(new URL('../..', import.meta.url).pathname);

export interface PackedProject {
  /** The scratch project that installed the tarball. */
  dir: string;
  /** Paths inside the tarball, relative to the package root. */
  files: string[];
  tarball: string;
}

const sh = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const tarballFiles = (tarball: string) =>
  sh('tar', ['-tzf', tarball], repo).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));

export function packAndInstall(): PackedProject {
  // CKW_SCRATCH=<dir of an earlier run, kept with KEEP_SCRATCH=1> skips the two-minute build while iterating.
  const reuse = process.env.CKW_SCRATCH;
  if (reuse) {
    const tarball = join(reuse, 'chatkit-widgets-0.1.0.tgz');
    return { dir: reuse, files: tarballFiles(tarball), tarball };
  }
  // Inside the repo, so the build's own imports (zod for widget.schema.json) resolve.
  const staging = join(repo, 'node_modules/.cache/chatkit-widgets-pack');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const entry of ['package.json', 'README.md', 'custom-elements.json', 'docs', 'src']) {
    cpSync(join(repo, entry), join(staging, entry), { recursive: true });
  }
  sh('node', ['scripts/build.mjs'], repo, { OUT_DIR: join(staging, 'dist') });

  const scratch = mkdtempSync(join(tmpdir(), 'ckw-consumer-'));
  const packed = JSON.parse(sh('npm', ['pack', staging, '--pack-destination', scratch, '--json'], scratch)) as Array<{ filename: string }>;
  const info = packed[0]!;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-consumer', private: true, type: 'module' }));
  sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${info.filename}`], scratch);
  const tarball = join(scratch, info.filename);
  return { dir: scratch, files: tarballFiles(tarball), tarball };
}
