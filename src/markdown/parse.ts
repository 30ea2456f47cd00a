/**
 * Markdown source -> marked token tree (GFM), bounded in time and stack. Only marked's
 * lexer is used; its HTML renderer never runs. Pure: no DOM.
 */
import { Lexer } from 'marked';
import type { Token } from 'marked';
import { splitInlineSource, splitIntoBlockChunks } from './chunks.js';
import { MAX_MARKDOWN_LENGTH } from './limits.js';
import { flattenDeepNesting } from './nesting-guard.js';
import { completeStreamingTail } from './streaming-tail.js';

export type ParsedMarkdown =
  | { kind: 'tokens'; tokens: Token[] }
  | { kind: 'too-long'; length: number; limit: number }
  | { kind: 'failed'; message: string };

export interface ParseOptions {
  /** The source is partial: complete its unfinished tail instead of showing raw delimiters. */
  streaming?: boolean;
}

function lex(source: string): Token[] {
  const lexer = new Lexer({ gfm: true, breaks: false, pedantic: false, silent: true });
  const blocks: Token[] = [];
  // One lexer for every piece: link reference definitions still apply document-wide.
  for (const chunk of splitIntoBlockChunks(source)) lexer.blockTokens(chunk, blocks);
  for (const { src, tokens } of lexer.inlineQueue) {
    lexer.state.inRawBlock = false;
    for (const piece of splitInlineSource(src)) lexer.inlineTokens(piece, tokens);
  }
  lexer.inlineQueue = [];
  return blocks;
}

/** Parses `source`; too-long input and parser failures come back as values, never throws. */
export function parseMarkdown(source: string, options: ParseOptions = {}): ParsedMarkdown {
  if (source.length > MAX_MARKDOWN_LENGTH) {
    return { kind: 'too-long', length: source.length, limit: MAX_MARKDOWN_LENGTH };
  }
  let text = source.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\ufffd');
  if (options.streaming) text = completeStreamingTail(text);
  try {
    return { kind: 'tokens', tokens: lex(flattenDeepNesting(text)) };
  } catch (error) {
    // A stack overflow or a parser bug must not take the widget down: show the text instead.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'failed', message };
  }
}
