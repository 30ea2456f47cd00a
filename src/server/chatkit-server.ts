/**
 * ChatKitServer: answers the 16 ChatKit request types over a Store, calling your hooks
 * (`respond`, `action`, `syncAction`, ...) for the parts that are your application. Streaming
 * requests become SSE bytes, the rest JSON; the events the protocol adds around your hooks
 * (thread.created, the user message, stream_options, thread.updated, error events) are added here,
 * in chatkit-python's order. Hooks can be passed as options or overridden in a subclass.
 */
import type {
  Attachment,
  ErrorEvent,
  Page,
  SyncCustomActionResult,
  Thread,
  ThreadItemUpdatedEvent,
  ThreadMetadata,
  ThreadStreamEvent,
  TranscriptionResult,
  UserMessageItem,
  WidgetItem,
} from '../protocol/types.js';
import { CustomStreamError, RequestError, StreamError } from './errors.js';
import type { HiddenContextDoneEvent, ItemBase } from './events.js';
import { systemClock, type Clock, type StoreItemType } from './ids.js';
import { isHiddenItem, type StoredThreadItem } from './items.js';
import { DEFAULT_BODY_LIMITS, parseRequestBody, type BodyLimits } from './request-body.js';
import {
  parseChatKitRequest,
  type ParsedAction,
  type ParsedParams,
  type ParsedRequest,
  type ParsedStructuredInput,
  type ParsedUserMessageInput,
} from './request-schema.js';
import { encodeSse, serializeWire } from './sse-encode.js';
import type { ListOrder, Store } from './store.js';

export const DEFAULT_PAGE_SIZE = 20;

/** What hooks yield: any stream event, or the done event of a hidden context item. */
export type ServerStreamEvent = ThreadStreamEvent | HiddenContextDoneEvent;
export type EventSource = AsyncIterable<ServerStreamEvent>;

export type ProcessResult =
  | { kind: 'stream'; events: AsyncIterable<Uint8Array> }
  | { kind: 'json'; status: number; body: string };

export type ThreadOperation = 'create' | 'read' | 'write' | 'action' | 'delete';

/** May `context` do `operation` on this thread? `threadId` is null for `create`. */
export type Authorize<Context> = (
  context: Context,
  threadId: string | null,
  operation: ThreadOperation,
  thread?: ThreadMetadata,
) => boolean | Promise<boolean>;

export interface AttachmentHandler<Context> {
  /** Make the attachment record (id, upload_descriptor or preview_url); the server stores it. */
  create(params: ParsedParams['attachments.create'], context: Context): Promise<Attachment>;
  /** Remove the uploaded bytes; the server removes the record. */
  delete(attachmentId: string, context: Context): Promise<void>;
}

export interface ChatKitHooks<Context> {
  respond?(thread: ThreadMetadata, input: UserMessageItem | null, context: Context): EventSource;
  action?(thread: ThreadMetadata, action: ParsedAction, sender: WidgetItem | null, context: Context): EventSource;
  syncAction?(
    thread: ThreadMetadata,
    action: ParsedAction,
    sender: WidgetItem | null,
    context: Context,
  ): Promise<SyncCustomActionResult>;
  addFeedback?(threadId: string, itemIds: string[], kind: 'positive' | 'negative', context: Context): Promise<void>;
  transcribe?(audio: { data: Uint8Array; mime_type: string }, context: Context): Promise<TranscriptionResult>;
}

export interface ChatKitServerOptions<Context> extends ChatKitHooks<Context> {
  store: Store<Context>;
  attachments?: AttachmentHandler<Context>;
  authorize?: Authorize<Context>;
  /** Integration metadata stamped on new threads (e.g. the owner); stored, never sent. */
  threadMetadata?(context: Context): Record<string, unknown>;
  limits?: Partial<BodyLimits>;
  clock?: Clock;
  /** Told about hook failures that become `stream.error` events or 500s (default: console.error). */
  onError?(error: unknown): void;
}

const notFound = (what: string) => new RequestError('not_found', `${what} not found.`);

export class ChatKitServer<Context = unknown> {
  readonly store: Store<Context>;
  protected readonly options: ChatKitServerOptions<Context>;
  private readonly limits: BodyLimits;
  private readonly clock: Clock;

