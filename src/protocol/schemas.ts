/**
 * Runtime checks for what a ChatKit server sends: stream events, thread items, threads and pages.
 *
 * Tolerant by design: unknown fields are kept (loose objects), and an unknown event type, update
 * type or item type comes back as a value the caller reports (`ck-log`), never a throw. Widget
 * trees are not checked here (the renderer validates each node). Checks run on the parsed JSON and,
 * when they pass, the original object is returned as is: no copy of large payloads per event.
 */
import * as z from 'zod/mini';
import type {
  JsonObject,
  Page,
  SyncCustomActionResult,
  Thread,
  ThreadItem,
  ThreadMetadata,
  ThreadStreamEvent,
  UnknownThreadItem,
} from './types.js';

const str = z.string();
const optStr = z.nullish(z.string());
const obj = z.record(z.string(), z.unknown());
const loose = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);

// ---- items ---------------------------------------------------------------------------------

const annotation = loose({ source: loose({ type: str }), index: z.nullish(z.number()) });
const outputText = loose({
  type: z.literal('output_text'),
  text: str,
  annotations: z.optional(z.array(annotation)),
});
const task = loose({ type: str });
const widgetRoot = loose({ type: str });
const widgetComponent = loose({ type: str });
const generatedImage = loose({ id: str, url: str });

const itemBase = loose({ id: str, thread_id: str, created_at: str, type: str });

// One schema per known item type; the base fields are checked by `itemBase` first.
const itemSchemas: Record<string, z.ZodMiniType> = {
  user_message: loose({
    content: z.array(loose({ type: str })),
    attachments: z.optional(z.array(loose({ id: str }))),
    quoted_text: optStr,
  }),
  assistant_message: loose({ content: z.array(outputText) }),
  client_tool_call: loose({
    status: z.optional(z.enum(['pending', 'completed'])),
    call_id: str,
    name: str,
    arguments: z.optional(obj),
  }),
  widget: loose({ widget: widgetRoot, copy_text: optStr }),
  workflow: loose({ workflow: loose({ type: str, tasks: z.array(task) }) }),
  task: loose({ task }),
  generated_image: loose({ image: z.nullish(generatedImage) }),
  structured_input: loose({ status: z.optional(str), inputs: z.optional(z.array(obj)) }),
  end_of_turn: loose({}),
};

/** The item types this client knows how to show and update. */
export const KNOWN_ITEM_TYPES: ReadonlySet<string> = new Set(Object.keys(itemSchemas));

export type Checked<T> = { ok: true; value: T; notes: string[] } | { ok: false; error: string };

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    // zod/mini ships no locale (bundle size), so say what was expected ourselves.
    .map((issue) => {
      const what = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.code === 'invalid_value' ? `expected one of ${issue.values.map(String).join(', ')}` : issue.message;
      return `${issue.path.length ? issue.path.join('.') : '(root)'}: ${what}`;
    })
    .join('; ');
}

/**
 * Checks one thread item. An item of a type this client does not know is kept as an
 * `UnknownThreadItem` (with a note), so thread order and paging stay right.
 */
export function checkThreadItem(raw: unknown): Checked<ThreadItem> {
  const base = itemBase.safeParse(raw);
  if (!base.success) return { ok: false, error: `thread item: ${describeIssues(base.error)}` };
  const item = raw as JsonObject & { id: string; thread_id: string; created_at: string; type: string };
  const schema = itemSchemas[item.type];
  if (!schema) {
    const unknown: UnknownThreadItem = {
      type: 'unknown',
      id: item.id,
      thread_id: item.thread_id,
      created_at: item.created_at,
      raw: item,
    };
    return { ok: true, value: unknown, notes: [`unknown item type "${item.type}" (item ${item.id})`] };
  }
  const checked = schema.safeParse(raw);
  if (!checked.success) return { ok: false, error: `${item.type} ${item.id}: ${describeIssues(checked.error)}` };
  return { ok: true, value: item as unknown as ThreadItem, notes: [] };
}

// ---- threads and pages ---------------------------------------------------------------------

const threadStatus = loose({ type: z.enum(['active', 'locked', 'closed']), reason: optStr });
const threadMetadata = loose({
  id: str,
  title: optStr,
  created_at: str,
  status: z.optional(threadStatus),
  metadata: z.optional(obj),
});
const page = loose({ data: z.array(z.unknown()), has_more: z.optional(z.boolean()), after: optStr });

