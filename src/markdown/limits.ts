/** Limits that keep Markdown rendering bounded in time, stack and DOM size whatever the input. */

/** Sources longer than this are not parsed; a visible placeholder says so instead. */
export const MAX_MARKDOWN_LENGTH = 200_000;

/** Container markers (`>`, list bullets) nested deeper than this on one line are shown as text. */
export const MAX_CONTAINER_DEPTH = 16;

/** Leading indentation beyond this many columns is trimmed, bounding indentation-nested lists. */
export const MAX_INDENT_COLUMNS = 64;

/** The syntax tree is walked at most this deep; deeper content is rendered as its plain text. */
export const MAX_RENDER_DEPTH = 48;

/**
 * At most this many elements are created; the rest of the document is shown as its source
 * text, so a 200 KB source of `*[a](b)` cannot make tens of thousands of DOM nodes.
 */
export const MAX_RENDERED_ELEMENTS = 8_000;

/**
 * The parser runs on pieces of about this size: marked is quadratic on some inputs (lazy
 * blockquote lines, unclosed `<!--`), so bounding the piece bounds the cost per character.
 */
export const BLOCK_CHUNK_TARGET = 4_000;
export const BLOCK_CHUNK_HARD = 8_000;
export const INLINE_CHUNK = 4_000;
