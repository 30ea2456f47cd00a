/**
 * The ChatKit protocol over fetch: POST `{type, params, metadata}` to one endpoint; streaming types
 * answer server-sent events, the others JSON. Every way a request can fail is one
 * `ChatKitProtocolError` with a `kind`, so the UI can say what happened. Nothing is retried: a POST
 * may have had effects on the server even when its answer was lost.
 */
import { DEFAULT_MAX_EVENT_LENGTH, SseEventTooLargeError, SseParser } from './sse.js';
import type { SseMessage } from './sse.js';
import { checkItemsPage, checkStreamEvent, checkSyncCustomActionResult, checkThread, checkThreadsPage } from './schemas.js';
import type { Checked } from './schemas.js';
import { isStreamingRequest } from './requests.js';
import type { ChatKitRequest, JsonRequestType, RequestType, StreamingRequestType } from './requests.js';
import type {
  Attachment,
  JsonObject,
  Page,
  SyncCustomActionResult,
  Thread,
  ThreadItem,
  ThreadMetadata,
  ThreadStreamEvent,
  TranscriptionResult,
} from './types.js';

export type ChatKitErrorKind =
  /** fetch itself failed (offline, DNS, CORS refused): nothing reached the server, or we cannot know. */
  | 'network'
  /** The server answered with a non-2xx status. */
  | 'http'
  /** 2xx, but not the content type the request needs (e.g. an HTML error page from a proxy). */
  | 'content-type'
  /** A stream frame or JSON body that is not JSON. */
  | 'invalid-json'
  /** JSON, but not the shape this request answers (e.g. a thread without an id). */
  | 'invalid-response'
  /** The connection closed or failed mid-body (a stream cut off before its end). */
  | 'dropped'
  /** One stream event is larger than `maxEventLength`: the stream is abandoned, its body cancelled. */
  | 'too-large'
  /** The caller's AbortSignal fired (e.g. the element was removed from the page). */
  | 'aborted';

export class ChatKitProtocolError extends Error {
  override readonly name = 'ChatKitProtocolError';
  readonly kind: ChatKitErrorKind;
  readonly requestType: string;
  /** HTTP status, when a response arrived. */
  readonly status: number | undefined;
  /** The first few hundred characters of an unexpected body, as text (never rendered as HTML). */
  readonly bodyExcerpt: string | undefined;
  /** For stream errors: how many events had been received before the failure. */
  readonly eventsReceived: number | undefined;
  /** For `invalid-json` in a stream: the 0-based index of the bad frame. */
  readonly frameIndex: number | undefined;

