/**
 * The id a named control carries so a Label's `fieldName` can point at it. Ids live in the widget's
 * shadow root, so payload names can never clobber the page's globals; characters are escaped so the
 * id stays one token.
 */
export function fieldId(name: string): string {
  return `ck-field-${name.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.codePointAt(0)}_`)}`;
}
