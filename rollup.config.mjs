// Bundles for script tags and CDNs. The npm ESM build is plain `tsc` output (see scripts/build.mjs).
// OUT_DIR (default dist) lets the packaging tests and `npm run size` build without touching dist/.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const outDir = process.env.OUT_DIR ?? 'dist';

// No `development` export condition, so Lit resolves to its production build (no dev-mode warning).
const plugins = () => [
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.json', legalComments: 'none' }),
];

const coreForSize = {
  // Core only (no <ck-thread>, no template engine): built for `npm run size`, never shipped.
  input: { core: 'src/core.ts' },
  preserveEntrySignatures: 'allow-extension',
  output: { dir: `${outDir}/size`, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  plugins: plugins(),
};

export default [
  {
    // Bundled ESM for CDNs: Lit and every dependency inlined; Markdown, Chart, the full lucide set and
    // the template engine stay in lazy chunks. `template` is also an entry, so pages that build
    // templates themselves import dist/chatkit-widgets-template.js: the same file <ck-widget> loads on demand.
    input: { 'chatkit-widgets': 'src/cdn.ts', 'chatkit-widgets-template': 'src/template/index.ts' },
    // Lazy chunks import Lit from the entry itself instead of from a facade-plus-shared-chunk pair.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: plugins(),
  },
  {
    // Classic script tag: one file, global `ChatKitWidgets`, the full API (template engine included).
    input: 'src/index.ts',
    output: {
      file: `${outDir}/chatkit-widgets.iife.js`,
      format: 'iife',
      name: 'ChatKitWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins(),
  },
  ...(process.env.BUILD_CORE_FOR_SIZE ? [coreForSize] : []),
];
