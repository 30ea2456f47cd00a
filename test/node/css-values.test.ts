import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cssAspectRatio, cssBorder, cssColor, cssFlex, cssRadius, cssSize, cssSpacing } from '../../src/style/css-values.js';

describe('CSS values: colors', () => {
  it('maps ChatKit tokens to design-token variables by role', () => {
    assert.equal(cssColor('secondary', 'text'), 'var(--ck-color-text-secondary)');
    assert.equal(cssColor('prose', 'text'), 'var(--ck-color-text)');
    assert.equal(cssColor('surface-secondary', 'background'), 'var(--ck-color-surface-secondary)');
    assert.equal(cssColor('subtle', 'border'), 'var(--ck-color-border-subtle)');
  });
  it('maps primitive palette tokens to colors', () => {
    assert.match(cssColor('blue-500') ?? '', /^oklch\(0\.64 0\.19 260\)$/);
    assert.equal(cssColor('gray-100'), 'oklch(0.94 0 0)');
    assert.equal(cssColor('blue-12345'), undefined);
  });
  it('accepts CSS colors and {light, dark}', () => {
    assert.equal(cssColor('#ff0000'), '#ff0000');
    assert.equal(cssColor('rgb(1 2 3 / 50%)'), 'rgb(1 2 3 / 50%)');
    assert.equal(cssColor('RebeccaPurple'), 'rebeccapurple');
    assert.equal(cssColor({ light: '#fff', dark: '#000' }), 'light-dark(#fff, #000)');
  });
  for (const hostile of [
    'red; outline: rgb(1,2,3)',
    'red}body{outline:rgb(1,2,3)',
    'url(https://evil.example/x.png)',
    'var(--host-secret)',
    'expression(alert(1))',
    '@import "x"',
    '\\72 ed',
    'red !important',
    'rgb(1,2,3) url(x)',
    { light: 'red', dark: 'url(x)' },
    { light: { light: 'red', dark: 'red' }, dark: 'red' },
    ['red'],
    42,
  ]) {
    it(`refuses ${JSON.stringify(hostile)}`, () => assert.equal(cssColor(hostile), undefined));
  }
});

describe('CSS values: lengths', () => {
  it('spacing numbers are steps of the scale', () => {
    assert.equal(cssSpacing(4), 'calc(var(--ck-space-unit, 4px) * 4)');
    assert.equal(cssSpacing(0), '0');
    assert.equal(cssSpacing('12px'), '12px');
    assert.equal(cssSpacing('1.5rem'), '1.5rem');
    assert.equal(cssSpacing(-2), undefined);
    assert.equal(cssSpacing(-2, { allowNegative: true }), 'calc(var(--ck-space-unit, 4px) * -2)');
  });
  it('sizes are pixels or CSS lengths', () => {
    assert.equal(cssSize(120), '120px');
    assert.equal(cssSize('50%'), '50%');
    assert.equal(cssSize('auto'), 'auto');
    assert.equal(cssSize('10px; position: fixed'), undefined);
    assert.equal(cssSize(1e12), undefined);
    assert.equal(cssSize(Number.NaN), undefined);
    assert.equal(cssSize('calc(100vw + 1px)'), undefined);
  });
  it('radius, flex, aspect ratio and borders', () => {
    assert.equal(cssRadius('md'), 'var(--ck-radius-md)');
    assert.equal(cssRadius('full'), '9999px');
    assert.equal(cssRadius('evil'), undefined);
    assert.equal(cssFlex(1), '1');
    assert.equal(cssFlex('1 1 auto'), '1 1 auto');
    assert.equal(cssFlex('1; color: red'), undefined);
    assert.equal(cssAspectRatio('16/9'), '16 / 9');
    assert.equal(cssAspectRatio(0), undefined);
    assert.equal(cssBorder(1), '1px solid var(--ck-color-border)');
    assert.equal(cssBorder({ size: 2, color: 'subtle', style: 'dashed' }), '2px dashed var(--ck-color-border-subtle)');
    assert.equal(cssBorder({ size: 2, color: 'url(x)' }), undefined);
  });
});
