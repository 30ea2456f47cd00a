/// <reference types="node" />
/**
 * A `node:http` handler `(req, res) => void`, usable with `http.createServer` and as Express or
 * Connect middleware (it reads the raw body itself; mount it before any JSON body parser). Streams
 * are written with backpressure, and a client that disconnects stops the hook.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChatKitServer } from './chatkit-server.js';
import { RequestError } from './errors.js';
import { DEFAULT_BODY_LIMITS } from './request-body.js';

export interface NodeHandlerOptions<Context> {
  context: (req: IncomingMessage) => Context | Promise<Context>;
  maxBodyBytes?: number;
  /** Told when a stream ends: `client-closed` when the client hung up first (for logs and metrics). */
  onStreamEnd?: (outcome: 'completed' | 'client-closed') => void;
}

export function createNodeHandler<Context>(
  server: ChatKitServer<Context>,
  options: NodeHandlerOptions<Context>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_BODY_LIMITS.maxBodyBytes;
  return (req, res) => {
    handle(server, options, maxBodyBytes, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, new RequestError('internal', 'The server failed to handle this request.').toJson());
      else res.destroy(error instanceof Error ? error : undefined);
    });
  };
}

async function handle<Context>(
  server: ChatKitServer<Context>,
  options: NodeHandlerOptions<Context>,
  maxBodyBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return sendJson(res, 405, new RequestError('invalid_request', 'Use POST.').toJson());
  }
  let body: Buffer;
  let context: Context;
  try {
    body = await readLimited(req, maxBodyBytes);
    context = await options.context(req);
  } catch (error) {
    if (error instanceof RequestError) return sendJson(res, error.status, error.toJson(), true);
    throw error;
  }
  const result = await server.process(body, context);
  if (result.kind === 'json') return sendJson(res, result.status, result.body);

  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  const iterator = result.events[Symbol.asyncIterator]();
  let clientGone = false;
  res.on('close', () => {
    if (!res.writableFinished) {
      clientGone = true;
      options.onStreamEnd?.('client-closed');
      // Ends the hook's generator (at its next yield) so the cancellation bookkeeping runs.
      void iterator.return?.();
    }
  });
  while (!clientGone) {
    const { done, value } = await iterator.next();
    if (done || clientGone) break;
    if (!res.write(value)) await new Promise((resolve) => res.once('drain', resolve));
  }
  if (!clientGone) {
    res.end();
    options.onStreamEnd?.('completed');
  }
}

function sendJson(res: ServerResponse, status: number, body: string, closeConnection = false): void {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
  // After refusing a body we did not read to the end, the connection cannot carry another request.
  if (closeConnection) headers.connection = 'close';
  res.writeHead(status, headers);
  res.end(body);
}

function readLimited(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new RequestError('body_too_large', `Request body exceeds ${maxBytes} bytes.`);
    if (Number(req.headers['content-length'] ?? NaN) > maxBytes) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let total = 0;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