  constructor(options: ChatKitServerOptions<Context>) {
    this.options = options;
    this.store = options.store;
    this.limits = { ...DEFAULT_BODY_LIMITS, ...options.limits };
    this.clock = options.clock ?? systemClock;
  }

  // ---- hooks (override, or pass in the options) ------------------------------------------------

  respond(thread: ThreadMetadata, input: UserMessageItem | null, context: Context): EventSource {
    if (!this.options.respond) throw new StreamError('stream.error', false);
    return this.options.respond(thread, input, context);
  }

  action(thread: ThreadMetadata, action: ParsedAction, sender: WidgetItem | null, context: Context): EventSource {
    if (!this.options.action) throw new CustomStreamError(`This server does not handle actions (${action.type}).`);
    return this.options.action(thread, action, sender, context);
  }

  async syncAction(
    thread: ThreadMetadata,
    action: ParsedAction,
    sender: WidgetItem | null,
    context: Context,
  ): Promise<SyncCustomActionResult> {
    if (!this.options.syncAction) throw new RequestError('not_supported', 'This server does not handle sync actions.');
    return this.options.syncAction(thread, action, sender, context);
  }

  async addFeedback(threadId: string, itemIds: string[], kind: 'positive' | 'negative', context: Context): Promise<void> {
    await this.options.addFeedback?.(threadId, itemIds, kind, context);
  }

  async transcribe(audio: { data: Uint8Array; mime_type: string }, context: Context): Promise<TranscriptionResult> {
    if (!this.options.transcribe) throw new RequestError('not_supported', 'This server does not transcribe audio.');
    return this.options.transcribe(audio, context);
  }

  getStreamOptions(_thread: ThreadMetadata, _context: Context): { allow_cancel: boolean } {
    return { allow_cancel: true };
  }

  /**
   * The client went away mid-stream: keep non-empty assistant messages that were still streaming and
   * note the cancellation in hidden context, so the next reply does not continue the old one.
   */
  async handleStreamCancelled(thread: ThreadMetadata, pending: StoredThreadItem[], context: Context): Promise<void> {
    for (const item of pending) {
      if (item.type === 'assistant_message' && item.content.some((part) => part.text.trim() !== '')) {
        await this.store.addThreadItem(thread.id, item, context);
      }
    }
    const base = this.itemBase(thread, context, 'sdk_hidden_context');
    await this.store.addThreadItem(
      thread.id,
      { ...base, type: 'sdk_hidden_context', content: 'The user cancelled the stream. Stop responding to the prior request.' },
      context,
    );
  }

  /** A new item's id (from the store) and creation time (from the clock). */
  itemBase(thread: ThreadMetadata, context: Context, type: StoreItemType = 'message'): ItemBase {
    const id = this.store.generateItemId(type, thread, context);
    return { id, thread_id: thread.id, created_at: this.clock() };
  }

  now(): string {
    return this.clock();
  }

  // ---- entry point ------------------------------------------------------------------------------

  /** Answers one request body. Never throws: failures are JSON errors or error events. */
  async process(body: string | Uint8Array, context: Context): Promise<ProcessResult> {
    try {
      const request = parseChatKitRequest(parseRequestBody(body, this.limits));
      const stream = await this.openStream(request, context);
      if (stream) return { kind: 'stream', events: encodeSse(stream) };
      return { kind: 'json', status: 200, body: await this.answerJson(request, context) };
    } catch (error) {
      return this.errorResult(error);
    }
  }

  private errorResult(error: unknown): ProcessResult {
    if (error instanceof RequestError) return { kind: 'json', status: error.status, body: error.toJson() };
    this.reportError(error);
    const message = error instanceof CustomStreamError ? error.message : 'The server failed to handle this request.';
    return { kind: 'json', status: 500, body: new RequestError('internal', message).toJson() };
  }

  private reportError(error: unknown): void {
    if (this.options.onError) this.options.onError(error);
    else console.error('chatkit-widgets/server:', error);
  }

  private async authorized(context: Context, threadId: string | null, operation: ThreadOperation, thread?: ThreadMetadata) {
    return this.options.authorize ? await this.options.authorize(context, threadId, operation, thread) : true;
  }

