import { LitElement, adoptStyles, html, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ContextProvider } from '@lit/context';
import { tokenStyles } from '../style/tokens.js';
import { baseStyles } from '../style/base.js';
import { iconStyles } from '../icons/index.js';
import { threadControllerContext } from '../dispatch/context.js';
import { ThreadController, type ControllerEvent } from '../dispatch/thread-controller.js';
import { ChatKitProtocolError, type ChatKitClientOptions } from '../protocol/client.js';
import { textInput, type UserMessageInput, type WireAction } from '../protocol/requests.js';
import type { ClientToolCallItem, JsonObject, ThreadItem } from '../protocol/types.js';
import { emptyThreadState, type StreamOutcome, type ThreadState } from '../thread/reducer.js';
import { emit, type CkErrorDetail } from '../events.js';
import { themeProperties, type ThemeOption } from '../style/theme.js';
import type { ActionConfig } from '../schema/index.js';
import { renderItem } from './thread/item-views.js';
import { markdownModule } from './thread/markdown.js';
import { nextFrame } from './thread/next-frame.js';
import { describeProtocolError, renderResponseStatus, type TransportFailure } from './thread/response-status.js';
import { threadStyles } from './thread/thread-styles.js';
import type { ItemViewContext, TagRenderer, ToolRun } from './thread/view-context.js';
import { defineCkWidget } from './ck-widget.js';

/** A tool call the server asked the page to run (`onClientTool`). */
export interface ClientToolCall {
  name: string;
  params: JsonObject;
  callId: string;
  itemId: string;
}

type LoadStatus = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string };

/**
 * Renders a ChatKit thread and keeps it live: loads it from a ChatKit server (`threads.get_by_id`),
 * pages back (`items.list`), streams responses in, and gives the widgets inside it the thread's
 * controller, so their server actions go to this thread and their replacements land in place.
 *
 * @tag ck-thread
 * @fires ck-effect - A `client_effect` from the server: `detail: {name, data}`.
 * @fires ck-error - A failed load or request, or an `error` the server streamed: `detail: {kind, message, error}`.
 * @fires ck-response-start - A response began: `detail: {request}` (the request type).
 * @fires ck-response-end - A response ended: `detail: {request, outcome}` (`completed`, `cancelled`, `failed`).
 * @fires ck-thread-change - The thread changed (loaded, created by the first message, or cleared): `detail: {threadId}`.
 * @fires ck-log - Diagnostics from the protocol client and the thread: `detail: {name, data}`.
 * @csspart thread - The whole thread.
 * @csspart items - The list of items (`role="log"`).
 * @csspart load-older - The "Load earlier messages" button.
 * @csspart user-message - A message the user sent.
 * @csspart user-bubble - The text of a user message.
 * @csspart tag - An @mention chip in a user message.
 * @csspart attachment - An attached file's name.
 * @csspart attachment-preview - The preview of an attached image (its `preview_url`, through the URL policy).
 * @csspart assistant-message - A reply of the assistant.
 * @csspart sources - The sources a reply cites.
 * @csspart widget - A `<ck-widget>` item.
 * @csspart tool-call - A client tool call and its status.
 * @csspart workflow - A workflow; `workflow-toggle` is its expand button, `task` each task.
 * @csspart generated-image - A generated image.
 * @csspart progress - The progress line of the running response.
 * @csspart notice - A notice the server sent.
 * @csspart error - An error the server streamed; `retry` is its Retry button.
 * @csspart failure - A failed request; `reload` is its "Reload thread" button.
 * @cssprop --ck-color-text - Message text.
 * @cssprop --ck-color-surface-tertiary - User message bubbles.
 * @cssprop --ck-color-accent - Links and @mention chips.
 * @cssprop --ck-color-danger - Errors.
 * @cssprop --ck-font-family - Text font.
 * @cssprop --ck-space-unit - One step of the spacing scale (default 4px).
 */
export class CkThread extends LitElement {
  static override properties = {
    endpoint: { type: String },
    api: { attribute: false },
    threadId: { type: String, attribute: 'thread-id', reflect: true },
    theme: { type: String, reflect: true },
    themeOptions: { attribute: false },
    pageSize: { type: Number, attribute: 'page-size' },
    onClientTool: { attribute: false },
    onEffect: { attribute: false },
    renderTag: { attribute: false },
    renderItemFooter: { attribute: false },
    _state: { state: true },
  };

