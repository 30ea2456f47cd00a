// Imported for its side effect: a root afterEach hook for the test file that imports it.
/**
 * web-test-runner cannot send a failed assertion whose `actual`/`expected` holds a DOM node (its
 * structuredClone throws, modernweb-dev/web#2967): the result never arrives and the run looks like a
 * frozen page until testsFinishTimeout. Failed tests get those values as text instead.
 */
function cloneable(value: unknown, depth = 0): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    if (value instanceof Element) return value.outerHTML.length > 300 ? `${value.outerHTML.slice(0, 300)}…` : value.outerHTML;
    if (value instanceof Node) return `${value.nodeName}: ${value.textContent ?? ''}`;
    if (Array.isArray(value) && depth < 3) return value.map((entry) => cloneable(entry, depth + 1));
    return String(value);
  }
}
afterEach(function reportDomValuesAsText(this: Mocha.Context) {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  if ('actual' in err) err.actual = cloneable(err.actual);
  if ('expected' in err) err.expected = cloneable(err.expected);
});

export {};