  /** Loads a thread the context may use; unknown and forbidden look the same (404), so ids do not leak. */
  private async requireThread(threadId: string, operation: ThreadOperation, context: Context): Promise<ThreadMetadata> {
    const thread = await this.store.loadThread(threadId, context);
    if (!thread || !(await this.authorized(context, threadId, operation, thread))) throw notFound(`Thread ${threadId}`);
    return thread;
  }

  private async requireItem(threadId: string, itemId: string, context: Context): Promise<StoredThreadItem> {
    const item = await this.store.loadItem(threadId, itemId, context);
    if (!item || isHiddenItem(item)) throw notFound(`Item ${itemId}`);
    return item;
  }

  private async requireAttachments(ids: string[], context: Context): Promise<Attachment[]> {
    const attachments: Attachment[] = [];
    for (const id of ids) {
      const attachment = await this.store.loadAttachment(id, context);
      if (!attachment) throw notFound(`Attachment ${id}`);
      attachments.push(attachment);
    }
    return attachments;
  }

  // ---- JSON requests ----------------------------------------------------------------------------

  private async answerJson(request: ParsedRequest, context: Context): Promise<string> {
    switch (request.type) {
      case 'threads.get_by_id': {
        const thread = await this.requireThread(request.params.thread_id, 'read', context);
        const items = await this.store.loadThreadItems(thread.id, { limit: DEFAULT_PAGE_SIZE, order: 'asc' }, context);
        return serializeWire(toThreadResponse(thread, items));
      }
      case 'threads.list': {
        const { limit, order, after } = request.params;
        const page = await this.store.loadThreads(pageRequest(limit, order, after), context);
        const visible: Thread[] = [];
        for (const thread of page.data) {
          if (await this.authorized(context, thread.id, 'read', thread)) visible.push(toThreadResponse(thread));
        }
        return serializeWire({ ...page, data: visible });
      }
      case 'items.list': {
        const { thread_id, limit, order, after } = request.params;
        await this.requireThread(thread_id, 'read', context);
        const page = await this.store.loadThreadItems(thread_id, pageRequest(limit, order, after), context);
        // Hidden items are filtered after paging, as in Python: a page may be short while has_more is true.
        return serializeWire({ ...page, data: page.data.filter((item) => !isHiddenItem(item)) });
      }
      case 'items.feedback': {
        const { thread_id, item_ids, kind } = request.params;
        await this.requireThread(thread_id, 'write', context);
        await this.addFeedback(thread_id, item_ids, kind, context);
        return '{}';
      }
      case 'threads.update': {
        const thread = await this.requireThread(request.params.thread_id, 'write', context);
        thread.title = request.params.title;
        await this.store.saveThread(thread, context);
        return serializeWire(toThreadResponse(thread));
      }
      case 'threads.delete': {
        const thread = await this.requireThread(request.params.thread_id, 'delete', context);
        await this.store.deleteThread(thread.id, context);
        return '{}';
      }
      case 'threads.sync_custom_action': {
        const { thread_id, item_id, action } = request.params;
        const thread = await this.requireThread(thread_id, 'action', context);
        const sender = item_id ? await this.requireItem(thread_id, item_id, context) : null;
        if (sender && sender.type !== 'widget') {
          throw new RequestError('invalid_request', `Item ${item_id} is not a widget; sync actions need a widget sender.`);
        }
        return serializeWire(await this.syncAction(thread, action, sender, context));
      }
      case 'attachments.create': {
        const handler = this.requireAttachmentHandler();
        const attachment = await handler.create(request.params, context);
        await this.store.saveAttachment(attachment, context);
        return serializeWire(attachment);
      }
      case 'attachments.delete': {
        const handler = this.requireAttachmentHandler();
        const id = request.params.attachment_id;
        if (!(await this.store.loadAttachment(id, context))) throw notFound(`Attachment ${id}`);
        await handler.delete(id, context);
        await this.store.deleteAttachment(id, context);
        return '{}';
      }
      case 'input.transcribe': {
        const data = decodeBase64(request.params.audio_base64);
        return serializeWire(await this.transcribe({ data, mime_type: request.params.mime_type }, context));
      }
      default:
        throw new RequestError('invalid_request', `${request.type} is a streaming request.`);
    }
  }