/** Checks a page of items; items that fail are left out and noted, the rest are kept. */
export function checkItemsPage(raw: unknown): Checked<Page<ThreadItem>> {
  const checked = page.safeParse(raw);
  if (!checked.success) return { ok: false, error: `items page: ${describeIssues(checked.error)}` };
  const source = raw as JsonObject & { data: unknown[] };
  const notes: string[] = [];
  const data: ThreadItem[] = [];
  for (const rawItem of source.data) {
    const item = checkThreadItem(rawItem);
    if (item.ok) {
      data.push(item.value);
      notes.push(...item.notes);
    } else notes.push(`left out an invalid item: ${item.error}`);
  }
  return { ok: true, value: { ...source, data, has_more: source['has_more'] === true }, notes };
}

/** Checks a thread with its first page of items (`threads.get_by_id`, `threads.update`). */
export function checkThread(raw: unknown): Checked<Thread> {
  const meta = threadMetadata.safeParse(raw);
  if (!meta.success) return { ok: false, error: `thread: ${describeIssues(meta.error)}` };
  const source = raw as JsonObject;
  const items = checkItemsPage(source['items'] ?? { data: [] });
  if (!items.ok) return items;
  const thread = {
    ...source,
    status: source['status'] ?? { type: 'active' },
    items: items.value,
  } as unknown as Thread;
  return { ok: true, value: thread, notes: items.notes };
}

/** Checks a `threads.list` page. Threads that fail are left out and noted. */
export function checkThreadsPage(raw: unknown): Checked<Page<ThreadMetadata>> {
  const checked = page.safeParse(raw);
  if (!checked.success) return { ok: false, error: `threads page: ${describeIssues(checked.error)}` };
  const source = raw as JsonObject & { data: unknown[] };
  const notes: string[] = [];
  const data: ThreadMetadata[] = [];
  for (const rawThread of source.data) {
    const thread = checkThread(rawThread);
    if (thread.ok) data.push(thread.value);
    else notes.push(`left out an invalid thread: ${thread.error}`);
  }
  return { ok: true, value: { ...source, data, has_more: source['has_more'] === true }, notes };
}

/** Checks the `threads.sync_custom_action` answer: `{updated_item}` or `{}`. */
export function checkSyncCustomActionResult(raw: unknown): Checked<SyncCustomActionResult> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'sync action result: not an object' };
  }
  const source = raw as JsonObject;
  if (source['updated_item'] == null) return { ok: true, value: { ...source, updated_item: null }, notes: [] };
  const item = checkThreadItem(source['updated_item']);
  if (!item.ok) return item;
  return { ok: true, value: { ...source, updated_item: item.value }, notes: item.notes };
}

// ---- stream events -------------------------------------------------------------------------

const updateSchemas: Record<string, z.ZodMiniType> = {
  'assistant_message.content_part.added': loose({ content_index: z.number(), content: outputText }),
  'assistant_message.content_part.text_delta': loose({ content_index: z.number(), delta: str }),
  'assistant_message.content_part.annotation_added': loose({
    content_index: z.number(),
    annotation_index: z.number(),
    annotation,
  }),
  'assistant_message.content_part.done': loose({ content_index: z.number(), content: outputText }),
  'widget.streaming_text.value_delta': loose({ component_id: str, delta: str, done: z.optional(z.boolean()) }),
  'widget.root.updated': loose({ widget: widgetRoot }),
  'widget.component.updated': loose({ component_id: str, component: widgetComponent }),
  'workflow.task.added': loose({ task_index: z.number(), task }),
  'workflow.task.updated': loose({ task_index: z.number(), task }),
  'generated_image.updated': loose({ image: generatedImage, progress: z.nullish(z.number()) }),
};

/** The `thread.item.updated` update types this client applies. */
export const KNOWN_UPDATE_TYPES: ReadonlySet<string> = new Set(Object.keys(updateSchemas));

const withItem = loose({ item: z.unknown() });
const eventSchemas: Record<string, z.ZodMiniType> = {
  'thread.created': loose({ thread: z.unknown() }),
  'thread.updated': loose({ thread: z.unknown() }),
  'thread.item.added': withItem,
  'thread.item.done': withItem,
  'thread.item.replaced': withItem,
  'thread.item.updated': loose({ item_id: str, update: loose({ type: str }) }),
  'thread.item.removed': loose({ item_id: str }),
  stream_options: loose({ stream_options: loose({ allow_cancel: z.optional(z.boolean()) }) }),
  progress_update: loose({ text: str, icon: optStr }),
  client_effect: loose({ name: str, data: z.nullish(obj) }),
  notice: loose({ level: str, message: str, title: optStr }),
  error: loose({ code: z.optional(str), message: optStr, allow_retry: z.nullish(z.boolean()) }),
};

