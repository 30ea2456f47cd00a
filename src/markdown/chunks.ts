/**
 * Splits Markdown into pieces the parser handles one at a time. marked is superlinear on a
 * few shapes (a 200 KB lazy blockquote takes minutes), so no single piece may grow large:
 * cost stays proportional to length. Splits prefer block boundaries so output is unchanged.
 */
import { FenceTracker, forEachLine } from './fences.js';
import { BLOCK_CHUNK_HARD, BLOCK_CHUNK_TARGET, INLINE_CHUNK } from './limits.js';

const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;

function isFlush(line: string): boolean {
  return line.length > 0 && line[0] !== ' ' && line[0] !== '\t';
}

/**
 * Splits before a flush line that follows a blank line once a piece reaches `target` chars,
 * or before any flush line (not a table row or setext underline) once it reaches `hard`.
 * Fenced code is never split; a table or a single line longer than `hard` stays whole.
 */
export function splitIntoBlockChunks(
  source: string,
  target: number = BLOCK_CHUNK_TARGET,
  hard: number = BLOCK_CHUNK_HARD,
): string[] {
  if (source.length <= target) return [source];
  const chunks: string[] = [];
  const fences = new FenceTracker();
  let chunkStart = 0;
  let previousBlank = false;
  forEachLine(source, (start, end) => {
    const line = source.slice(start, Math.min(end, start + 512));
    const size = start - chunkStart;
    if (!fences.inside && size >= target && isFlush(line)) {
      const atBlockBoundary = previousBlank;
      const forced = size >= hard && line[0] !== '|' && !SETEXT_UNDERLINE.test(line);
      if (atBlockBoundary || forced) {
        chunks.push(source.slice(chunkStart, start));
        chunkStart = start;
      }
    }
    fences.feed(line);
    previousBlank = line.trim() === '';
  });
  chunks.push(source.slice(chunkStart));
  return chunks;
}

/** Splits the inline text of one block at line breaks or spaces into pieces of at most `max`. */
export function splitInlineSource(text: string, max: number = INLINE_CHUNK): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= start + max / 2) cut = text.lastIndexOf(' ', limit);
    if (cut <= start + max / 2) {
      cut = limit;
      // Never cut a surrogate pair or a backslash escape in half.
      const code = text.charCodeAt(cut - 1);
      if ((code >= 0xd800 && code <= 0xdbff) || text[cut - 1] === '\\') cut--;
    } else {
      cut++; // keep the separator with the piece before it
    }
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}
