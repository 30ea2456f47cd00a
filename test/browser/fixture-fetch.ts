/**
 * A fetch that answers with transcripts recorded from the real Python ChatKit server
 * (../shared/fixtures/chatkit-python), byte for byte, and records what the client sent.
 * A transcript whose connection was cut (`complete: false`) ends its body with a network error.
 */
const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);

export interface RecordedRequest {
  url: string;
  body: { type: string; params: Record<string, unknown>; metadata?: unknown };
  headers: Headers;
}

interface Meta {
  status: number;
  content_type: string;
  complete?: boolean;
}

async function transcript(name: string): Promise<{ bytes: Uint8Array; meta: Meta }> {
  const [bytes, meta] = await Promise.all([
    fetch(new URL(`${name}.response`, FIXTURES)).then((r) => r.arrayBuffer()),
    fetch(new URL(`${name}.meta.json`, FIXTURES)).then((r) => r.json() as Promise<Meta>),
  ]);
  return { bytes: new Uint8Array(bytes), meta };
}

/** `answers` maps a request type to the transcript names to serve, in order. */
export function fixtureFetch(answers: Record<string, string[]>): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const queues = new Map(Object.entries(answers).map(([type, names]) => [type, [...names]]));
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as RecordedRequest['body'];
    requests.push({ url: String(input), body, headers: new Headers(init?.headers) });
    const name = queues.get(body.type)?.shift();
    if (!name) throw new TypeError(`fixtureFetch: no transcript left for ${body.type}`);
    const { bytes, meta } = await transcript(name);
    const signal = init?.signal;
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        if (signal?.aborted) return controller.error(new DOMException('aborted', 'AbortError'));
        signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
      // The bytes on the first read, the end on the next: erroring a stream discards what is still
      // queued, so a cut transcript's events must be read before the cut.
      pull(controller) {
        if (!sent) {
          sent = true;
          if (bytes.length) return controller.enqueue(bytes);
        }
        if (meta.complete === false) controller.error(new TypeError('network error: connection closed mid-body'));
        else controller.close();
      },
    });
    return new Response(stream, { status: meta.status, headers: { 'content-type': meta.content_type } });
  };
  return { fetch: fake as typeof fetch, requests };
}

/** The widget item a transcript read (`threads.get_by_id`) holds, by item id. */
export async function widgetItemFrom(readName: string, itemId: string): Promise<{ id: string; widget: Record<string, unknown> }> {
  const thread = (await fetch(new URL(`${readName}.response`, FIXTURES)).then((r) => r.json())) as { items: { data: Array<{ id: string; widget: Record<string, unknown> }> } };
  const item = thread.items.data.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`${readName} has no item ${itemId}`);
  return item;
}
