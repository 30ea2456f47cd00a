/**
 * An incremental parser for `text/event-stream` bodies, following the WHATWG HTML standard
 * ("Parsing an event stream" / "Interpreting an event stream") byte for byte.
 *
 * Bytes go in as they arrive (any chunking: CRLF pairs, multi-byte UTF-8 characters and the BOM
 * may be split anywhere); complete events come out. Pending data at the end of the body is
 * discarded, as the standard says: a frame cut before its blank line is never applied.
 */

/** One dispatched event. `type` is `"message"` when the stream named none. */
export interface SseMessage {
  type: string;
  data: string;
  lastEventId: string;
}

const LF = 10;
const CR = 13;

/**
 * The default bound on one event: its data plus any unterminated line, in UTF-16 code units
 * (characters). 8 Mi characters fits a widget with thousands of rows or an inline generated image
 * (a `data:` URL of a few MB); a ChatKit frame past it is a fault, not content.
 */
export const DEFAULT_MAX_EVENT_LENGTH = 8 * 1024 * 1024;

export interface SseParserOptions {
  /** Largest event (data plus the line being read) in characters; past it `feed` throws. Default 8 Mi. */
  maxEventLength?: number;
}

/** Thrown by `SseParser.feed` when one event grows past `maxEventLength`; the parser is then spent. */
export class SseEventTooLargeError extends Error {
  override readonly name = 'SseEventTooLargeError';
  constructor(readonly limit: number) {
    super(`an event is larger than ${limit} characters`);
  }
}

export class SseParser {
  /** The last reconnection time a valid `retry:` field set, or null. */
  retry: number | null = null;

  // Streaming decoder: keeps partial UTF-8 sequences between chunks and strips one leading BOM.
  private readonly decoder = new TextDecoder('utf-8');
  private readonly maxEventLength: number;
  // The unterminated line being read. Only new chunks are searched for line ends, never this text,
  // so a long line arriving in many chunks costs time linear in its length (appending builds a
  // rope; it is flattened once, when the line ends). Re-scanning a growing buffer was quadratic.
  private pending = '';
  // A chunk ended on CR: if the next one starts with LF, that LF belongs to the same line end.
  private afterCr = false;
  private data = '';
  private hasData = false;
  private eventType = '';
  private lastEventIdBuffer = '';

  constructor(
    private readonly onMessage: (message: SseMessage) => void,
    options: SseParserOptions = {},
  ) {
    this.maxEventLength = options.maxEventLength ?? DEFAULT_MAX_EVENT_LENGTH;
  }

  /** Feeds the next chunk of the body. Throws `SseEventTooLargeError` when an event outgrows the limit. */
  feed(chunk: Uint8Array): void {
    this.pushText(this.decoder.decode(chunk, { stream: true }));
  }

  /**
   * Ends the body: flushes the decoder and discards any unterminated event. Returns true when
   * something was discarded (the body stopped inside an event: a truncated stream).
   */
  end(): boolean {
    this.pushText(this.decoder.decode());
    const discarded = this.pending.length > 0 || this.hasData || this.eventType !== '';
    this.pending = '';
    this.data = '';
    this.hasData = false;
    this.eventType = '';
    return discarded;
  }