/** The stream event types this client knows. */
export const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(eventSchemas));

/**
 * What one stream frame turned out to be:
 * - `event`: a known event, checked (`notes` lists anything tolerated, e.g. an unknown item type);
 * - `unknown`: valid JSON with an event or update type this client does not know;
 * - `invalid`: a known type whose fields are wrong.
 * The caller reports `unknown` and `invalid` through its log and keeps reading the stream.
 */
export type CheckedStreamEvent =
  | { kind: 'event'; event: ThreadStreamEvent; notes: string[] }
  | { kind: 'unknown'; type: string; raw: unknown }
  | { kind: 'invalid'; type: string; raw: unknown; error: string };

// Text deltas are most of every stream; this accepts exactly what the two schemas below accept
// for them (test/node/protocol-schemas.test.ts compares both), at a fraction of the cost.
function isTextDelta(raw: unknown): boolean {
  const event = raw as { type?: unknown; item_id?: unknown; update?: { type?: unknown; content_index?: unknown; delta?: unknown } };
  const update = event.update;
  return (
    event.type === 'thread.item.updated' &&
    typeof event.item_id === 'string' &&
    typeof update === 'object' &&
    update !== null &&
    !Array.isArray(update) &&
    update.type === 'assistant_message.content_part.text_delta' &&
    typeof update.content_index === 'number' &&
    Number.isFinite(update.content_index) &&
    typeof update.delta === 'string'
  );
}

export function checkStreamEvent(raw: unknown): CheckedStreamEvent {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && isTextDelta(raw)) {
    return { kind: 'event', event: raw as ThreadStreamEvent, notes: [] };
  }
  return checkStreamEventWithSchemas(raw);
}

/** `checkStreamEvent` without the text-delta shortcut: every event through its zod schema. */
export function checkStreamEventWithSchemas(raw: unknown): CheckedStreamEvent {
  const type =
    typeof raw === 'object' && raw !== null && typeof (raw as JsonObject)['type'] === 'string'
      ? ((raw as JsonObject)['type'] as string)
      : '';
  const schema = eventSchemas[type];
  if (!schema) return { kind: 'unknown', type: type || '(no type)', raw };
  const checked = schema.safeParse(raw);
  if (!checked.success) return { kind: 'invalid', type, raw, error: describeIssues(checked.error) };
  const source = raw as JsonObject;
  switch (type) {
    case 'thread.created':
    case 'thread.updated': {
      const thread = checkThread(source['thread']);
      if (!thread.ok) return { kind: 'invalid', type, raw, error: thread.error };
      return { kind: 'event', event: { ...source, thread: thread.value } as ThreadStreamEvent, notes: thread.notes };
    }
    case 'thread.item.added':
    case 'thread.item.done':
    case 'thread.item.replaced': {
      const item = checkThreadItem(source['item']);
      if (!item.ok) return { kind: 'invalid', type, raw, error: item.error };
      const event = item.value.type === 'unknown' ? { ...source, item: item.value } : source;
      return { kind: 'event', event: event as ThreadStreamEvent, notes: item.notes };
    }
    case 'thread.item.updated': {
      const update = source['update'] as JsonObject & { type: string };
      const updateSchema = updateSchemas[update.type];
      if (!updateSchema) return { kind: 'unknown', type: `thread.item.updated:${update.type}`, raw };
      const checkedUpdate = updateSchema.safeParse(update);
      if (!checkedUpdate.success) {
        return { kind: 'invalid', type: `thread.item.updated:${update.type}`, raw, error: describeIssues(checkedUpdate.error) };
      }
      return { kind: 'event', event: source as ThreadStreamEvent, notes: [] };
    }
    case 'client_effect':
      // `data` defaults to {} on the server; a hand-written server may leave it out.
      return { kind: 'event', event: { ...source, data: source['data'] ?? {} } as ThreadStreamEvent, notes: [] };
    case 'error':
      return {
        kind: 'event',
        event: { ...source, code: source['code'] ?? 'custom', allow_retry: source['allow_retry'] === true } as ThreadStreamEvent,
        notes: [],
      };
    default:
      return { kind: 'event', event: source as ThreadStreamEvent, notes: [] };
  }
}
