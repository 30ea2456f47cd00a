/**
 * Bounds how deeply the parser can nest before it ever runs: both marked and micromark
 * recurse per container level and overflow the stack on 10^4 nested `>` or list markers.
 * Markers past the limit are backslash-escaped, so the deeper content shows as text.
 */
import { FenceTracker, forEachLine } from './fences.js';
import { MAX_CONTAINER_DEPTH, MAX_INDENT_COLUMNS } from './limits.js';

const ORDERED_MARKER = /^[0-9]{1,9}[.)](?=[ \t]|$)/;

/** Returns the index at which to insert a backslash so the line nests at most `maxDepth`, or -1. */
function excessMarkerIndex(source: string, start: number, end: number, maxDepth: number): number {
  let depth = 0;
  let i = start;
  while (i < end) {
    while (i < end && (source[i] === ' ' || source[i] === '\t')) i++;
    const ch = source[i];
    let markerEnd: number;
    let escapeAt = i;
    if (ch === '>') {
      markerEnd = i + 1;
    } else if ((ch === '-' || ch === '+' || ch === '*') && (i + 1 === end || source[i + 1] === ' ' || source[i + 1] === '\t')) {
      markerEnd = i + 1;
    } else {
      const ordered = ORDERED_MARKER.exec(source.slice(i, Math.min(end, i + 11)));
      if (!ordered) return -1;
      markerEnd = i + ordered[0].length;
      escapeAt = markerEnd - 1; // `1\.` is literal text
    }
    depth++;
    if (depth > maxDepth) return escapeAt;
    i = markerEnd;
  }
  return -1;
}

function indentColumns(source: string, start: number, end: number): { columns: number; length: number } {
  let columns = 0;
  let i = start;
  for (; i < end; i++) {
    if (source[i] === ' ') columns++;
    else if (source[i] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, length: i - start };
}

/** Returns `source` with container nesting capped at `maxDepth` and indentation at `maxIndent`. */
export function flattenDeepNesting(
  source: string,
  maxDepth: number = MAX_CONTAINER_DEPTH,
  maxIndent: number = MAX_INDENT_COLUMNS,
): string {
  const parts: string[] = [];
  let copied = 0;
  const fences = new FenceTracker();
  forEachLine(source, (start, end) => {
    if (fences.feed(source.slice(start, Math.min(end, start + 512)))) return;
    const indent = indentColumns(source, start, end);
    if (indent.columns > maxIndent) {
      parts.push(source.slice(copied, start), ' '.repeat(maxIndent));
      copied = start + indent.length;
    }
    const at = excessMarkerIndex(source, start, end, maxDepth);
    if (at !== -1) {
      parts.push(source.slice(copied, at), '\\');
      copied = at;
    }
  });
  if (copied === 0) return source;
  parts.push(source.slice(copied));
  return parts.join('');
}
