// The core entry (`<ck-widget>` alone) must not carry the ChatKit protocol client: a standalone widget
// loads it on its first server action. Bundled here with esbuild (code splitting) to read which source
// modules a page gets up front (the entry and the chunks it imports statically) and which only on demand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';

async function coreGraph(): Promise<{ upfront: Set<string>; onDemand: Set<string> }> {
  const { metafile } = await build({
    entryPoints: ['src/core.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: join(tmpdir(), 'ckw-core-lazy-client'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === 'src/core.ts')!;
  const upfrontOutputs = new Set<string>();
  const visit = (name: string): void => {
    if (upfrontOutputs.has(name)) return;
    upfrontOutputs.add(name);
    for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const upfront = new Set<string>();
  const onDemand = new Set<string>();
  for (const [name, output] of Object.entries(outputs)) {
    for (const input of Object.keys(output.inputs)) (upfrontOutputs.has(name) ? upfront : onDemand).add(input);
  }
  return { upfront, onDemand };
}

describe('core entry: the protocol client loads on demand', () => {
  it('the thread controller, protocol client, SSE parser, wire schemas and reducer are not loaded up front', async () => {
    const { upfront, onDemand } = await coreGraph();
    for (const module of ['src/dispatch/thread-controller.ts', 'src/protocol/client.ts', 'src/protocol/sse.ts', 'src/protocol/schemas.ts', 'src/protocol/requests.ts', 'src/thread/reducer.ts']) {
      assert.ok(!upfront.has(module), `${module} is not in the core's up-front code`);
      assert.ok(onDemand.has(module), `${module} is in a lazy chunk`);
    }
    // applyUpdate stays synchronous: the widget-update helper is small and imports no reducer.
    assert.ok(upfront.has('src/thread/widget-updates.ts'));
    assert.ok(upfront.has('src/dispatch/load-controller.ts'));
  });
});
