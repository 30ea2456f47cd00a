// The type steps (--ck-font-size-xs … -xl) are never declared on an element, so that a step set on
// any ancestor reaches inside; every use must carry the step's default as its fallback, the same
// everywhere, or an unset step would silently lose its size. Styles write `${typeStep.sm}`
// (src/style/tokens.ts); only tokens.ts and the self-contained chart chunk spell a step out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE_STEPS, typeStep } from '../../src/style/tokens.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}
const SRC = new URL('../../src', import.meta.url).pathname;

describe('type steps', () => {
  it('typeStep falls back to each step computed from the base', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(typeStep).map(([step, result]) => [step, result.cssText])),
      Object.fromEntries(Object.entries(TYPE_STEPS).map(([step, fallback]) => [step, `var(--ck-font-size-${step}, ${fallback})`])),
    );
  });

  it('styles use typeStep; only the chart chunk spells a step out, with the same fallback', () => {
    const wrong: string[] = [];
    let uses = 0;
    for (const file of sources(SRC)) {
      if (file.endsWith('style/tokens.ts')) continue;
      const text = readFileSync(file, 'utf8');
      uses += text.match(/\$\{typeStep\.(xs|sm|md|lg|xl)\}/g)?.length ?? 0;
      for (const match of text.matchAll(/var\(--ck-font-size-(xs|sm|md|lg|xl)\b/g)) {
        const step = match[1] as keyof typeof TYPE_STEPS;
        const rest = text.slice(match.index! + match[0].length);
        // The chart chunk is also drawn outside a widget (tested alone), where no base is set.
        const chart = `, ${TYPE_STEPS[step].replace('var(--ck-font-size-base)', 'var(--ck-font-size-base, 16px)')})`;
        if (!(file.endsWith('chart/index.ts') && rest.startsWith(chart))) wrong.push(`${file}: ${match[0]}${rest.slice(0, 60)}`);
      }
    }
    assert.ok(uses > 50, `found ${uses} uses of typeStep`);
    assert.deepEqual(wrong, []);
  });

  it('no element declares a step', () => {
    for (const file of sources(SRC)) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /--ck-font-size-(xs|sm|md|lg|xl)\s*:/, file);
    }
  });
});
