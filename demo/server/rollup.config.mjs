// dist/chatkit-widgets-demo-server.iife.js: the demo's scripted server for demo/cdn.html, a page
// with no server behind it (global `ChatKitDemoServer`). Built by scripts/build.mjs; a demo
// file, not part of the package API. The server kit is bundled from src/server.
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const outDir = process.env.OUT_DIR ?? 'dist';
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  input: here('./browser.mjs'),
  output: { file: `${outDir}/chatkit-widgets-demo-server.iife.js`, format: 'iife', name: 'ChatKitDemoServer', sourcemap: true },
  plugins: [
    { name: 'server-kit-from-source', resolveId: (id) => (id === 'chatkit-widgets/server' ? here('../../src/server/index.ts') : null) },
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', minify: true, tsconfig: here('../../tsconfig.json'), legalComments: 'none' }),
  ],
};
