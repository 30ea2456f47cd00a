/**
 * The one error type of the template engine. Its `name` is "WidgetError" because the page
 * contract lets a render reject only with errors of that name; `stage` says which step failed.
 */

export type TemplateStage = 'load' | 'parse' | 'render' | 'json' | 'validate';

export interface TemplateErrorDetails {
  /** Python-style class of the failure, e.g. `TypeError`, `UndefinedError`. */
  kind?: string;
  /** 1-based line and column in the template source (parse, render) or rendered text (json). */
  line?: number;
  column?: number;
  /** A few lines of source around the failure, with a caret under the column. */
  excerpt?: string;
  /** Path of the offending value for validate errors, e.g. `root.children[0].key`. */
  path?: string;
}

export class TemplateError extends Error {
  override readonly name = 'WidgetError';
  readonly stage: TemplateStage;
  readonly kind: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly excerpt: string | undefined;
  readonly path: string | undefined;
  /** The message without stage, position or excerpt. */
  readonly reason: string;

  constructor(stage: TemplateStage, reason: string, details: TemplateErrorDetails = {}) {
    super(formatMessage(stage, reason, details));
    this.stage = stage;
    this.reason = reason;
    this.kind = details.kind ?? defaultKind(stage);
    this.line = details.line;
    this.column = details.column;
    this.excerpt = details.excerpt;
    this.path = details.path;
  }
}

function defaultKind(stage: TemplateStage): string {
  switch (stage) {
    case 'load':
      return 'LoadError';
    case 'parse':
      return 'TemplateSyntaxError';
    case 'render':
      return 'TemplateRuntimeError';
    case 'json':
      return 'JSONDecodeError';
    case 'validate':
      return 'WidgetValidationError';
  }
}

function formatMessage(stage: TemplateStage, reason: string, d: TemplateErrorDetails): string {
  const where = d.line !== undefined ? ` (line ${d.line}, column ${d.column ?? 1})` : '';
  const head = `${stage}: ${d.kind ?? defaultKind(stage)}: ${reason}${where}`;
  return d.excerpt ? `${head}\n${d.excerpt}` : head;
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const EXCERPT_WIDTH = 60;

/**
 * The line holding `offset` (clipped around the column when long), and a caret line under it.
 * Control characters are shown escaped so the excerpt itself stays on two lines.
 */
export function excerptAt(text: string, offset: number): string {
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  let from = lineStart;
  let to = lineEnd;
  if (to - from > EXCERPT_WIDTH) {
    from = Math.max(lineStart, at - EXCERPT_WIDTH / 2);
    to = Math.min(lineEnd, from + EXCERPT_WIDTH);
  }
  const shown = visible(text.slice(from, to));
  const caretPad = visible(text.slice(from, at)).length;
  const prefix = from > lineStart ? '…' : '';
  const suffix = to < lineEnd ? '…' : '';
  return `  ${prefix}${shown}${suffix}\n  ${' '.repeat(prefix.length + caretPad)}^`;
}

function visible(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f]/g, (c) => (c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
