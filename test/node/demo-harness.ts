// The demo's scripted server for Node tests: a fresh server on a stepping clock, and its streamed
// answers read back as events.
import * as kit from '../../src/server/index.js';
import { WidgetTemplate } from '../../src/template/index.js';
import type { ThreadStreamEvent } from '../../src/protocol/types.js';
import { createDemoServer, type DemoServer } from '../../demo/server/demo-server.mjs';
import { readStreamEvents } from './stream-events.js';

export type Event = ThreadStreamEvent & Record<string, any>;

/** A demo server over `templates` whose clock starts at 2026-01-05 09:00 and steps per read. */
export function newDemoServer(templates: Record<string, string>): DemoServer {
  return createDemoServer({ kit, WidgetTemplate, templates, clock: kit.steppingClock(new Date(2026, 0, 5, 9, 0, 0)) });
}

/** Sends `type` with `params` and reads the whole SSE answer as events (no pacing). */
export async function streamEvents(server: DemoServer, type: string, params: unknown): Promise<Event[]> {
  return readStreamEvents<Event>(await server.process(JSON.stringify({ type, params }), { pace: 0 }));
}
