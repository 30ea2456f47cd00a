// Properties that must hold for every input, checked with fast-check: data can never change the
// structure of the JSON a template builds, and Python number formatting is exact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { WidgetTemplate } from '../../src/template/index.js';
import { floatRepr, formatFixed, roundFloat } from '../../src/template/pystr.js';

const card = WidgetTemplate.fromString(
  JSON.stringify({ version: '1.0', name: 'p', template: '{"type":"Card","children":[{"type":"Text","value":{{ v|tojson }}},{"type":"Text","value":{{ d|tojson }}}]}' }),
);

describe('tojson keeps data as data', () => {
  it('any string, however hostile, comes back as the same single string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (v) => {
        const w = card.build({ v, d: null });
        assert.equal(w.children && (w.children as { value: unknown }[])[0]?.value, v);
        assert.equal((w.children as unknown[]).length, 2);
      }),
    );
  });

  it('any JSON value round-trips through tojson', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (d) => {
        const w = card.build({ v: '', d: JSON.parse(JSON.stringify(d)) });
        assert.deepEqual((w.children as { value: unknown }[])[1]?.value, JSON.parse(JSON.stringify(d)));
      }),
    );
  });
});

describe("Python's number formatting", () => {
  it('float repr reads back as the same double and uses Python notation', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = floatRepr(x);
        assert.ok(Object.is(Number(s), x) || (x === 0 && Number(s) === 0), s);
        assert.match(s, /^-?(\d+\.\d+|\d(\.\d+)?e[+-]\d{2,3})$/);
      }),
    );
  });

  it("round() agrees with exact half-to-even rounding of the binary value", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 8 }), (x, n) => {
        assert.equal(roundFloat(x, n), Number(formatFixed(x, n)));
      }),
    );
    // Exact ties go to even; values just off a tie (2.675 is 2.67499999...) go the way their binary value says.
    assert.deepEqual([roundFloat(0.125, 2), roundFloat(0.375, 2), roundFloat(2.675, 2), roundFloat(2.5, 0)], [0.12, 0.38, 2.67, 2]);
  });
});