  private requireAttachmentHandler(): AttachmentHandler<Context> {
    if (!this.options.attachments) throw new RequestError('not_supported', 'This server does not accept attachments.');
    return this.options.attachments;
  }

  // ---- streaming requests -----------------------------------------------------------------------

  /**
   * Checks everything a streaming request names before any byte is sent, so a bad id is a 4xx JSON
   * answer (Python sends 200 and then cuts the stream). Returns undefined for JSON requests.
   */
  private async openStream(request: ParsedRequest, context: Context): Promise<AsyncIterable<ServerStreamEvent> | undefined> {
    switch (request.type) {
      case 'threads.create': {
        if (!(await this.authorized(context, null, 'create'))) throw new RequestError('not_found', 'You may not create threads.');
        const attachments = await this.requireAttachments(request.params.input.attachments, context);
        return this.createThreadStream(request.params.input, attachments, context);
      }
      case 'threads.add_user_message': {
        const thread = await this.requireThread(request.params.thread_id, 'write', context);
        const attachments = await this.requireAttachments(request.params.input.attachments, context);
        return this.userMessageStream(thread, request.params.input, attachments, context);
      }
      case 'threads.add_client_tool_output': {
        const thread = await this.requireThread(request.params.thread_id, 'write', context);
        const last = (await this.store.loadThreadItems(thread.id, { limit: 1, order: 'desc' }, context)).data[0];
        if (last?.type !== 'client_tool_call' || last.status !== 'pending') {
          throw new RequestError('conflict', `Thread ${thread.id} has no pending client tool call.`);
        }
        return this.toolOutputStream(thread, last, request.params.result, context);
      }
      case 'threads.retry_after_item': {
        const { thread_id, item_id } = request.params;
        const thread = await this.requireThread(thread_id, 'write', context);
        const { userMessage, after } = await this.itemsAfter(thread_id, item_id, context);
        return this.retryStream(thread, userMessage, after, context);
      }
      case 'threads.custom_action': {
        const { thread_id, item_id, action } = request.params;
        const thread = await this.requireThread(thread_id, 'action', context);
        const sender = item_id ? await this.requireItem(thread_id, item_id, context) : null;
        // Python answers a sender that is not a widget with a lone error event; so do we.
        if (sender && sender.type !== 'widget') return singleEvent({ type: 'error', code: 'stream.error', allow_retry: false });
        return this.runHook(thread, context, () => this.action(thread, action, sender, context));
      }
      case 'threads.add_structured_input': {
        const { thread_id, item_id, input } = request.params;
        const thread = await this.requireThread(thread_id, 'write', context);
        const item = await this.requireItem(thread_id, item_id, context);
        if (item.type !== 'structured_input') throw new RequestError('invalid_request', `Item ${item_id} is not a structured input.`);
        if (item.status !== 'pending') throw new RequestError('conflict', `Structured input ${item_id} is not pending.`);
        const answered = applyStructuredInput(item, input);
        const self = this;
        return this.runHook(thread, context, async function* () {
          yield { type: 'thread.item.replaced', item: answered };
          yield* self.respond(thread, null, context);
        });
      }
      default:
        return undefined;
    }
  }

  private async *createThreadStream(
    input: ParsedUserMessageInput,
    attachments: Attachment[],
    context: Context,
  ): AsyncGenerator<ServerStreamEvent> {
    const thread: ThreadMetadata = {
      id: this.store.generateThreadId(context),
      created_at: this.clock(),
      status: { type: 'active' },
      metadata: this.options.threadMetadata?.(context) ?? {},
    };
    await this.store.saveThread(thread, context);
    yield { type: 'thread.created', thread: toThreadResponse(thread) };
    yield* this.userMessageStream(thread, input, attachments, context);
  }

  private async *userMessageStream(
    thread: ThreadMetadata,
    input: ParsedUserMessageInput,
    attachments: Attachment[],
    context: Context,
  ): AsyncGenerator<ServerStreamEvent> {
    const id = this.store.generateItemId('message', thread, context);
    const owned = attachments.map((attachment) => ({ ...attachment, thread_id: thread.id }));
    const message: UserMessageItem = {
      id,
      thread_id: thread.id,
      created_at: this.clock(),
      type: 'user_message',
      content: input.content,
      attachments: owned,
      ...(input.quoted_text != null ? { quoted_text: input.quoted_text } : {}),
      inference_options: withoutNulls(input.inference_options),
    };
    for (const attachment of owned) await this.store.saveAttachment(attachment, context);
    await this.store.addThreadItem(thread.id, message, context);
    yield { type: 'thread.item.done', item: message };
    yield* this.runHook(thread, context, () => this.respond(thread, message, context));
  }