  static override styles: CSSResultGroup = [tokenStyles, baseStyles, iconStyles, threadStyles];

  /** The ChatKit server endpoint (used when `api` is not set). */
  endpoint?: string;
  /** API options like ChatKit's: `{url, fetch?, headers?, metadata?}`; a custom fetch is how to add auth. */
  api?: ChatKitClientOptions;
  /** The thread to show; empty for a new thread (the first message creates it). */
  threadId?: string;
  /** `light` (default), `dark`, or `auto`; passed on to the widgets inside. */
  theme?: 'light' | 'dark' | 'auto';
  /** ChatKit-style theme option (`{colorScheme, radius, density, typography, color}`), for the thread and its widgets. */
  themeOptions?: ThemeOption;
  /** How many older items "Load earlier messages" asks for. */
  pageSize = 20;
  /** Runs a tool the server asked the page for; its result goes back with `threads.add_client_tool_output`. */
  onClientTool?: (toolCall: ClientToolCall) => unknown;
  /** Called for every `client_effect`, before the `ck-effect` event. */
  onEffect?: (effect: { name: string; data: JsonObject }) => void;
  /** Draws the @mention chips of sent messages (default: a plain chip). `<ck-chat>` sets it. */
  renderTag?: TagRenderer;
  /**
   * Extra content after an item, e.g. `<ck-chat>`'s response actions. Called on every render of the
   * thread (outside the item's cache), so it should be cheap or cache by its own keys.
   */
  renderItemFooter?: (item: ThreadItem, state: ThreadState) => unknown;

  private _state: ThreadState = emptyThreadState;
  #controller?: ThreadController;
  #controllerKey?: unknown;
  #unsubscribe?: () => void;
  #provider = new ContextProvider(this, { context: threadControllerContext });
  #frameBatched = false;
  #load: LoadStatus = { status: 'idle' };
  #loadAbort?: AbortController;
  #loadInterrupted = false;
  #older: { loading: boolean; error: string | null } = { loading: false, error: null };
  #failure: TransportFailure | null = null;
  #retryItemId: string | null = null;
  #itemsAtStart = new Set<string>();
  #tools = new Map<string, ToolRun>();
  #expanded = new Map<string, boolean>();
  #markdownStylesAdopted = false;
  #themeKeys: string[] = [];

  /** The controller of this thread (null until `endpoint` or `api` is set). */
  get controller(): ThreadController | null {
    return this.#controller ?? null;
  }

  /** The thread state as rendered: items, progress, notices, error. */
  get state(): ThreadState {
    return this._state;
  }

  // ---- imperative API ----------------------------------------------------------------------

  /** Sends a user message (`threads.add_user_message`, or `threads.create` when there is no thread yet). */
  sendUserMessage(input: string | UserMessageInput): Promise<StreamOutcome> {
    return this.#run((controller) => controller.sendUserMessage(typeof input === 'string' ? textInput(input) : input));
  }

  /**
   * Sends a widget action to the server (`threads.custom_action`). A `ck-action` listener that
   * handled a client action calls this to forward it: `thread.sendCustomAction(e.detail.action, e.detail.itemId)`.
   */
  sendCustomAction(action: ActionConfig | WireAction, itemId: string | null = null): Promise<StreamOutcome> {
    return this.#run((controller) => controller.sendAction(action as WireAction, itemId));
  }

  /** Shows another thread (`null`: a new, empty one). */
  async setThreadId(threadId: string | null): Promise<void> {
    this.threadId = threadId ?? undefined;
    await this.#loadThread(threadId);
  }

  /** Reloads the current thread from the server. */
  fetchUpdates(): Promise<void> {
    return this.#loadThread(this.#controller?.threadId ?? this.threadId ?? null);
  }

