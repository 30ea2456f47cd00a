// The published package, as a user gets it: `npm pack`, installed from the tarball into a scratch
// project, then imported from Node, type-checked by a TypeScript consumer and loaded in Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packAndInstall, repo, type PackedProject } from './pack.js';
import { loadPages, type PageReport } from './browser-pages.js';

let project: PackedProject;
const installed = (path: string) => join(project.dir, 'node_modules/chatkit-widgets', path);
const node = (code: string) =>
  execFileSync('node', ['--input-type=module', '-e', code], { cwd: project.dir, encoding: 'utf8' }).trim();

before(() => {
  project = packAndInstall();
});
after(() => {
  if (project && !process.env.KEEP_SCRATCH && !process.env.CKW_SCRATCH) rmSync(project.dir, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('ships the npm ESM with types and maps, the CDN bundles, the schema and the manifest', () => {
    for (const file of [
      'dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'dist/core.js', 'dist/template/index.js',
      'dist/template/index.d.ts', 'dist/chatkit-widgets.js', 'dist/chatkit-widgets.js.map',
      'dist/chatkit-widgets-template.js', 'dist/chatkit-widgets.iife.js', 'dist/chatkit-widgets.iife.js.map',
      'dist/widget.schema.json', 'custom-elements.json', 'package.json', 'src/index.ts',
    ]) {
      assert.ok(project.files.includes(file), `${file} is in the tarball`);
    }
    assert.ok(project.files.some((f) => /^dist\/chunks\/markdown-.*\.js$/.test(f)), 'Markdown is a lazy chunk');
    assert.ok(project.files.some((f) => /^dist\/chunks\/chart-.*\.js$/.test(f)), 'Chart is a lazy chunk');
    assert.ok(project.files.some((f) => /^dist\/chunks\/lucide-.*\.js$/.test(f)), 'the lucide set is a lazy chunk');
    assert.deepEqual(project.files.filter((f) => /^(test|bench|demo|dist\/size)\//.test(f)), []);
  });

  it('every export target exists in the installed package', () => {
    const pkg = JSON.parse(readFileSync(installed('package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>> };
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of targets) assert.doesNotThrow(() => readFileSync(installed(file)), `${subpath} -> ${file}`);
    }
  });

  it('the npm ESM imports only packages it declares as dependencies', () => {
    const pkg = JSON.parse(readFileSync(installed('package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const declared = new Set(Object.keys(pkg.dependencies ?? {}));
    const missing = new Map<string, string>();
    for (const file of project.files.filter((f) => /^dist\/(?!chunks\/|size\/|chatkit-widgets)[^]*\.js$/.test(f))) {
      const imports = /^(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
      for (const [, from, bare, dynamic] of readFileSync(installed(file), 'utf8').matchAll(imports)) {
        const specifier = (from ?? bare ?? dynamic)!;
        if (specifier.startsWith('.')) continue;
        const name = specifier.match(/^(@[^/]+\/[^/]+|[^/]+)/)![1]!;
        if (!name.startsWith('node:') && !declared.has(name)) missing.set(name, file);
      }
    }
    assert.deepEqual(Object.fromEntries(missing), {}, 'every bare import is in "dependencies" (package -> first file importing it)');
  });

  it('bundles ship Lit in production mode and no eval', () => {
    for (const file of ['dist/chatkit-widgets.js', 'dist/chatkit-widgets.iife.js']) {
      const code = readFileSync(installed(file), 'utf8');
      assert.ok(!code.includes('Lit is in dev mode'), `${file} has no Lit dev-mode warning`);
      assert.ok(!/\bnew Function\(|\beval\(/.test(code), `${file} has no eval`);
    }
  });

  it('the .d.ts declare the element tags and the typed event map', () => {
    const declarations = project.files.filter((f) => f.endsWith('.d.ts')).map((f) => readFileSync(installed(f), 'utf8')).join('\n');
    assert.match(declarations, /'ck-widget': CkWidget/);
    assert.match(declarations, /'ck-thread': CkThread/);
    for (const event of ['ck-action', 'ck-effect', 'ck-error', 'ck-log', 'ck-response-start', 'ck-response-end', 'ck-thread-change']) {
      assert.match(declarations, new RegExp(`'${event}': `), `${event} in HTMLElementEventMap`);
    }
  });
});

describe('Node imports', () => {
  it('chatkit-widgets/template builds a widget with no DOM globals at all', () => {
    const out = node(`
      if (typeof document !== 'undefined' || typeof customElements !== 'undefined') throw new Error('DOM present');
      const { WidgetTemplate } = await import('chatkit-widgets/template');
      if (typeof customElements !== 'undefined' || typeof HTMLElement !== 'undefined') throw new Error('DOM shimmed');
      const template = WidgetTemplate.fromDefinition({ version: '1.0', name: 'greet', jsonSchema: {},
        template: '{"type":"Card","children":[{"type":"Text","value":{{ name | tojson }}}]}' });
      console.log(JSON.stringify(template.build({ name: 'Ada <b>' })));`);
    assert.deepEqual(JSON.parse(out), { type: 'Card', children: [{ type: 'Text', value: 'Ada <b>' }] });
  });

  it('chatkit-widgets imports in Node (Lit server build) and validates widgets', () => {
    const out = node(`
      const ckw = await import('chatkit-widgets');
      const parsed = ckw.parseNode({ type: 'Text', value: 'hi' });
      console.log(JSON.stringify({ widget: customElements.get('ck-widget') === ckw.CkWidget,
        thread: customElements.get('ck-thread') === ckw.CkThread, template: typeof ckw.WidgetTemplate, valid: parsed.ok, invalid: ckw.parseNode({ type: 'Text' }).ok }));`);
    const result = JSON.parse(out) as Record<string, unknown>;
    assert.equal(result.widget, true);
    assert.equal(result.thread, true);
    assert.equal(result.template, 'function');
    assert.equal(result.valid, true);
    assert.equal(result.invalid, false);
  });
});

describe('TypeScript consumer', () => {
  it('resolves the types through exports (nodenext) and types elements, events and templates', () => {
    writeFileSync(join(project.dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true,
        lib: ['ES2023', 'DOM', 'DOM.Iterable'], skipLibCheck: true, types: [] },
      files: ['consumer.ts'],
    }));
    writeFileSync(join(project.dir, 'consumer.ts'), readFileSync(new URL('./consumer.ts.txt', import.meta.url), 'utf8'));
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync('node', [tsc, '-p', 'tsconfig.json'], { cwd: project.dir, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    assert.equal(output, '', 'the consumer type-checks');
  });
});

describe('Chromium', () => {
  let reports: Record<string, PageReport>;
  before(async () => {
    reports = await loadPages(project.dir);
  });

  it('the CDN ESM renders a widget and loads the Markdown chunk beside it', () => {
    const page = reports['cdn-esm']!;
    assert.deepEqual(page.errors, []);
    assert.match(page.text, /Order shipped/);
    assert.match(page.text, /Bold words/);
  });

  it('the IIFE loaded twice registers once and renders', () => {
    const page = reports['iife-twice']!;
    assert.deepEqual(page.errors, []);
    assert.match(page.text, /Order shipped/);
    assert.equal(page.result, 'function/function');
  });

  it('the npm entries, bundled by esbuild from the installed package, render and build a template', () => {
    const page = reports['bundled-npm']!;
    assert.deepEqual(page.errors, []);
    assert.match(page.text, /Hello Ada/);
  });
});