  constructor(
    kind: ChatKitErrorKind,
    message: string,
    details: {
      requestType: string;
      status?: number;
      bodyExcerpt?: string;
      eventsReceived?: number;
      frameIndex?: number;
      cause?: unknown;
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.requestType = details.requestType;
    this.status = details.status;
    this.bodyExcerpt = details.bodyExcerpt;
    this.eventsReceived = details.eventsReceived;
    this.frameIndex = details.frameIndex;
  }
}

type HeaderValues = Record<string, string> | Headers | [string, string][];

export interface ChatKitClientOptions {
  /** The endpoint every request is POSTed to. */
  url: string;
  /** A custom fetch (how apps add auth, retries of their own, or tracing). Default: global fetch. */
  fetch?: typeof fetch;
  /** Extra headers, or a function (possibly async) called before every request, e.g. for a fresh token. */
  headers?: HeaderValues | (() => HeaderValues | Promise<HeaderValues>);
  /** Sent as `metadata` on every request; a request's own metadata wins key by key. */
  metadata?: JsonObject;
  /** Receives tolerated surprises (unknown event types, unknown fields' types, invalid frames). */
  onLog?: (entry: ProtocolLogEntry) => void;
  /**
   * The largest stream event accepted, in characters (default 8 Mi, `DEFAULT_MAX_EVENT_LENGTH`).
   * A bigger one fails the stream with kind `too-large` before it is parsed, so a runaway frame
   * costs bounded memory and time instead of freezing the page.
   */
  maxEventLength?: number;
}

/** What the client noticed but did not fail on; elements forward these as `ck-log` events. */
export interface ProtocolLogEntry {
  level: 'info' | 'warning';
  message: string;
  requestType: string;
  raw?: unknown;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** The JSON answer of each non-streaming request type. */
export interface JsonResponseByType {
  'threads.get_by_id': Thread;
  'threads.list': Page<ThreadMetadata>;
  'items.list': Page<ThreadItem>;
  'items.feedback': JsonObject;
  'threads.update': Thread;
  'threads.delete': JsonObject;
  'threads.sync_custom_action': SyncCustomActionResult;
  'attachments.create': Attachment;
  'attachments.delete': JsonObject;
  'input.transcribe': TranscriptionResult;
}

const EXCERPT_LENGTH = 300;
/** How long the start of an error body is waited for: the error itself is known from the headers. */
const EXCERPT_WAIT_MS = 1000;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkObject(raw: unknown): Checked<JsonObject> {
  return isJsonObject(raw) ? { ok: true, value: raw, notes: [] } : { ok: false, error: 'expected a JSON object' };
}

const responseCheckers: { [T in JsonRequestType]: (raw: unknown) => Checked<JsonResponseByType[T]> } = {
  'threads.get_by_id': checkThread,
  'threads.list': checkThreadsPage,
  'items.list': checkItemsPage,
  'items.feedback': checkObject,
  'threads.update': checkThread,
  'threads.delete': checkObject,
  'threads.sync_custom_action': checkSyncCustomActionResult,
  'attachments.create': (raw) =>
    isJsonObject(raw) && typeof raw['id'] === 'string'
      ? { ok: true, value: raw as Attachment, notes: [] }
      : { ok: false, error: 'attachment without an id' },
  'attachments.delete': checkObject,
  'input.transcribe': (raw) =>
    isJsonObject(raw) && typeof raw['text'] === 'string'
      ? { ok: true, value: raw as TranscriptionResult, notes: [] }
      : { ok: false, error: 'transcription without text' },
};

/**
 * Settles with `promise`, or rejects as soon as `signal` aborts: a custom `fetch` that drops the
 * signal (or a body that never ends) must not keep an aborted request, and its spinner, alive.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

export class ChatKitClient {
  private readonly options: ChatKitClientOptions;

  constructor(options: ChatKitClientOptions) {
    if (!options.url) throw new TypeError('ChatKitClient: `url` is required');
    this.options = options;
  }

  /** Sends a non-streaming request and returns its checked JSON answer. */
  async request<T extends JsonRequestType>(req: ChatKitRequest<T>, options: CallOptions = {}): Promise<JsonResponseByType[T]> {
    // Guards untyped callers (plain JS); the types already keep streaming requests out.
    if (isStreamingRequest(req as ChatKitRequest)) throw new TypeError(`${String(req.type)} answers a stream: use stream()`);
    const response = await this.post(req, options.signal);
    const contentType = response.headers.get('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]*\+)?json\b/i.test(contentType)) {
      const bodyExcerpt = await this.readExcerpt(response, req.type, options.signal);
      throw new ChatKitProtocolError('content-type', `${req.type}: expected JSON, got "${contentType || 'no content type'}"`, {
        requestType: req.type,
        status: response.status,
        bodyExcerpt,
      });
    }
    const text = await this.readText(response, req.type, options.signal);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      throw new ChatKitProtocolError('invalid-json', `${req.type}: the answer is not JSON`, {
        requestType: req.type,
        status: response.status,
        bodyExcerpt: excerpt(text),
        cause,
      });
    }
    const checker = responseCheckers[req.type as JsonRequestType] as (raw: unknown) => Checked<JsonResponseByType[T]>;
    const checked = checker(raw);
    if (!checked.ok) {
      throw new ChatKitProtocolError('invalid-response', `${req.type}: ${checked.error}`, {
        requestType: req.type,
        status: response.status,
        bodyExcerpt: excerpt(text),
      });
    }
    for (const note of checked.notes) this.log('warning', note, req.type);
    return checked.value;
  }