  /** Retries the failed response (`threads.retry_after_item`), or reloads after a failed request. */
  async retry(): Promise<void> {
    const itemId = this.#retryItemId;
    if (itemId) {
      await this.#run((controller) => controller.retryAfterItem(itemId));
      return;
    }
    if (this.#failure || this.#load.status === 'failed') await this.fetchUpdates();
  }

  /** Regenerates the response to a user message (`threads.retry_after_item`): later items are replaced. */
  retryAfterItem(itemId: string): Promise<StreamOutcome> {
    return this.#run((controller) => controller.retryAfterItem(itemId));
  }

  /** Stops the running response. */
  stop(): void {
    this.#controller?.abort();
  }

  async #run(send: (controller: ThreadController) => Promise<StreamOutcome>): Promise<StreamOutcome> {
    const controller = this.#controller;
    if (!controller) {
      this.#error({ kind: 'action', message: 'No ChatKit server: set the endpoint attribute or the api property.' });
      return 'failed';
    }
    try {
      return await send(controller);
    } catch (error) {
      // Busy thread, or no thread yet: the caller gets an outcome and the page a ck-error, never a throw.
      this.#error({ kind: 'action', message: error instanceof Error ? error.message : String(error), error });
      return 'failed';
    }
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#loadInterrupted) {
      this.#loadInterrupted = false;
      void this.fetchUpdates();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removing the element ends its requests: nothing keeps streaming into a detached thread.
    // A response cut short this way may have gone on on the server: re-attaching reloads the thread.
    if (this.#controller?.busy && this.#controller.threadId) this.#loadInterrupted = true;
    this.#controller?.abort();
    if (this.#load.status === 'loading') {
      this.#loadInterrupted = true;
      this.#loadAbort?.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('endpoint')) this.#connect();
    if (changed.has('themeOptions')) this.#applyTheme();
    const controller = this.#controller;
    if (controller && changed.has('threadId') && (this.threadId || null) !== controller.threadId) {
      void this.#loadThread(this.threadId || null);
    }
  }

  protected override async scheduleUpdate(): Promise<void> {
    // Streamed deltas arrive many per frame: render the thread at most once per animation frame.
    if (this.#frameBatched) {
      this.#frameBatched = false;
      await nextFrame();
    }
    super.scheduleUpdate();
  }

  #connect(): void {
    const options = this.api ?? (this.endpoint ? { url: this.endpoint } : undefined);
    const key = this.api ?? this.endpoint;
    if (key === this.#controllerKey) return;
    this.#controllerKey = key;
    this.#unsubscribe?.();
    this.#controller?.abort();
    this.#loadAbort?.abort();
    this.#controller = undefined;
    this._state = emptyThreadState;
    if (!options) {
      this.#provider.setValue(undefined);
      return;
    }
    const controller = new ThreadController({ api: options });
    this.#unsubscribe = controller.subscribe((event) => this.#onControllerEvent(event));
    this.#controller = controller;
    this.#provider.setValue(controller);
    if (this.threadId) void this.#loadThread(this.threadId);
  }

  #applyTheme(): void {
    for (const key of this.#themeKeys) this.style.removeProperty(key);
    const pairs = themeProperties(this.themeOptions);
    for (const [key, value] of pairs) this.style.setProperty(key, value);
    this.#themeKeys = pairs.map(([key]) => key);
  }

  async #loadThread(threadId: string | null): Promise<void> {
    const controller = this.#controller;
    if (!controller) {
      if (threadId) this.#load = { status: 'failed', message: 'No ChatKit server: set the endpoint attribute or the api property.' };
      this.requestUpdate();
      return;
    }
    this.#loadAbort?.abort();
    const abort = (this.#loadAbort = new AbortController());
    this.#load = threadId ? { status: 'loading' } : { status: 'idle' };
    this.#failure = null;
    this.#retryItemId = null;
    this.#older = { loading: false, error: null };
    this.requestUpdate();
    try {
      await controller.load(threadId, abort.signal);
      if (this.#loadAbort === abort) this.#load = { status: 'idle' };
    } catch (error) {
      if (this.#loadAbort !== abort) return;
      if (abort.signal.aborted) {
        this.#load = { status: 'idle' };
      } else {
        const message = `Could not load the thread. ${error instanceof ChatKitProtocolError ? describeProtocolError(error) : String(error)}`;
        this.#load = { status: 'failed', message };
        this.#error({ kind: 'load', message, error });
      }
    } finally {
      if (this.#loadAbort === abort) this.requestUpdate();
    }
  }

  async #loadOlder(): Promise<void> {
    const controller = this.#controller;
    if (!controller || this.#older.loading) return;
    this.#older = { loading: true, error: null };
    this.requestUpdate();
    try {
      await controller.loadOlder(this.pageSize, this.#loadAbort?.signal);
      this.#older = { loading: false, error: null };
    } catch (error) {
      const message = `Could not load earlier messages. ${error instanceof ChatKitProtocolError ? describeProtocolError(error) : String(error)}`;
      this.#older = { loading: false, error: message };
      this.#error({ kind: 'load', message, error });
    }
    this.requestUpdate();
  }

  #error(detail: CkErrorDetail): void {
    emit<CkErrorDetail>(this, 'ck-error', detail);
  }

  #onControllerEvent(event: ControllerEvent): void {
    switch (event.type) {
      case 'state':
        this._state = event.state;
        this.#frameBatched = true;
        break;
      case 'effect':
        try {
          this.onEffect?.({ name: event.name, data: event.data });
        } catch (error) {
          this.#error({ kind: 'action', message: `onEffect threw: ${error instanceof Error ? error.message : String(error)}`, error });
        }
        emit(this, 'ck-effect', { name: event.name, data: event.data });
        break;
      case 'response-start':
        this.#failure = null;
        this.#retryItemId = null;
        this.#itemsAtStart = new Set(this._state.items.map((item) => item.id));
        emit(this, 'ck-response-start', { request: event.request });
        break;
      case 'response-end':
        this.requestUpdate();
        emit(this, 'ck-response-end', { request: event.request, outcome: event.outcome });
        if (event.outcome === 'completed') this.#runNewToolCalls();
        break;
      case 'thread-change':
        if ((this.threadId || null) !== event.threadId) this.threadId = event.threadId ?? undefined;
        emit(this, 'ck-thread-change', { threadId: event.threadId });
        break;
      case 'error':
        if (event.error) {
          const threadId = this.#controller?.threadId ?? null;
          this.#failure = { message: describeProtocolError(event.error), canReload: threadId !== null };
          this.#error({ kind: 'stream', message: event.error.message, error: event.error });
        } else if (event.event) {
          this.#retryItemId = event.retryItemId;
          const message = event.event.message ?? `The server reported an error (${event.event.code}).`;
          this.#error({ kind: 'stream', message, error: event.event });
        }
        this.requestUpdate();
        break;
      case 'log':
        emit(this, 'ck-log', { name: event.name, data: event.data });
        break;
    }
  }

  /** Client tool calls that arrived in the response that just ended go to `onClientTool`, once each. */
  #runNewToolCalls(): void {
    const calls = this._state.items.filter(
      (item): item is ClientToolCallItem => item.type === 'client_tool_call' && item.status === 'pending' && !this.#itemsAtStart.has(item.id) && !this.#tools.has(item.id),
    );
    const call = calls.at(-1);
    if (!call) return;
    if (!this.onClientTool) {
      emit(this, 'ck-log', { name: 'client_tool.unhandled', data: { name: call.name, itemId: call.id, reason: 'no onClientTool handler' } });
      return;
    }
    void this.#runToolCall(call);
  }

  async #runToolCall(call: ClientToolCallItem): Promise<void> {
    this.#tools.set(call.id, { status: 'running' });
    this.requestUpdate();
    let result: unknown;
    try {
      result = await this.onClientTool!({ name: call.name, params: call.arguments ?? {}, callId: call.call_id, itemId: call.id });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#tools.set(call.id, { status: 'failed', message });
      this.#error({ kind: 'action', message: `onClientTool failed for ${call.name}: ${message}`, error });
      this.requestUpdate();
      return;
    }
    this.#tools.delete(call.id);
    this.requestUpdate();
    await this.#run((controller) => controller.addClientToolOutput(result ?? {}));
  }

  // ---- rendering ---------------------------------------------------------------------------

  #adoptMarkdownStyles(): void {
    const module = markdownModule.loaded;
    if (!module || this.#markdownStylesAdopted || !this.renderRoot) return;
    this.#markdownStylesAdopted = true;
    const styles = [CkThread.styles, module.markdownStyles] as CSSResultGroup[];
    adoptStyles(this.renderRoot as ShadowRoot, styles.flat(Infinity as 1) as CSSResultOrNative[]);
  }

  #needsMarkdown(items: readonly ThreadItem[]): void {
    if (markdownModule.loaded || !items.some((item) => item.type === 'assistant_message')) return;
    // Until (or unless) the chunk arrives, replies show as plain text.
    markdownModule.load().then(
      () => this.requestUpdate(),
      (error: unknown) => emit(this, 'ck-log', { name: 'markdown.unavailable', data: { message: error instanceof Error ? error.message : String(error) } }),
    );
  }

  #toggle = (itemId: string, expanded: boolean): void => {
    this.#expanded.set(itemId, expanded);
    this.requestUpdate();
  };

