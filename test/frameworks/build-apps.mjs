// Bundles each framework's tiny app with esbuild, compiling .vue (vue/compiler-sfc) and .svelte
// (svelte/compiler) the way those frameworks' own build plugins do. Output goes to an ignored cache dir.
// CKW_FROM=src bundles the package from its TypeScript sources instead of the built dist/ (for iterating).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse, compileScript } from 'vue/compiler-sfc';
import { compile } from 'svelte/compiler';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const outDir = here('../../node_modules/.cache/chatkit-widgets-frameworks');
const fromSource = process.env.CKW_FROM === 'src';

// Vue needs to be told which tags are custom elements, or it tries to resolve them as components.
const isCustomElement = (tag) => tag.startsWith('ck-');

const vuePlugin = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e) })) };
      const script = compileScript(descriptor, {
        id: path,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement } },
      });
      return { contents: script.content, loader: 'ts', resolveDir: here('./apps') };
    });
  },
};

const sveltePlugin = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client' });
      return { contents: js.code, loader: 'js', resolveDir: here('./apps') };
    });
  },
};

export async function buildApps() {
  await build({
    entryPoints: ['vue', 'react', 'svelte', 'angular-zone', 'angular-zoneless'].map((name) => ({
      in: here(`./apps/${name}.${name === 'react' ? 'jsx' : 'js'}`),
      out: name,
    })),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    sourcemap: true,
    logLevel: 'warning',
    // The production builds of the frameworks, as an app would ship.
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', ngDevMode: 'false', ngJitMode: 'true', ngServerMode: 'false' },
    conditions: ['browser', 'production'],
    alias: { 'chatkit-widgets': here(fromSource ? '../../src/index.ts' : '../../dist/index.js') },
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: false } },
    plugins: [vuePlugin, sveltePlugin],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildApps();
  console.log(`framework apps bundled into ${outDir}`);
}