  private pushText(text: string): void {
    if (text.length === 0) return;
    let start = 0;
    if (this.afterCr) {
      this.afterCr = false;
      if (text.charCodeAt(0) === LF) start = 1;
    }
    const n = text.length;
    // Positions of the next LF / CR in this chunk, searched with indexOf (fast in V8) and cached.
    let nextLf = text.indexOf('\n', start);
    let nextCr = text.indexOf('\r', start);
    while (nextLf !== -1 || nextCr !== -1) {
      let end: number;
      let after: number;
      if (nextCr === -1 || (nextLf !== -1 && nextLf < nextCr)) {
        end = nextLf;
        after = nextLf + 1;
      } else {
        end = nextCr;
        if (nextCr + 1 < n) {
          after = text.charCodeAt(nextCr + 1) === LF ? nextCr + 2 : nextCr + 1;
        } else {
          after = nextCr + 1;
          this.afterCr = true;
        }
      }
      if (this.pending.length > 0) {
        const line = this.pending + text.slice(start, end);
        this.pending = '';
        this.processLine(line, 0, line.length);
      } else {
        this.processLine(text, start, end);
      }
      start = after;
      if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start);
      if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
    }
    if (start < n) {
      this.pending += start === 0 ? text : text.slice(start);
      this.checkSize();
    }
  }

  private checkSize(): void {
    if (this.pending.length + this.data.length > this.maxEventLength) throw new SseEventTooLargeError(this.maxEventLength);
  }

  private processLine(buf: string, start: number, end: number): void {
    if (start === end) {
      this.dispatch();
      return;
    }
    const first = buf.charCodeAt(start);
    if (first === 0x3a /* : */) return; // comment
    // Fast path for the only line ChatKit servers send: no field-name string is allocated.
    if (first === 0x64 /* d */ && buf.startsWith('data:', start)) {
      const valueStart = buf.charCodeAt(start + 5) === 0x20 && start + 5 < end ? start + 6 : start + 5;
      this.appendData(buf.slice(valueStart, end));
      return;
    }
    const colon = buf.indexOf(':', start);
    let field: string;
    let value: string;
    if (colon === -1 || colon >= end) {
      field = buf.slice(start, end);
      value = '';
    } else {
      field = buf.slice(start, colon);
      const valueStart = buf.charCodeAt(colon + 1) === 0x20 && colon + 1 < end ? colon + 2 : colon + 1;
      value = buf.slice(valueStart, end);
    }
    switch (field) {
      case 'data':
        this.appendData(value);
        break;
      case 'event':
        this.eventType = value;
        break;
      case 'id':
        if (!value.includes('\u0000')) this.lastEventIdBuffer = value;
        break;
      case 'retry':
        if (/^[0-9]+$/.test(value)) this.retry = Number.parseInt(value, 10);
        break;
      default:
        // Unknown fields are ignored.
        break;
    }
  }

  private appendData(value: string): void {
    if (this.hasData) this.data += '\n' + value;
    else {
      this.data = value;
      this.hasData = true;
    }
    if (this.data.length > this.maxEventLength) throw new SseEventTooLargeError(this.maxEventLength);
  }

  // The standard appends "value + LF" per data line and strips one trailing LF on dispatch;
  // joining with LF gives the same string without the extra copy. An empty buffer dispatches nothing.
  private dispatch(): void {
    if (!this.hasData) {
      this.eventType = '';
      return;
    }
    const message: SseMessage = {
      type: this.eventType === '' ? 'message' : this.eventType,
      data: this.data,
      lastEventId: this.lastEventIdBuffer,
    };
    this.data = '';
    this.hasData = false;
    this.eventType = '';
    this.onMessage(message);
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Reads a response body as server-sent events. Errors while reading (a dropped connection), an
 * abort of `signal` and an event past `maxEventLength` are thrown from the iterator; the reader is
 * released (and the body cancelled) either way.
 */
export async function* parseSse(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  options: SseParserOptions = {},
): AsyncIterable<SseMessage> {
  const queue: SseMessage[] = [];
  const parser = new SseParser((message) => queue.push(message), options);
  const reader = body.getReader();
  const onAbort = (): void => {
    reader.cancel(signal ? abortReason(signal) : undefined).catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      const { done, value } = await reader.read();
      if (signal?.aborted) throw abortReason(signal);
      if (done) {
        parser.end();
      } else {
        parser.feed(value);
      }
      // Yield in order; `queue` is drained before the next read so events are never buffered long.
      for (let k = 0; k < queue.length; k++) yield queue[k]!;
      queue.length = 0;
      if (done) return;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Cancelling releases the connection when the consumer stops early (break / throw).
    reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
