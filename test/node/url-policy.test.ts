import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { safeImageUrl, safeLinkUrl, setUrlPolicy } from '../../src/style/url-policy.js';

const base = 'https://app.example/page/';

describe('URL policy: images', () => {
  afterEach(() => setUrlPolicy({}));

  it('allows same-origin and relative images', () => {
    assert.equal(safeImageUrl('/img/a.png', base), 'https://app.example/img/a.png');
    assert.equal(safeImageUrl('b.png', base), 'https://app.example/page/b.png');
  });

  it('allows data:image URLs and refuses other data: types', () => {
    assert.equal(safeImageUrl('data:image/png;base64,AAAA', base), 'data:image/png;base64,AAAA');
    assert.equal(safeImageUrl('data:text/html,<script>alert(1)</script>', base), undefined);
  });

  it('refuses off-origin images unless the host allows the origin', () => {
    assert.equal(safeImageUrl('https://evil.example/x.png', base), undefined);
    assert.equal(safeImageUrl('//evil.example/x.png', base), undefined);
    setUrlPolicy({ imageOrigins: ['https://cdn.example'] });
    assert.equal(safeImageUrl('https://cdn.example/x.png', base), 'https://cdn.example/x.png');
    assert.equal(safeImageUrl('https://evil.example/x.png', base), undefined);
    setUrlPolicy({ imageOrigins: '*' });
    assert.equal(safeImageUrl('https://evil.example/x.png', base), 'https://evil.example/x.png');
  });

  for (const hostile of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\u0000script:alert(1)',
    '\u001fjavascript:alert(1)',
    ' //evil.example/x.png',
    'https:\\\\evil.example\\x.png',
    '\\\\evil.example/x.png',
    'https://app.example@evil.example/x.png',
    'https://user:pw@app.example/x.png',
    'vbscript:msgbox(1)',
    'blob:https://app.example/123',
    'file:///etc/passwd',
  ]) {
    it(`refuses ${JSON.stringify(hostile)}`, () => {
      assert.equal(safeImageUrl(hostile, base), undefined);
      assert.equal(safeLinkUrl(hostile, base), undefined);
    });
  }

  it('refuses non-strings', () => {
    assert.equal(safeImageUrl({ toString: () => 'x.png' }, base), undefined);
    assert.equal(safeImageUrl(42, base), undefined);
  });
});

describe('URL policy: links', () => {
  it('allows http, https and mailto', () => {
    assert.equal(safeLinkUrl('https://openai.com/x', base), 'https://openai.com/x');
    assert.equal(safeLinkUrl('http://example.com/', base), 'http://example.com/');
    assert.equal(safeLinkUrl('mailto:a@b.c', base), 'mailto:a@b.c');
    assert.equal(safeLinkUrl('/docs', base), 'https://app.example/docs');
  });
  it('refuses data: and other schemes', () => {
    assert.equal(safeLinkUrl('data:text/html,hi', base), undefined);
    assert.equal(safeLinkUrl('ftp://x.example/', base), undefined);
  });
});
