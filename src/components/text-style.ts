import { css, html } from 'lit';
import { cssColor } from '../style/css-values.js';
import type { StyleRecord } from './box-style.js';
import { typeStep } from '../style/tokens.js';

const WEIGHTS: Record<string, string> = { normal: '400', medium: '500', semibold: '600', bold: '700' };
const ALIGNS: Record<string, string> = { start: 'start', center: 'center', end: 'end' };

interface TextProps {
  color?: unknown;
  weight?: unknown;
  textAlign?: unknown;
  truncate?: unknown;
  maxLines?: unknown;
}

/** Typography shared by Text, Title, Caption and Label: color, weight, alignment, truncation, clamping. */
export function textStyle(node: TextProps, defaultColor?: string): { style: StyleRecord; classes: string } {
  const style: StyleRecord = {
    color: cssColor(node.color, 'text') ?? defaultColor,
    'font-weight': typeof node.weight === 'string' && Object.hasOwn(WEIGHTS, node.weight) ? WEIGHTS[node.weight] : undefined,
    'text-align': typeof node.textAlign === 'string' && Object.hasOwn(ALIGNS, node.textAlign) ? ALIGNS[node.textAlign] : undefined,
  };
  let classes = '';
  if (node.truncate === true) classes += ' truncate';
  if (typeof node.maxLines === 'number' && Number.isInteger(node.maxLines) && node.maxLines > 0 && node.maxLines <= 1000) {
    classes += ' clamp';
    style['-webkit-line-clamp'] = String(node.maxLines);
  }
  return { style, classes };
}

/** Text longer than the render limit is cut, with a visible note, instead of freezing layout. */
export function limitText(value: string, max: number): { text: string | unknown[]; cut: number } {
  return value.length > max ? { text: breakable(value.slice(0, max)), cut: value.length - max } : { text: breakable(value), cut: 0 };
}

/** The longest run of non-space characters laid out as one piece (see `breakable`). */
const MAX_RUN = 80;
const LONG_RUN = /\S{81,}/g;
const WBR = html`<wbr>`;

/**
 * Text whose runs of non-space characters are longer than `MAX_RUN` gets a `<wbr>` every `MAX_RUN`
 * characters inside them. With `overflow-wrap: anywhere`, Chromium's line breaking is quadratic in
 * the length of one unbroken word for some fonts (25,000 × "A" in DejaVu Sans: 1.6 s of layout; with
 * the breaks: 21 ms). Copied text is unchanged: `<wbr>` adds no characters.
 */
export function breakable(text: string): string | unknown[] {
  if (text.length <= MAX_RUN) return text;
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(text)) return text;
  const parts: unknown[] = [];
  let last = 0;
  LONG_RUN.lastIndex = 0;
  for (const match of text.matchAll(LONG_RUN)) {
    const end = match.index + match[0].length;
    let at = match.index;
    while (end - at > MAX_RUN) {
      let cut = at + MAX_RUN;
      const code = text.charCodeAt(cut);
      if (code >= 0xdc00 && code <= 0xdfff) cut--; // never split a surrogate pair
      parts.push(text.slice(last, cut), WBR);
      last = at = cut;
    }
  }
  parts.push(text.slice(last));
  return parts;
}

/** Badge and button labels are one line: past this many characters they end in an ellipsis. */
export const MAX_LABEL_LENGTH = 1_000;

/** A label cut to `MAX_LABEL_LENGTH` characters with an ellipsis, so a 5 MB label costs no layout. */
export function limitLabel(value: string): string {
  return value.length > MAX_LABEL_LENGTH ? `${value.slice(0, MAX_LABEL_LENGTH)}…` : value;
}

export const textStyles = css`
  .text,
  .title,
  .caption {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .truncate {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .text.size-xs { font-size: ${typeStep.xs}; line-height: 1.4; }
  .text.size-sm { font-size: ${typeStep.sm}; line-height: 1.45; }
  .text.size-md { font-size: ${typeStep.md}; line-height: 1.5; }
  .text.size-lg { font-size: ${typeStep.lg}; line-height: 1.5; }
  .text.size-xl { font-size: ${typeStep.xl}; line-height: 1.45; }
  .title {
    color: var(--ck-color-text-emphasis);
    font-weight: 600;
    line-height: 1.25;
    letter-spacing: -0.01em;
  }
  .title.size-sm { font-size: ${typeStep.md}; }
  .title.size-md { font-size: ${typeStep.lg}; }
  .title.size-lg { font-size: calc(var(--ck-font-size-base) * 1.375); }
  .title.size-xl { font-size: calc(var(--ck-font-size-base) * 1.625); }
  .title.size-2xl { font-size: calc(var(--ck-font-size-base) * 2); }
  .title.size-3xl { font-size: calc(var(--ck-font-size-base) * 2.5); }
  .title.size-4xl { font-size: calc(var(--ck-font-size-base) * 3); }
  .title.size-5xl { font-size: calc(var(--ck-font-size-base) * 3.75); }
  .caption {
    color: var(--ck-color-text-secondary);
  }
  .caption.size-sm { font-size: ${typeStep.xs}; }
  .caption.size-md { font-size: ${typeStep.sm}; }
  .caption.size-lg { font-size: ${typeStep.md}; }
  .text-cut {
    color: var(--ck-color-text-tertiary);
    font-size: ${typeStep.xs};
  }
  .streaming-caret::after {
    content: '';
    display: inline-block;
    width: 0.5em;
    height: 1em;
    margin-inline-start: 2px;
    vertical-align: text-bottom;
    background: currentColor;
    opacity: 0.5;
    animation: ck-caret 1s steps(2) infinite;
  }
  @keyframes ck-caret {
    50% { opacity: 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .streaming-caret::after { animation: none; }
  }
`;
