/**
 * Stream events to SSE bytes exactly as the Python server frames them: `data: <compact JSON>\n\n`,
 * no event/id lines. Null fields are dropped (pydantic's exclude_none); JSON escaping keeps every
 * event on one line whatever the text contains.
 */

/** JSON with null object fields left out (array entries stay as they are). */
export function serializeWire(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _key: string, field: unknown) {
    return field === null && !Array.isArray(this) ? undefined : field;
  });
}

const encoder = new TextEncoder();

export function encodeSseEvent(event: unknown): Uint8Array {
  return encoder.encode(`data: ${serializeWire(event)}\n\n`);
}

export async function* encodeSse(events: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const event of events) yield encodeSseEvent(event);
}
