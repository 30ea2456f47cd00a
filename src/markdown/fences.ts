/**
 * Tracks whether a line-by-line scan is inside a fenced code block (flush or indented up
 * to 3 spaces), so the source guards never rewrite or split code.
 */

const OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

export class FenceTracker {
  private open: string | undefined;

  /** True while the last line fed opened or continued a fence that has not closed yet. */
  get inside(): boolean {
    return this.open !== undefined;
  }

  /** Feeds one line (without its newline); returns true when that line belongs to a fence. */
  feed(line: string): boolean {
    if (this.open !== undefined) {
      const close = CLOSING.exec(line);
      const run = close?.[1];
      if (run !== undefined && run[0] === this.open[0] && run.length >= this.open.length) this.open = undefined;
      return true;
    }
    const open = OPENING.exec(line);
    const run = open?.[1];
    // A backtick fence's info string may not contain backticks (CommonMark 4.5).
    if (run === undefined || (run[0] === '`' && (open?.[2] ?? '').includes('`'))) return false;
    this.open = run;
    return true;
  }
}

/** Calls `visit(start, end)` for every line of `source` (end excludes the newline). */
export function forEachLine(source: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    visit(start, end);
    if (newline === -1) break;
    start = newline + 1;
  }
}
