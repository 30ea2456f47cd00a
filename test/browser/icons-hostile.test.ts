import { expect } from '@esm-bundle/chai';
import { render } from 'lit';
import { renderIcon } from '../../src/icons/index.js';
import './dom-safe-failures.js';

// This file runs in its own page: no test here may load the lucide set, so any request for it
// (or for anything a name points at) is a failure.
const requestsSince = (start: number) =>
  performance.getEntriesByType('resource').filter((entry) => entry.startTime >= start).map((entry) => entry.name);

const hostileNames: unknown[] = [
  'no-such-icon', 'lucide:', 'lucide:../../etc/passwd', 'lucide:/etc/passwd', 'lucide:a/../../../../package.json',
  'lucide:http://evil.example/x.svg', 'lucide://evil.example/x', 'lucide:..\\..\\windows\\win.ini',
  'lucide:%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'lucide:%00null', 'lucide:star\u0000', 'lucide:toString',
  'lucide:__defineGetter__', 'lucide:star.svg', 'lucide:  star  ', 'lucide:star?x=<script>',
  'lucide:star#"><img src=x onerror=__pwned()>', 'lucide:data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'lucide:javascript:__pwned()', 'javascript:__pwned()', 'https://evil.example/icon.svg', '<img src=x onerror=alert(1)>',
  `lucide:${'x'.repeat(100_000)}`, '__proto__', 'constructor', 42, null, {}, ['lucide:star', 'http://evil.example/x.svg'],
  { name: 'star', src: 'http://evil.example/i.svg' },
];

describe('Icons: hostile names', () => {
  it('draw a neutral fallback and request nothing', async () => {
    const start = performance.now();
    const host = document.createElement('div');
    document.body.append(host);
    for (const name of hostileNames) {
      render(renderIcon(name), host);
      const svg = host.querySelector('svg')!;
      expect(svg.hasAttribute('data-ck-icon-fallback'), String(name).slice(0, 60)).to.equal(true);
      expect(svg.querySelectorAll('image, use, foreignObject, script').length).to.equal(0);
      expect(host.querySelector('img')).to.equal(null);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requestsSince(start)).to.deep.equal([]);
  });

  it('never shows the name as markup or text', () => {
    const host = document.createElement('div');
    render(renderIcon('<b>bold</b>', { label: '<img src=x onerror=__pwned()>' }), host);
    expect(host.querySelector('b, img')).to.equal(null);
    expect(host.querySelector('svg')?.getAttribute('aria-label')).to.equal('<img src=x onerror=__pwned()>');
  });
});
