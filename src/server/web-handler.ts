/**
 * A web-standard handler `(request: Request) => Promise<Response>` for Bun, Deno, Hono, workers and
 * the in-page demo's fetch shim. POST only; the body is read with the size limit enforced while
 * streaming in, so an oversized upload is refused without buffering it whole.
 */
import type { ChatKitServer } from './chatkit-server.js';
import { RequestError } from './errors.js';
import { DEFAULT_BODY_LIMITS } from './request-body.js';

export interface WebHandlerOptions<Context> {
  /** Builds the per-request context (the user, from a cookie or header); throw a RequestError to refuse. */
  context: (request: Request) => Context | Promise<Context>;
  maxBodyBytes?: number;
}

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };
const JSON_HEADERS = { 'content-type': 'application/json' };

const errorResponse = (error: RequestError) => new Response(error.toJson(), { status: error.status, headers: JSON_HEADERS });

export function createFetchHandler<Context>(
  server: ChatKitServer<Context>,
  options: WebHandlerOptions<Context>,
): (request: Request) => Promise<Response> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_BODY_LIMITS.maxBodyBytes;
  return async (request) => {
    if (request.method !== 'POST') {
      return new Response(new RequestError('invalid_request', 'Use POST.').toJson(), {
        status: 405,
        headers: { ...JSON_HEADERS, allow: 'POST' },
      });
    }
    let body: Uint8Array;
    let context: Context;
    try {
      body = await readLimited(request, maxBodyBytes);
      context = await options.context(request);
    } catch (error) {
      if (error instanceof RequestError) return errorResponse(error);
      throw error;
    }
    const result = await server.process(body, context);
    if (result.kind === 'json') return new Response(result.body, { status: result.status, headers: JSON_HEADERS });
    return new Response(toReadableStream(result.events), { status: 200, headers: SSE_HEADERS });
  };
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const tooLarge = () => new RequestError('body_too_large', `Request body exceeds ${maxBytes} bytes.`);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Pull-based, so a slow client slows the hook; cancel (client gone) stops the hook's generator. */
function toReadableStream(events: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = events[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