  #renderItem(item: ThreadItem, state: ThreadState): unknown {
    const unfinished = state.unfinishedItemIds.includes(item.id);
    const ctx: ItemViewContext = {
      unfinished,
      streaming: state.streaming,
      markdown: markdownModule.loaded,
      tool: this.#tools.get(item.id),
      expanded: this.#expanded.get(item.id),
      toggle: this.#toggle,
      imageProgress: state.imageProgress[item.id],
      theme: this.theme,
      themeOptions: this.themeOptions,
      renderTag: this.renderTag,
    };
    // Structural sharing: an item that did not change keeps its object, so it is not re-rendered.
    return guard([item, unfinished, state.streaming, ctx.markdown, ctx.tool, ctx.expanded, ctx.imageProgress, ctx.theme, ctx.themeOptions, ctx.renderTag], () => renderItem(item, ctx));
  }

  #renderOlder(state: ThreadState): unknown {
    if (!state.hasOlder && !this.#older.error) return nothing;
    const loading = this.#older.loading;
    return html`<div class="older">
      ${state.hasOlder
        ? html`<button type="button" part="load-older" aria-busy=${loading ? 'true' : 'false'} ?disabled=${loading} @click=${() => void this.#loadOlder()}>
            ${loading ? html`<span class="ck-spinner" aria-hidden="true"></span>Loading earlier messages…` : 'Load earlier messages'}
          </button>`
        : nothing}
      ${this.#older.error ? html`<span class="thread-error" role="alert">${this.#older.error}</span>` : nothing}
    </div>`;
  }

  #renderLoad(): unknown {
    const load = this.#load;
    if (load.status === 'loading') {
      return html`<div class="ck-loading" role="status"><span class="ck-spinner" aria-hidden="true"></span>Loading thread…</div>`;
    }
    if (load.status === 'failed') {
      return html`<div class="thread-error" part="failure" role="alert">
        <span>${load.message}</span>
        <button type="button" part="reload" @click=${() => void this.fetchUpdates()}>Reload thread</button>
      </div>`;
    }
    return nothing;
  }

  protected override render(): unknown {
    const state = this._state;
    this.#needsMarkdown(state.items);
    return html`<section class="thread" part="thread">
      ${this.#renderOlder(state)}
      ${this.#renderLoad()}
      <div class="items" part="items" role="log" aria-live="polite" aria-relevant="additions" aria-label="Conversation" aria-busy=${state.streaming ? 'true' : 'false'}>${repeat(
        state.items,
        (item) => item.id,
        (item) => html`<div class="item" data-item-id=${item.id} data-item-type=${item.type}>${this.#renderItem(item, state)}${this.renderItemFooter?.(item, state) ?? nothing}</div>`,
      )}</div>
      ${renderResponseStatus(state, this.#failure, this.#retryItemId !== null, {
        retry: () => void this.retry(),
        reload: () => void this.fetchUpdates(),
        dismiss: () => {
          this.#failure = null;
          this.requestUpdate();
        },
        stop: () => this.stop(),
      })}
    </section>`;
  }

  protected override updated(): void {
    this.#adoptMarkdownStyles();
  }
}

export function defineCkThread(): void {
  defineCkWidget();
  if (!customElements.get('ck-thread')) customElements.define('ck-thread', CkThread);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-thread': CkThread;
  }
}
