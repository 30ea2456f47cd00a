import { expect } from '@esm-bundle/chai';
import { safeImageUrl, safeLinkUrl } from '../../src/style/url-policy.js';
import './dom-safe-failures.js';

describe('URL policy in the page', () => {
  it('resolves against the page URL by default', () => {
    expect(safeImageUrl('/a.png')).to.equal(new URL('/a.png', location.href).href);
    expect(safeImageUrl('https://evil.example/a.png')).to.equal(undefined);
    expect(safeLinkUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
