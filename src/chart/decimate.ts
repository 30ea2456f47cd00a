/**
 * A line or area with more rows than pixel columns is drawn from at most four rows per column:
 * first, lowest, highest and last, in row order. The silhouette is the same; the path string is
 * thousands of points shorter (a 10,000-point monotone path takes ~100 ms to build, this ~1 ms).
 */
import type { SeriesExtents } from './stack.js';

/** Row indices to draw, in order; `undefined` marks a gap (a column that had a missing value). */
export function decimateRows(extents: SeriesExtents, columns: number): Array<number | undefined> {
  const rows = extents.length;
  const buckets = Math.max(1, Math.floor(columns));
  if (rows <= buckets * 4) return extents.map((extent, row) => (extent ? row : undefined));
  const out: Array<number | undefined> = [];
  let row = 0;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const end = Math.floor(((bucket + 1) * rows) / buckets);
    let first = -1, last = -1, low = -1, high = -1, gap = false;
    for (; row < end; row++) {
      const extent = extents[row];
      if (!extent) { gap = true; continue; }
      if (first < 0) first = low = high = row;
      last = row;
      if (extent[1] < extents[low]![1]) low = row;
      if (extent[1] > extents[high]![1]) high = row;
    }
    if (first >= 0) for (const pick of [...new Set([first, low, high, last])].sort((a, b) => a - b)) out.push(pick);
    if (gap) out.push(undefined);
  }
  return out;
}
