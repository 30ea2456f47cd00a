import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { icons as lucideIcons } from 'lucide';
import { widgetIconNames } from '../../src/schema/icon-names.js';
import { chatkitIcons, chatkitGlyph } from '../../src/icons/chatkit-icons.js';
import { lucideGlyph } from '../../src/icons/lucide-set.js';
import { lucideExportName, resolveIconName, MAX_LUCIDE_NAME_LENGTH } from '../../src/icons/icon-name.js';

const DRAWABLE_TAGS = new Set(['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse']);

describe('Icons: every ChatKit icon name has a lucide glyph', () => {
  it('maps each of the ChatKit names, and nothing else', () => {
    for (const name of widgetIconNames) {
      const glyph = chatkitGlyph(name);
      assert.ok(glyph, `no glyph for ChatKit icon "${name}"`);
      assert.ok(glyph.node.length > 0, `empty glyph for "${name}"`);
      for (const [tag] of glyph.node) assert.ok(DRAWABLE_TAGS.has(tag), `"${name}" uses <${tag}>`);
    }
    assert.deepEqual(Object.keys(chatkitIcons).sort(), [...widgetIconNames].sort());
  });

  it('draws the filled variants filled and the outline ones outlined', () => {
    assert.equal(chatkitGlyph('star-filled')?.paint, 'solid');
    assert.equal(chatkitGlyph('star')?.paint, 'outline');
    assert.equal(chatkitGlyph('check-circle-filled')?.paint, 'badge');
    assert.equal(chatkitGlyph('star-filled')?.node, chatkitGlyph('star')?.node);
  });

  it('resolves ChatKit names to their glyph', () => {
    const ref = resolveIconName('agent');
    assert.equal(ref.kind, 'chatkit');
    assert.equal(ref.kind === 'chatkit' && ref.glyph, chatkitIcons.agent);
  });
});

describe('Icons: lucide:<name> references', () => {
  it('turns kebab names into the export names of lucide\'s icon set', () => {
    assert.equal(lucideExportName('a-arrow-down'), 'AArrowDown');
    assert.equal(lucideExportName('arrow-down-0-1'), 'ArrowDown01');
    assert.equal(lucideExportName('star'), 'Star');
  });

  it('finds real lucide icons by their kebab name', () => {
    for (const name of ['star', 'rocket', 'chart-spline', 'arrow-down-0-1', 'circle-check-big']) {
      const ref = resolveIconName(`lucide:${name}`);
      assert.equal(ref.kind, 'lucide', name);
      assert.ok(ref.kind === 'lucide' && Object.hasOwn(lucideIcons, ref.exportName), `lucide has no ${name}`);
    }
  });

  it('finds no glyph for well-formed names that are prototype members, not icons', () => {
    const ref = resolveIconName('lucide:constructor');
    assert.equal(ref.kind, 'lucide');
    assert.equal(ref.kind === 'lucide' && lucideGlyph(lucideIcons, ref.exportName), undefined);
    assert.equal(lucideGlyph(lucideIcons, 'Constructor'), undefined);
    assert.equal(lucideGlyph(lucideIcons, 'toString'), undefined);
    assert.equal(lucideGlyph(lucideIcons, '__proto__'), undefined);
  });

  it('accepts a name of exactly the maximum length and refuses one character more', () => {
    const longest = 'a'.repeat(MAX_LUCIDE_NAME_LENGTH);
    assert.equal(resolveIconName(`lucide:${longest}`).kind, 'lucide');
    assert.equal(resolveIconName(`lucide:${longest}a`).kind, 'invalid');
  });
});

describe('Icons: hostile names are refused before anything loads', () => {
  const handWritten: unknown[] = [
    'no-such-icon', 'lucide:', 'lucide:../../etc/passwd', 'lucide:/etc/passwd', 'lucide:http://evil.example/x.svg',
    'lucide://evil.example/x', 'lucide:toString', 'lucide:__proto__', 'lucide:__defineGetter__',
    'lucide:star.svg', 'lucide:  star  ', 'lucide:Star', 'lucide:star?x=<script>', 'lucide:star#"><img src=x>',
    'lucide:%2e%2e%2fetc', 'lucide:star\u0000', 'lucide:star--x', 'lucide:-star', 'javascript:alert(1)',
    'https://evil.example/icon.svg', 'constructor', '__proto__', 'hasOwnProperty', 'vendor:thing',
    `lucide:${'x'.repeat(100_000)}`, 'x'.repeat(10_000_000), 42, null, undefined, {}, ['lucide:star'],
    { name: 'star', src: 'http://evil.example/i.svg' }, Symbol('star'),
  ];
  for (const name of handWritten) {
    it(`refuses ${typeof name === 'string' ? JSON.stringify(name.slice(0, 40)) : String(typeof name)}`, () => {
      assert.deepEqual(resolveIconName(name), { kind: 'invalid' });
    });
  }

  it('refuses every icon name in the hostile corpus', () => {
    const corpus = JSON.parse(
      readFileSync(new URL('../../../shared/corpus/hostile/corpus.json', import.meta.url), 'utf8'),
    ) as Array<{ category: string; widget: unknown }>;
    const names: unknown[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (node === null || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'name' && (node as { type?: unknown }).type === 'Icon') names.push(value);
        else if (key === 'iconStart' || key === 'iconEnd') names.push(value);
        else collect(value);
      }
    };
    for (const testCase of corpus.filter((c) => c.category === 'icon')) collect(testCase.widget);
    assert.ok(names.length >= 20, `only ${names.length} icon names found in the corpus`);
    for (const name of names) {
      const ref = resolveIconName(name);
      // A generated huge string ({gen: …}) is an object here, refused all the same. A well-formed
      // name like `lucide:constructor` may pass the syntax check but must find no glyph.
      const drawable = ref.kind === 'chatkit' || (ref.kind === 'lucide' && lucideGlyph(lucideIcons, ref.exportName));
      assert.ok(!drawable, `accepted ${JSON.stringify(name)?.slice(0, 80)}`);
    }
  });
});
