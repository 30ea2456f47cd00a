/**
 * One thread's live state: the protocol client, the pure reducer and the one running stream.
 * No DOM: `<ck-thread>`, `<ck-chat>` and a standalone `<ck-widget>` subscribe to it and render.
 */
import { ChatKitClient, ChatKitProtocolError, type ChatKitClientOptions } from '../protocol/client.js';
import { requests, type ChatKitRequest, type StreamingRequestType, type UserMessageInput, type WireAction } from '../protocol/requests.js';
import type { ErrorEvent, JsonObject, ThreadItem, ThreadStreamEvent } from '../protocol/types.js';
import {
  applyStreamEvent,
  applyUpdatedItem,
  beginStream,
  emptyThreadState,
  endStream,
  mergeItemsPage,
  threadStateFromLatestItems,
  threadStateFromThread,
  type StreamOutcome,
  type ThreadState,
} from '../thread/reducer.js';

export type ControllerEvent =
  | { type: 'state'; state: ThreadState }
  | { type: 'effect'; name: string; data: JsonObject }
  | { type: 'response-start'; request: string }
  | { type: 'response-end'; request: string; outcome: StreamOutcome }
  | { type: 'thread-change'; threadId: string | null }
  /** A transport failure (`error`), or an `error` event the server streamed (`event`). */
  | { type: 'error'; error: ChatKitProtocolError | null; event: ErrorEvent | null; retryItemId: string | null }
  | { type: 'log'; name: string; data: Record<string, unknown> };

export type ControllerListener = (event: ControllerEvent) => void;

export interface ThreadControllerOptions {
  api: ChatKitClientOptions;
  threadId?: string | null;
}

/** Thrown (as a value, never to the page) when a second response is asked for while one runs. */
export class ThreadBusyError extends Error {
  override readonly name = 'ThreadBusyError';
  constructor() {
    super('A response is already running in this thread; wait for it to finish.');
  }
}

export class ThreadController {
  readonly client: ChatKitClient;
  #state: ThreadState = emptyThreadState;
  #threadId: string | null;
  #listeners = new Set<ControllerListener>();
  #abort: AbortController | null = null;

  constructor(options: ThreadControllerOptions) {
    const onLog = options.api.onLog;
    this.client = new ChatKitClient({
      ...options.api,
      onLog: (entry) => {
        onLog?.(entry);
        this.#emit({ type: 'log', name: `protocol.${entry.level}`, data: { ...entry } });
      },
    });
    this.#threadId = options.threadId ?? null;
  }

  get state(): ThreadState {
    return this.#state;
  }

  get threadId(): string | null {
    return this.#threadId;
  }

  get busy(): boolean {
    return this.#abort !== null;
  }