  /**
   * Sends a streaming request and yields its events as they arrive. The iterator finishes when the
   * body ends cleanly; every other ending throws a `ChatKitProtocolError`. Breaking out of the loop
   * cancels the response body.
   */
  async *stream(req: ChatKitRequest<StreamingRequestType>, options: CallOptions = {}): AsyncGenerator<ThreadStreamEvent, void, undefined> {
    const { signal } = options;
    const type = req.type;
    const response = await this.post(req, signal);
    const contentType = response.headers.get('content-type') ?? '';
    if (!/^text\/event-stream\b/i.test(contentType)) {
      const bodyExcerpt = await this.readExcerpt(response, type, signal);
      throw new ChatKitProtocolError('content-type', `${type}: expected an event stream, got "${contentType || 'no content type'}"`, {
        requestType: type,
        status: response.status,
        bodyExcerpt,
      });
    }
    if (!response.body) {
      throw new ChatKitProtocolError('dropped', `${type}: the response has no body`, { requestType: type, status: response.status, eventsReceived: 0 });
    }

    const messages: SseMessage[] = [];
    const maxEventLength = this.options.maxEventLength ?? DEFAULT_MAX_EVENT_LENGTH;
    const parser = new SseParser((message) => messages.push(message), { maxEventLength });
    const reader = response.body.getReader();
    const onAbort = (): void => {
      reader.cancel().catch(() => undefined);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let frames = 0;
    let finished = false;
    const fail = (kind: ChatKitErrorKind, message: string, extra: { frameIndex?: number; bodyExcerpt?: string; cause?: unknown } = {}) =>
      new ChatKitProtocolError(kind, `${type}: ${message}`, { requestType: type, status: response.status, eventsReceived: frames, ...extra });
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          if (signal?.aborted) throw signal.reason;
          chunk = await reader.read();
        } catch (cause) {
          if (signal?.aborted) throw fail('aborted', 'aborted', { cause: signal.reason });
          throw fail('dropped', `the connection closed mid-stream after ${frames} events`, { cause });
        }
        if (signal?.aborted) throw fail('aborted', 'aborted', { cause: signal.reason });
        let cutInsideFrame = false;
        // Events completed before an oversized one in the same chunk are still delivered, in order.
        let tooLarge: SseEventTooLargeError | null = null;
        try {
          if (chunk.done) cutInsideFrame = parser.end();
          else parser.feed(chunk.value);
        } catch (cause) {
          if (!(cause instanceof SseEventTooLargeError)) throw cause;
          tooLarge = cause;
        }
        for (let k = 0; k < messages.length; k++) {
          const data = messages[k]!.data;
          let raw: unknown;
          try {
            raw = JSON.parse(data);
          } catch (cause) {
            throw fail('invalid-json', `event #${frames} is not JSON`, { frameIndex: frames, bodyExcerpt: excerpt(data), cause });
          }
          const checked = checkStreamEvent(raw);
          frames++;
          if (checked.kind === 'event') {
            for (const note of checked.notes) this.log('warning', note, type, raw);
            yield checked.event;
          } else if (checked.kind === 'unknown') {
            this.log('info', `ignored an event of unknown type "${checked.type}"`, type, raw);
          } else {
            this.log('warning', `ignored an invalid ${checked.type} event: ${checked.error}`, type, raw);
          }
        }
        messages.length = 0;
        if (tooLarge) throw fail('too-large', `event #${frames} is larger than ${maxEventLength} characters`, { frameIndex: frames, cause: tooLarge });
        if (chunk.done) {
          if (cutInsideFrame) throw fail('dropped', `the body ended inside an event after ${frames} events`);
          finished = true;
          return;
        }
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!finished) reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }

  private async post(req: ChatKitRequest, signal: AbortSignal | undefined): Promise<Response> {
    const type = req.type;
    if (signal?.aborted) throw new ChatKitProtocolError('aborted', `${type}: aborted`, { requestType: type, cause: signal.reason });
    const headers = new Headers(await this.resolveHeaders());
    headers.set('content-type', 'application/json');
    if (isStreamingRequest(req) && !headers.has('accept')) headers.set('accept', 'text/event-stream');
    const metadata = { ...this.options.metadata, ...req.metadata };
    const body = JSON.stringify({ type, params: req.params, ...(Object.keys(metadata).length ? { metadata } : {}) });
    const fetchImpl = this.options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
    let response: Response;
    const sent = fetchImpl(this.options.url, { method: 'POST', headers, body, ...(signal ? { signal } : {}) });
    try {
      response = await untilAborted(sent, signal);
    } catch (cause) {
      if (signal?.aborted) {
        // A fetch that ignored the signal may still answer: release that connection.
        sent.then((late) => late.body?.cancel().catch(() => undefined), () => undefined);
        throw new ChatKitProtocolError('aborted', `${type}: aborted`, { requestType: type, cause });
      }
      throw new ChatKitProtocolError('network', `${type}: the request failed (${String((cause as Error)?.message ?? cause)})`, {
        requestType: type,
        cause,
      });
    }
    if (!response.ok) {
      const bodyExcerpt = await this.readExcerpt(response, type, signal);
      throw new ChatKitProtocolError('http', `${type}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {
        requestType: type,
        status: response.status,
        bodyExcerpt,
      });
    }
    return response;
  }

  /**
   * The start of a body that is not the answer (an error page): at most `EXCERPT_LENGTH`
   * characters, read for at most `EXCERPT_WAIT_MS`, then the body is cancelled. A huge or dripping
   * error page never delays the error. Throws only `aborted`.
   */
  private async readExcerpt(response: Response, type: RequestType, signal: AbortSignal | undefined): Promise<string> {
    const body = response.body;
    let text = '';
    if (body) {
      const reader = body.getReader();
      const decoder = new TextDecoder();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, EXCERPT_WAIT_MS)));
      try {
        while (text.length <= EXCERPT_LENGTH) {
          const chunk = await Promise.race([untilAborted(reader.read(), signal), deadline]);
          if (!chunk || chunk.done) break;
          text += decoder.decode(chunk.value, { stream: true });
        }
      } catch {
        // Best effort: a body that fails while we read it still leaves the error we have.
      } finally {
        clearTimeout(timer);
        reader.cancel().catch(() => undefined);
      }
    }
    if (signal?.aborted) throw new ChatKitProtocolError('aborted', `${type}: aborted`, { requestType: type, status: response.status, cause: signal.reason });
    return excerpt(text);
  }

  private async readText(response: Response, type: RequestType, signal: AbortSignal | undefined): Promise<string> {
    try {
      return await untilAborted(response.text(), signal);
    } catch (cause) {
      if (signal?.aborted) throw new ChatKitProtocolError('aborted', `${type}: aborted`, { requestType: type, status: response.status, cause });
      throw new ChatKitProtocolError('dropped', `${type}: the connection closed while reading the answer`, {
        requestType: type,
        status: response.status,
        cause,
      });
    }
  }

  private async resolveHeaders(): Promise<HeaderValues> {
    const headers = this.options.headers;
    if (!headers) return {};
    return typeof headers === 'function' ? await headers() : headers;
  }

  private log(level: ProtocolLogEntry['level'], message: string, requestType: string, raw?: unknown): void {
    this.options.onLog?.({ level, message, requestType, ...(raw === undefined ? {} : { raw }) });
  }
}
