// Bundles for script tags and CDNs. The npm ESM build is plain `tsc` output (see scripts/build.mjs).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const plugins = () => [
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.json', legalComments: 'none' }),
];

export default [
  {
    // Bundled ESM for CDNs: everything inlined, lazy parts split into chunks beside it.
    input: { 'chatkit-widgets': 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: plugins(),
  },
  {
    // Classic script tag: one file, global `ChatKitWidgets`.
    input: 'src/index.ts',
    output: {
      file: 'dist/chatkit-widgets.iife.js',
      format: 'iife',
      name: 'ChatKitWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins(),
  },
];