  private async *toolOutputStream(
    thread: ThreadMetadata,
    toolCall: StoredThreadItem & { type: 'client_tool_call' },
    result: unknown,
    context: Context,
  ): AsyncGenerator<ServerStreamEvent> {
    await this.store.saveItem(thread.id, { ...toolCall, status: 'completed', output: result }, context);
    // Any other pending call can never complete now: drop it, as Python does.
    const recent = await this.store.loadThreadItems(thread.id, { limit: DEFAULT_PAGE_SIZE, order: 'desc' }, context);
    for (const item of recent.data) {
      if (item.type === 'client_tool_call' && item.status === 'pending') await this.store.deleteThreadItem(thread.id, item.id, context);
    }
    yield* this.runHook(thread, context, () => this.respond(thread, null, context));
  }

  /** The user message `itemId` and every item after it; an unknown id gives no message (empty stream). */
  private async itemsAfter(threadId: string, itemId: string, context: Context) {
    const after: StoredThreadItem[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await this.store.loadThreadItems(threadId, { after: cursor, limit: DEFAULT_PAGE_SIZE, order: 'desc' }, context);
      for (const item of page.data) {
        if (item.id === itemId) {
          if (item.type !== 'user_message') throw new RequestError('invalid_request', `Item ${itemId} is not a user message.`);
          return { userMessage: item, after };
        }
        after.push(item);
      }
      if (!page.has_more || !page.after) return { userMessage: undefined, after };
      cursor = page.after;
    }
  }

  private async *retryStream(
    thread: ThreadMetadata,
    userMessage: UserMessageItem | undefined,
    after: StoredThreadItem[],
    context: Context,
  ): AsyncGenerator<ServerStreamEvent> {
    if (!userMessage) return;
    // Python deletes silently (no thread.item.removed): clients drop later items themselves.
    for (const item of after) await this.store.deleteThreadItem(thread.id, item.id, context);
    yield* this.runHook(thread, context, () => this.respond(thread, userMessage, context));
  }

  /**
   * Runs one hook: stream_options first, then the hook's events, storing done/replaced/removed items,
   * swallowing hidden context, announcing thread title/status changes, turning throws into error
   * events, and saving what was streaming if the client disconnects.
   */
  private async *runHook(thread: ThreadMetadata, context: Context, hook: () => EventSource): AsyncGenerator<ServerStreamEvent> {
    yield { type: 'stream_options', stream_options: this.getStreamOptions(thread, context) };
    let lastSeen = threadSnapshot(thread);
    const pending = new Map<string, StoredThreadItem>();
    let finished = false;
    const threadChanged = async (): Promise<ThreadStreamEvent | undefined> => {
      const now = threadSnapshot(thread);
      if (now === lastSeen) return undefined;
      lastSeen = now;
      await this.store.saveThread(thread, context);
      return { type: 'thread.updated', thread: toThreadResponse(thread) };
    };
    try {
      try {
        for await (const event of hook()) {
          await this.storeEvent(thread.id, event, pending, context);
          if (!(event.type === 'thread.item.done' && isHiddenItem(event.item))) yield event;
          const updated = await threadChanged();
          if (updated) yield updated;
        }
      } catch (error) {
        yield this.errorEventFor(error);
      }
      const updated = await threadChanged();
      if (updated) yield updated;
      finished = true;
    } finally {
      if (!finished) await this.handleStreamCancelled(thread, [...pending.values()], context);
    }
  }

