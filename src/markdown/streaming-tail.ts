/**
 * Makes the end of a partial (still streaming) Markdown source render the way it will once
 * complete, so text does not flip between literal `**` and bold on every delta. An open fence
 * needs nothing (CommonMark runs it to the end of the document); an unfinished link or image
 * shows only its text, so no half-typed URL is ever requested or linked.
 */
import { FenceTracker, forEachLine } from './fences.js';

// `[text](dest` or `![alt](dest` with the destination still being typed, at the very end.
const UNFINISHED_LINK = /(!?)\[([^\[\]\n]*)\]\([^()\s]*$/;
// `[text` or `![alt` whose closing bracket has not arrived yet, at the very end.
const UNFINISHED_LABEL = /(!?)\[([^\[\]\n]*)$/;

interface Opener {
  closer: string;
  at: number;
}

/** Emphasis and code delimiters left open in `text`, innermost (latest) first. */
function openDelimiters(text: string): Opener[] {
  let code = 0;
  let codeAt = 0;
  const open = new Map<string, number>();
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch !== '`' && ch !== '*' && ch !== '~') {
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === ch) run++;
    if (ch === '`') {
      if (code === 0) {
        code = run;
        codeAt = i;
      } else if (run === code) {
        code = 0;
      }
    } else if (code === 0) {
      const lineStart = i === 0 || text[i - 1] === '\n';
      const bullet = ch === '*' && run === 1 && lineStart && text[i + 1] === ' ';
      const delimiter = ch === '~' ? (run === 2 ? '~~' : '') : run === 2 ? '**' : run === 1 && !bullet ? '*' : '';
      if (delimiter !== '') {
        if (open.has(delimiter)) open.delete(delimiter);
        else open.set(delimiter, i);
      }
    }
    i += run;
  }
  const openers: Opener[] = [...open].map(([closer, at]) => ({ closer, at }));
  if (code > 0) openers.push({ closer: '`'.repeat(code), at: codeAt });
  return openers.sort((a, b) => b.at - a.at);
}

/** Returns `source` with its trailing unfinished inline syntax completed or reduced to text. */
export function completeStreamingTail(source: string): string {
  const fences = new FenceTracker();
  forEachLine(source, (start, end) => {
    fences.feed(source.slice(start, Math.min(end, start + 512)));
  });
  if (fences.inside) return source;

  const blockStart = source.lastIndexOf('\n\n') + 1;
  const head = source.slice(0, blockStart);
  let tail = source.slice(blockStart);
  tail = tail.replace(UNFINISHED_LINK, (_m, bang: string, label: string) => (bang ? '' : label));
  tail = tail.replace(UNFINISHED_LABEL, (_m, bang: string, label: string) => (bang ? '' : label));
  tail = tail.replace(/[ \t]+$/, '');
  // A lone trailing delimiter is most likely the start of a word still coming: drop it.
  tail = tail.replace(/(?:^|(?<=\s))(?:\*{1,3}|~~|`+)$/, '');
  const closers = openDelimiters(tail).map((o) => o.closer);
  return head + tail + closers.join('');
}
