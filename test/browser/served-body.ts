// Event-stream bodies for the transport-fault tests of <ck-thread> and standalone <ck-widget>.

export const encoder = new TextEncoder();

/** `text` as UTF-8, one byte per chunk. */
export const bytesOf = (text: string) => Array.from(encoder.encode(text), (byte) => Uint8Array.of(byte));

/** One SSE frame carrying `event` as JSON. */
export const frame = (event: unknown) => `data: ${JSON.stringify(event)}\n\n`;

/** One task later (a message-channel hop: no timer clamping, and the page may render in between). */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * An event-stream body written piece by piece, one task apart. Records how much was served (and
 * the total it would serve) and whether the client cancelled it; stops writing once cancelled.
 * Then it closes, errors (a connection cut mid-body), holds the connection open, or drips one
 * byte of a comment line per task until the client lets go.
 */
export function servedBody(pieces: Array<string | Uint8Array>, end: 'close' | 'error' | 'hold' | 'drip-forever') {
  const served = { bytes: 0, total: 0, cancelled: false, finished: false };
  const chunks = pieces.map((piece) => (typeof piece === 'string' ? encoder.encode(piece) : piece));
  served.total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      for (const chunk of chunks) {
        if (served.cancelled) return;
        controller.enqueue(chunk);
        served.bytes += chunk.length;
        await nextTask();
      }
      if (served.cancelled) return;
      served.finished = true;
      // Erroring a stream discards what is still queued: let the client read it all first.
      while ((controller.desiredSize ?? 1) < 1) await nextTask();
      while (end === 'drip-forever' && !served.cancelled) {
        controller.enqueue(encoder.encode(served.bytes % 64 === 63 ? '\n' : ':'));
        served.bytes++;
        await nextTask();
      }
      if (end === 'close') controller.close();
      if (end === 'error') controller.error(new TypeError('network error: connection closed mid-body'));
    },
    cancel() {
      served.cancelled = true;
    },
  });
  const response = new Response(stream, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  return { response, served };
}