  private async storeEvent(
    threadId: string,
    event: ServerStreamEvent,
    pending: Map<string, StoredThreadItem>,
    context: Context,
  ): Promise<void> {
    switch (event.type) {
      case 'thread.item.added':
        if (event.item.type !== 'unknown') pending.set(event.item.id, structuredClone(event.item));
        return;
      case 'thread.item.done':
        if (event.item.type === 'unknown') return;
        await this.store.addThreadItem(threadId, event.item, context);
        pending.delete(event.item.id);
        return;
      case 'thread.item.replaced':
        if (event.item.type === 'unknown') return;
        await this.store.saveItem(threadId, event.item, context);
        pending.delete(event.item.id);
        return;
      case 'thread.item.removed':
        await this.store.deleteThreadItem(threadId, event.item_id, context);
        pending.delete(event.item_id);
        return;
      case 'thread.item.updated':
        applyPendingUpdate(pending, event);
        return;
      default:
        return;
    }
  }

  private errorEventFor(error: unknown): ErrorEvent {
    if (error instanceof CustomStreamError) return { type: 'error', code: 'custom', message: error.message, allow_retry: error.allowRetry };
    if (error instanceof StreamError) return { type: 'error', code: error.code, allow_retry: error.allowRetry };
    this.reportError(error);
    return { type: 'error', code: 'stream.error', allow_retry: true };
  }
}

// ---- helpers local to the server --------------------------------------------------------------

function pageRequest(limit: number | null | undefined, order: ListOrder, after: string | null | undefined) {
  // `limit or DEFAULT_PAGE_SIZE`: 0 and negatives mean the default, as in Python (which has no negative guard).
  const size = limit && limit > 0 ? limit : DEFAULT_PAGE_SIZE;
  return { limit: size, order, after: after ?? undefined };
}

/** What a client may see of a thread: no integration metadata, no hidden items. */
function toThreadResponse(thread: ThreadMetadata, items?: Page<StoredThreadItem>): Thread {
  const response: Thread = {
    id: thread.id,
    created_at: thread.created_at,
    status: thread.status,
    metadata: {},
    items: items ? { ...items, data: items.data.filter((item) => !isHiddenItem(item)) } : { data: [], has_more: false },
  };
  if (thread.title != null) response.title = thread.title;
  return response;
}

const threadSnapshot = (thread: ThreadMetadata) =>
  JSON.stringify({ title: thread.title ?? null, status: thread.status, metadata: thread.metadata ?? {} });

async function* singleEvent(event: ServerStreamEvent): AsyncGenerator<ServerStreamEvent> {
  yield event;
}

function withoutNulls<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Keeps a copy of streaming items current so a cancelled stream can save what the user saw. */
function applyPendingUpdate(pending: Map<string, StoredThreadItem>, event: ThreadItemUpdatedEvent): void {
  const item = pending.get(event.item_id);
  const update = event.update;
  if (item?.type === 'assistant_message' && update.type.startsWith('assistant_message.')) {
    const index = (update as { content_index: number }).content_index;
    while (item.content.length <= index) item.content.push({ type: 'output_text', text: '', annotations: [] });
    const part = item.content[index]!;
    if (update.type === 'assistant_message.content_part.text_delta') part.text += update.delta;
    else if (update.type === 'assistant_message.content_part.annotation_added') part.annotations.splice(update.annotation_index, 0, update.annotation);
    else if (update.type === 'assistant_message.content_part.added' || update.type === 'assistant_message.content_part.done') {
      item.content[index] = structuredClone(update.content);
    }
  } else if (item?.type === 'workflow') {
    if (update.type === 'workflow.task.added') item.workflow.tasks.push(update.task);
    else if (update.type === 'workflow.task.updated') item.workflow.tasks[update.task_index] = update.task;
  }
}

/** Records the answers on a copy of the item (single-choice questions keep the first value). */
function applyStructuredInput(item: StoredThreadItem & { type: 'structured_input' }, input: ParsedStructuredInput) {
  const inputs = item.inputs.map((question) => {
    const answer = typeof question.id === 'string' ? input.answers[question.id] : undefined;
    if (input.status === 'skipped' || !answer || answer.skipped || answer.values.length === 0) {
      return { ...question, answer: { values: [], skipped: true } };
    }
    const single = question.type === 'multiple_choice' && !question.multiple;
    return { ...question, answer: { values: single ? answer.values.slice(0, 1) : answer.values, skipped: false } };
  });
  return { ...item, status: input.status, inputs };
}

function decodeBase64(text: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    throw new RequestError('invalid_request', 'input.transcribe: params.audio_base64 is not base64.');
  }
}
