/**
 * Errors as values. `RequestError` is what `process()` answers before any stream exists (a 4xx/5xx
 * JSON body `{error: {code, message}}`); `StreamError` / `CustomStreamError` are thrown by hooks and
 * become an `error` event inside the stream, like chatkit-python's classes of the same names.
 */

export type RequestErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'unknown_request_type'
  | 'body_too_large'
  | 'too_deep'
  | 'not_found'
  | 'conflict'
  | 'not_supported'
  | 'internal';

const STATUS_BY_CODE: Record<RequestErrorCode, number> = {
  invalid_json: 400,
  invalid_request: 400,
  unknown_request_type: 400,
  body_too_large: 413,
  too_deep: 400,
  not_found: 404,
  conflict: 409,
  not_supported: 501,
  internal: 500,
};

export class RequestError extends Error {
  readonly status: number;
  constructor(
    readonly code: RequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
    this.status = STATUS_BY_CODE[code];
  }

  toJson(): string {
    return JSON.stringify({ error: { code: this.code, message: this.message } });
  }
}

/** A coded error the client localizes (`code: "stream.error"` has no message on the wire). */
export class StreamError extends Error {
  constructor(
    readonly code: string = 'stream.error',
    readonly allowRetry: boolean = code === 'stream.error',
  ) {
    super(code);
    this.name = 'StreamError';
  }
}

/** An error whose message the user sees as is (`code: "custom"`). */
export class CustomStreamError extends Error {
  constructor(
    message: string,
    readonly allowRetry = false,
  ) {
    super(message);
    this.name = 'CustomStreamError';
  }
}