  subscribe(listener: ControllerListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: ControllerEvent): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A listener's bug must not break the stream for the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  #set(state: ThreadState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#emit({ type: 'state', state });
  }

  /** Puts items the page already has (e.g. a widget rendered before any stream) into the state. */
  seed(items: ThreadItem[]): void {
    let state = this.#state;
    for (const item of items) {
      const next = applyUpdatedItem(state, item);
      state = next === state && !state.items.some((i) => i.id === item.id) ? { ...state, items: [...state.items, item] } : next;
    }
    this.#set(state);
  }

  /** Loads a thread (`threads.get_by_id`); `null` starts an empty one. */
  async load(threadId: string | null, signal?: AbortSignal): Promise<void> {
    this.abort();
    this.#threadId = threadId;
    this.#emit({ type: 'thread-change', threadId });
    if (threadId === null) {
      this.#set(emptyThreadState);
      return;
    }
    const thread = await this.client.request(requests.getThread(threadId), { signal });
    // get_by_id answers with the OLDEST page; a long thread is shown from its newest items instead.
    const state = thread.items.has_more
      ? threadStateFromLatestItems(thread, await this.client.request(requests.listItems(threadId, { order: 'desc', limit: 20 }), { signal }))
      : threadStateFromThread(thread);
    if (this.#threadId === threadId) this.#set(state);
  }

  /** Loads the page of items before the oldest loaded one (`items.list`, newest first). */
  async loadOlder(limit = 20, signal?: AbortSignal): Promise<void> {
    const threadId = this.#threadId;
    const cursor = this.#state.olderCursor;
    if (!threadId || !this.#state.hasOlder || !cursor) return;
    const page = await this.client.request(requests.listItems(threadId, { limit, order: 'desc', after: cursor }), { signal });
    if (this.#threadId === threadId) this.#set(mergeItemsPage(this.#state, page, 'desc'));
  }

  sendUserMessage(input: UserMessageInput): Promise<StreamOutcome> {
    return this.#stream(this.#threadId ? requests.addUserMessage(this.#threadId, input) : requests.createThread(input));
  }

  retryAfterItem(itemId: string): Promise<StreamOutcome> {
    return this.#stream(requests.retryAfterItem(this.#requireThread(), itemId));
  }

  addClientToolOutput(result: unknown): Promise<StreamOutcome> {
    return this.#stream(requests.addClientToolOutput(this.#requireThread(), result));
  }

  /**
   * Sends a widget action to the server: streamed (`threads.custom_action`) or, with
   * `streaming: false`, as `threads.sync_custom_action` whose returned item is applied in place.
   */
  async sendAction(action: WireAction, itemId: string | null): Promise<StreamOutcome> {
    const threadId = this.#requireThread();
    if (action.streaming !== false) return this.#stream(requests.customAction(threadId, itemId, action));
    if (this.busy) throw new ThreadBusyError();
    const abort = (this.#abort = new AbortController());
    this.#emit({ type: 'response-start', request: 'threads.sync_custom_action' });
    let outcome: StreamOutcome = 'completed';
    try {
      const result = await this.client.request(requests.syncCustomAction(threadId, itemId, action), { signal: abort.signal });
      if (result.updated_item) this.seed([result.updated_item]);
    } catch (error) {
      outcome = this.#failure(error);
    } finally {
      if (this.#abort === abort) this.#abort = null;
      this.#emit({ type: 'response-end', request: 'threads.sync_custom_action', outcome });
    }
    return outcome;
  }

  /** Stops the running response (the element was removed, or the user pressed stop). */
  abort(): void {
    this.#abort?.abort();
  }

  #requireThread(): string {
    if (!this.#threadId) throw new Error('No thread: set a thread id (thread-id attribute) or send a message first.');
    return this.#threadId;
  }

  #failure(error: unknown): StreamOutcome {
    if (error instanceof ChatKitProtocolError && error.kind === 'aborted') return 'cancelled';
    const protocolError =
      error instanceof ChatKitProtocolError
        ? error
        : new ChatKitProtocolError('network', error instanceof Error ? error.message : String(error), { requestType: 'unknown', cause: error });
    this.#emit({ type: 'error', error: protocolError, event: null, retryItemId: null });
    return 'failed';
  }

  async #stream(request: ChatKitRequest<StreamingRequestType>): Promise<StreamOutcome> {
    if (this.busy) throw new ThreadBusyError();
    const abort = (this.#abort = new AbortController());
    this.#set(beginStream(this.#state, request));
    this.#emit({ type: 'response-start', request: request.type });
    let outcome: StreamOutcome = 'completed';
    try {
      for await (const event of this.client.stream(request, { signal: abort.signal })) this.#apply(event);
    } catch (error) {
      outcome = this.#failure(error);
    } finally {
      if (this.#abort === abort) this.#abort = null;
      this.#set(endStream(this.#state, outcome));
      this.#emit({ type: 'response-end', request: request.type, outcome });
    }
    return outcome;
  }

  #apply(event: ThreadStreamEvent): void {
    this.#set(applyStreamEvent(this.#state, event));
    switch (event.type) {
      case 'thread.created':
        this.#threadId = event.thread.id;
        this.#emit({ type: 'thread-change', threadId: event.thread.id });
        break;
      case 'client_effect':
        this.#emit({ type: 'effect', name: event.name, data: event.data });
        break;
      case 'error': {
        // Retry regenerates after the last user message, as ChatKit's retry button does.
        const lastUser = [...this.#state.items].reverse().find((item) => item.type === 'user_message');
        this.#emit({ type: 'error', error: null, event, retryItemId: event.allow_retry && lastUser ? lastUser.id : null });
        break;
      }
      default:
        break;
    }
  }
}
