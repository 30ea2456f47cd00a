import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { tokenStyles } from '../style/tokens.js';
import { baseStyles } from '../style/base.js';
import { themeProperties, type ThemeOption } from '../style/theme.js';
import { iconStyles, renderIcon } from '../icons/index.js';
import { emit, type CkActionEvent, type CkLogEvent, type CkResponseEndDetail, type CkThreadChangeDetail, type CkToolChangeDetail } from '../events.js';
import { ChatKitProtocolError, type ChatKitClient, type ChatKitClientOptions } from '../protocol/client.js';
import { requests, type UserMessageInput, type WireAction } from '../protocol/requests.js';
import type { Attachment, InferenceOptions, InputTagContent, ThreadItem, UserMessageContent } from '../protocol/types.js';
import type { StreamOutcome, ThreadState } from '../thread/reducer.js';
import type { ThreadController } from '../dispatch/thread-controller.js';
import type { ActionConfig } from '../schema/index.js';
import { CkThread, defineCkThread } from './ck-thread.js';
import { describeProtocolError } from './thread/describe-error.js';
import { chatStyles } from './chat/chat-styles.js';
import { chatGlyphs, chatIcon, headerIcon, headerIconLabel } from './chat/chat-icons.js';
import { ComposerController } from './chat/composer.js';
import { defineCkEntityTag } from './chat/entity-tag.js';
import { HistoryController } from './chat/history.js';
import type { CkChatOptions, HeaderAction, StartScreenPrompt } from './chat/options.js';
import { defineCkResponseActions, type ResponseAction } from './chat/response-actions.js';
import { formatString, resolveStrings, type ChatStrings } from './chat/strings.js';
import { responseTurns, type ResponseTurn } from './chat/turns.js';

/** `sendUserMessage` parameters, as ChatKit's element takes them. */
export interface SendUserMessageParams {
  text?: string;
  /** Instead of `text`: content parts, e.g. with `input_tag` mentions. */
  content?: UserMessageContent[];
  /** Quoted text the message replies to. */
  reply?: string;
  /** Already uploaded attachments. */
  attachments?: Attachment[];
  /** Start a new thread with this message. */
  newThread?: boolean;
  toolChoice?: { id: string };
  model?: string;
}

/** `setComposerValue` parameters, as ChatKit's element takes them. */
export interface SetComposerValueParams {
  text?: string;
  content?: UserMessageContent[];
  reply?: string;
  attachments?: Attachment[];
  /** Files to upload and attach (`attachments.create`). */
  files?: File[];
  selectedToolId?: string | null;
  selectedModelId?: string;
}

/** What the chrome shows of the thread; re-rendered only when one of these changes. */
interface ThreadView {
  title: string | null;
  empty: boolean;
  streaming: boolean;
  /** The running response may be stopped (the server did not say `allow_cancel: false`). */
  stoppable: boolean;
}

const SAME_VIEW = (a: ThreadView, b: ThreadView) => a.title === b.title && a.empty === b.empty && a.streaming === b.streaming && a.stoppable === b.stoppable;
/** Within this many pixels of the bottom, the view follows a streaming response. */
const STICK_DISTANCE = 48;

const THREAD_PARTS = [
  'thread',
  'items',
  'load-older',
  'user-message',
  'user-bubble',
  'tag',
  'preview',
  'attachment',
  'attachment-preview',
  'assistant-message',
  'sources',
  'widget',
  'tool-call',
  'workflow',
  'generated-image',
  'progress',
  'notice',
  'error',
  'retry',
  'failure',
  'reload',
  'actions',
  'action',
].join(', ');

/**
 * A complete chat: a `<ck-thread>` with a composer (multiline input, @mentions, attachments,
 * tools, model choice), response actions (copy, share, feedback, retry), a start screen, a header
 * and the conversation history. Configured like ChatKit's element: `setOptions({api, composer,
 * entities, threadItemActions, startScreen, header, history, theme, locale, …})`.
 *
 * @tag ck-chat
 * @fires ck-log - Diagnostics and analytics: `message.feedback`, `message.copy`, `message.share`, `message.retry`, `composer.submit`, `composer.tool.change`, `entity.click`, `history.rename`, … (`detail: {name, data}`); also everything the thread logs.
 * @fires ck-tool-change - The selected composer tool changed: `detail: {toolId}`.
 * @fires ck-history-open - The history panel opened.
 * @fires ck-history-close - The history panel closed.
 * @fires ck-error - From the thread, plus failed history, feedback, search and upload requests: `detail: {kind, message, error}`.
 * @fires ck-response-start - A response began (from the thread).
 * @fires ck-response-end - A response ended (from the thread).
 * @fires ck-thread-change - The thread changed: `detail: {threadId}`.
 * @fires ck-effect - A `client_effect` from the server.
 * @csspart chat - The whole chat.
 * @csspart header - The header bar; `header-title` is its title.
 * @csspart history-button - The header's history button; `new-thread` its new-chat button.
 * @csspart scroller - The scrolling area around the thread.
 * @csspart start-screen - The greeting and prompts of a new thread; `start-prompt` each prompt.
 * @csspart history - The history panel; `history-thread`, `history-rename`, `history-delete`, `history-more`.
 * @csspart composer - The composer form; `input` its text area, `send` / `stop` its button.
 * @csspart composer-tag - An @mention chip in the composer.
 * @csspart mention-popup - The mention suggestions; `mention-list`, `mention-option`, `mention-option-active`.
 * @csspart tools-button - The tool menu button; `tool-menu`, `tool-pinned`, `tool-selected`.
 * @csspart model - The model select.
 * @csspart attach - The attach button; `composer-attachment` each attached file, `composer-attachment-thumbnail` an image file's thumbnail.
 * @csspart disclaimer - The text under the composer.
 * @csspart thread - Parts of the inner thread are exported: `user-message`, `user-bubble`, `tag`, `preview`, `assistant-message`, `widget`, `actions`, `action`, …
 * @cssprop --ck-color-surface - Background.
 * @cssprop --ck-color-accent - The send button and @mention chips.
 * @cssprop --ck-color-border - Composer border.
 * @cssprop --ck-font-family - Text font.
 * @cssprop --ck-space-unit - One step of the spacing scale (density).
 */
export class CkChat extends LitElement {
  static override properties = {
    endpoint: { type: String },
    threadId: { type: String, attribute: 'thread-id', reflect: true },
    theme: { type: String, reflect: true },
    options: { attribute: false },
  };

  static override styles: CSSResultGroup = [tokenStyles, baseStyles, iconStyles, chatStyles];

  /** The ChatKit server endpoint (used when `options.api` is not set). */
  endpoint?: string;
  /** The thread shown; follows the thread as it changes (history, new chat, the first message). */
  threadId?: string;
  /** `light` (default), `dark` or `auto`; `options.theme` sets it too. */
  theme?: 'light' | 'dark' | 'auto';
  /** Everything else, as ChatKit's options (replaced whole, like `setOptions`). */
  options: CkChatOptions = {};

  #thread = createRef<CkThread>();
  #scroller = createRef<HTMLDivElement>();
  #historyButton = createRef<HTMLButtonElement>();
  #strings: ChatStrings = resolveStrings(undefined);
  #api?: ChatKitClientOptions;
  #themeKeys: string[] = [];
  #themeOptions?: ThemeOption;
  #announcement = '';
  #announceFlip = false;
  #feedback = new Map<string, 'positive' | 'negative'>();
  #view: ThreadView = { title: null, empty: true, streaming: false, stoppable: true };
  #subscribed?: { controller: ThreadController; unsubscribe: () => void };
  #stick = true;
  #resize?: ResizeObserver;
  #renamed: { threadId: string; title: string; base: string | null } | null = null;

  #composer = new ComposerController(this, {
    options: () => this.options,
    strings: () => this.#strings,
    locale: () => this.#locale(),
    responding: () => this.#view.streaming,
    stoppable: () => this.#view.stoppable,
    client: () => this.#client(),
    fetch: () => this.#api?.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    submit: (input) => this.#submit(input),
    stop: () => this.#thread.value?.stop(),
    announce: (text) => this.#announce(text),
    log: (name, data) => this.#log(name, data),
    error: (message, error) => emit(this, 'ck-error', { kind: 'action', message, error }),
    toolChanged: (toolId) => emit<CkToolChangeDetail>(this, 'ck-tool-change', { toolId }),
  });

  #history = new HistoryController(this, {
    client: () => this.#client(),
    currentThreadId: () => this.#thread.value?.controller?.threadId ?? this.threadId ?? null,
    options: () => this.options.history,
    strings: () => this.#strings,
    locale: () => this.#locale(),
    select: (threadId) => void this.#openThread(threadId),
    changed: (change) => this.#onHistoryChange(change),
    announce: (text) => this.#announce(text),
    error: (message, error) => emit(this, 'ck-error', { kind: 'load', message, error }),
    log: (name, data) => this.#log(name, data),
    openChanged: (open) => {
      emit(this, open ? 'ck-history-open' : 'ck-history-close', {});
      if (!open) void this.updateComplete.then(() => this.#historyButton.value?.focus());
    },
  });

  constructor() {
    super();
    this.addEventListener('ck-log', (event: CkLogEvent) => this.#callOnLog(event.detail));
    this.addEventListener('ck-action', (event: CkActionEvent) => this.#onWidgetAction(event));
  }

  // ---- imperative API (ChatKit's element) ----------------------------------------------------

  /** Replaces the options (not merged, as in ChatKit). */
  setOptions(options: CkChatOptions): void {
    this.options = options ?? {};
  }

  /** The inner `<ck-thread>` (after the first render). */
  get thread(): CkThread | null {
    return this.#thread.value ?? null;
  }

  /** Sends a user message; resolves to the response's outcome. */
  async sendUserMessage(params: SendUserMessageParams): Promise<StreamOutcome> {
    await this.updateComplete;
    if (params.newThread) await this.setThreadId(null);
    const inference: InferenceOptions = {};
    if (params.toolChoice && typeof params.toolChoice.id === 'string') inference.tool_choice = { id: params.toolChoice.id };
    if (typeof params.model === 'string') inference.model = params.model;
    const input: UserMessageInput = {
      content: Array.isArray(params.content) ? params.content : [{ type: 'input_text', text: String(params.text ?? '') }],
      attachments: (params.attachments ?? []).map((attachment) => attachment.id),
      inference_options: inference,
      ...(typeof params.reply === 'string' && params.reply !== '' ? { quoted_text: params.reply } : {}),
    };
    const thread = this.#thread.value;
    if (!thread) return 'failed';
    this.#stick = true;
    return thread.sendUserMessage(input);
  }

  /** Sets the composer's content, attachments, tool or model without sending. */
  setComposerValue(params: SetComposerValueParams): Promise<void> {
    return this.#composer.setValue(params);
  }

  /** Sends a widget action to the server (`threads.custom_action`), e.g. after handling it on the client. */
  async sendCustomAction(action: ActionConfig | WireAction, itemId?: string | null): Promise<StreamOutcome> {
    await this.updateComplete;
    return this.#thread.value?.sendCustomAction(action, itemId ?? null) ?? 'failed';
  }

  /** Shows a thread; null shows a new one. */
  async setThreadId(threadId: string | null): Promise<void> {
    await this.updateComplete;
    this.threadId = threadId ?? undefined;
    this.#feedback.clear();
    this.#stick = true;
    await this.#thread.value?.setThreadId(threadId);
  }

  async focusComposer(): Promise<void> {
    await this.updateComplete;
    this.#composer.focus();
  }

  /** Reloads the thread from the server. */
  async fetchUpdates(): Promise<void> {
    await this.updateComplete;
    await this.#thread.value?.fetchUpdates();
  }

  async showHistory(): Promise<void> {
    await this.updateComplete;
    await this.#history.show();
  }

  async hideHistory(): Promise<void> {
    this.#history.hide();
  }

  // ---- wiring --------------------------------------------------------------------------------

  #locale(): string | undefined {
    const locale = this.options.locale;
    if (typeof locale === 'string' && locale !== '') return locale;
    return document.documentElement.lang || (typeof navigator !== 'undefined' ? navigator.language : undefined) || undefined;
  }

  #client(): ChatKitClient | null {
    return this.#thread.value?.controller?.client ?? null;
  }

  /** The api options, kept as the same object while nothing in them changed (a new one reconnects the thread). */
  #resolveApi(): ChatKitClientOptions | undefined {
    const next = this.options.api ?? (this.endpoint ? { url: this.endpoint } : undefined);
    const previous = this.#api;
    if (next && previous) {
      const keys = new Set([...Object.keys(next), ...Object.keys(previous)]) as Set<keyof ChatKitClientOptions>;
      if ([...keys].every((key) => next[key] === previous[key])) return previous;
    }
    return (this.#api = next);
  }

  #applyTheme(): void {
    const theme = this.options.theme;
    const object = theme && typeof theme === 'object' ? theme : undefined;
    const scheme = typeof theme === 'string' ? theme : object?.colorScheme;
    if (scheme === 'light' || scheme === 'dark') this.theme = scheme;
    for (const key of this.#themeKeys) this.style.removeProperty(key);
    const pairs = themeProperties(object);
    for (const [key, value] of pairs) this.style.setProperty(key, value);
    this.#themeKeys = pairs.map(([key]) => key);
    this.#themeOptions = object;
  }

  #announce(text: string): void {
    // Alternating a zero-width space makes a repeated message a change the screen reader reads.
    this.#announceFlip = !this.#announceFlip;
    this.#announcement = this.#announceFlip ? text : `${text}\u200b`;
    this.requestUpdate();
  }

  #log(name: string, data?: Record<string, unknown>): void {
    emit(this, 'ck-log', { name, ...(data ? { data } : {}) });
  }

  #callOnLog(entry: { name: string; data?: Record<string, unknown> }): void {
    try {
      this.options.onLog?.(entry);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  #onWidgetAction(event: CkActionEvent): void {
    const { action, itemId, widget } = event.detail;
    const onAction = this.options.widgets?.onAction;
    if (action.handler !== 'client' || typeof onAction !== 'function') return;
    Promise.resolve()
      .then(() => onAction(action as { type: string; payload?: Record<string, unknown> }, { id: itemId ?? '', widget: (widget ?? {}) as Record<string, unknown> }))
      .catch((error: unknown) => emit(this, 'ck-error', { kind: 'action', message: `widgets.onAction threw: ${error instanceof Error ? error.message : String(error)}`, error }));
  }

  /** Resolves true when the message reached the thread (the server echoed it), false to keep it in the composer. */
  async #submit(input: UserMessageInput): Promise<boolean> {
    const thread = this.#thread.value;
    if (!thread) return false;
    this.#stick = true;
    const before = new Set(thread.state.items.map((item) => item.id));
    const outcome = await thread.sendUserMessage(input);
    if (outcome === 'completed') return true;
    return thread.state.items.some((item) => item.type === 'user_message' && !before.has(item.id));
  }

  async #openThread(threadId: string): Promise<void> {
    this.#history.hide();
    await this.setThreadId(threadId);
    await this.focusComposer();
  }

  async #newThread(): Promise<void> {
    this.#history.hide();
    await this.setThreadId(null);
    await this.focusComposer();
  }

  #onHistoryChange(change: { type: 'renamed'; thread: { id: string; title?: string | null } } | { type: 'deleted'; threadId: string }): void {
    const current = this.#thread.value?.controller?.threadId ?? null;
    if (change.type === 'deleted') {
      if (change.threadId === current) void this.setThreadId(null);
      return;
    }
    if (change.thread.id === current) {
      const state = this.#thread.value!.state;
      this.#renamed = { threadId: current, title: change.thread.title ?? '', base: state.thread?.title ?? null };
      this.#view = this.#viewOf(state);
      this.requestUpdate();
    }
  }

  #sendPrompt(prompt: StartScreenPrompt): void {
    this.#composer.focus();
    const tool = this.#composer.selectedTool;
    const model = this.#composer.selectedModel;
    void this.sendUserMessage({
      ...(Array.isArray(prompt.prompt) ? { content: prompt.prompt } : { text: String(prompt.prompt ?? '') }),
      ...(tool ? { toolChoice: { id: tool } } : {}),
      ...(model ? { model } : {}),
    });
  }

  #onResponseAction = (action: ResponseAction, turn: ResponseTurn): void => {
    void this.#runResponseAction(action, turn);
  };

  async #runResponseAction(action: ResponseAction, turn: ResponseTurn): Promise<void> {
    const strings = this.#strings;
    const thread = this.#thread.value;
    const threadId = thread?.controller?.threadId ?? null;
    const data = { threadId, itemId: turn.anchorId, itemIds: turn.itemIds };
    switch (action) {
      case 'copy':
      case 'share': {
        this.#log(`message.${action}`, data);
        try {
          // Web Share is missing in some browsers (and in TypeScript's DOM types it is always there).
          const share = typeof navigator.share === 'function' ? navigator.share.bind(navigator) : undefined;
          if (action === 'share' && share) await share({ text: turn.text });
          else await navigator.clipboard.writeText(turn.text);
          this.#announce(action === 'share' && share ? strings.shared : strings.copied);
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          this.#failed(action === 'share' ? strings.shareFailed : strings.copyFailed, error);
        }
        return;
      }
      case 'positive':
      case 'negative': {
        const client = this.#client();
        if (!client || !threadId) return;
        const previous = this.#feedback.get(turn.anchorId);
        this.#feedback.set(turn.anchorId, action);
        thread?.requestUpdate();
        this.#log('message.feedback', { ...data, kind: action });
        try {
          await client.request(requests.feedback(threadId, turn.itemIds, action));
          this.#announce(strings.feedbackSent);
        } catch (error) {
          if (previous) this.#feedback.set(turn.anchorId, previous);
          else this.#feedback.delete(turn.anchorId);
          thread?.requestUpdate();
          this.#failed(strings.feedbackFailed, error);
        }
        return;
      }
      case 'retry': {
        if (!thread || !turn.userMessageId) return;
        this.#log('message.retry', data);
        // The retry button goes away with the response it regenerates: keep focus in the chat.
        this.#composer.focus();
        this.#stick = true;
        await thread.retryAfterItem(turn.userMessageId);
        return;
      }
    }
  }

  #failed(template: string, error: unknown): void {
    const reason = error instanceof ChatKitProtocolError ? describeProtocolError(error) : error instanceof Error ? error.message : String(error);
    const message = formatString(template, { reason });
    this.#announce(message);
    emit(this, 'ck-error', { kind: 'action', message, error });
  }

  // ---- the thread ----------------------------------------------------------------------------

  /** A new function whenever the options change: the thread re-renders sent tags only when it changes. */
  #renderTag = this.#tagRenderer();

  #tagRenderer(): (tag: InputTagContent) => unknown {
    const entities = this.options.entities;
    const strings = this.#strings;
    const theme = this.theme;
    return (tag) => html`<ck-entity-tag exportparts="tag, preview" .tag=${tag} .entities=${entities} .strings=${strings} theme=${theme ?? nothing}></ck-entity-tag>`;
  }

  #renderFooter = (item: ThreadItem, state: ThreadState): unknown => {
    const actions = this.options.threadItemActions ?? {};
    if (!actions.feedback && !actions.retry && actions.copy === false && !actions.share) return nothing;
    const turn = responseTurns(state.items).get(item.id);
    if (!turn || (state.streaming && turn.latest)) return nothing;
    return html`<ck-response-actions
      exportparts="actions, action"
      .turn=${turn}
      .actions=${actions}
      .strings=${this.#strings}
      .feedback=${this.#feedback.get(turn.anchorId) ?? null}
      ?busy=${state.streaming}
      .onAction=${this.#onResponseAction}
    ></ck-response-actions>`;
  };

  #viewOf(state: ThreadState): ThreadView {
    const stateTitle = state.thread?.title ?? null;
    let title = typeof stateTitle === 'string' && stateTitle !== '' ? stateTitle : null;
    const renamed = this.#renamed;
    if (renamed && state.thread?.id === renamed.threadId) {
      // The server's own later title change wins over the rename made here.
      if (stateTitle === renamed.base) title = renamed.title;
      else this.#renamed = null;
    }
    return { title, empty: state.items.length === 0 && state.thread === null, streaming: state.streaming, stoppable: state.streamOptions?.allow_cancel !== false };
  }

  #subscribe(): void {
    const controller = this.#thread.value?.controller ?? undefined;
    if (controller === this.#subscribed?.controller) return;
    this.#subscribed?.unsubscribe();
    this.#subscribed = undefined;
    if (!controller) return;
    const refresh = (state: ThreadState) => {
      const view = this.#viewOf(state);
      if (SAME_VIEW(view, this.#view)) return;
      this.#view = view;
      this.requestUpdate();
    };
    const unsubscribe = controller.subscribe((event) => {
      if (event.type === 'state') refresh(event.state);
    });
    this.#subscribed = { controller, unsubscribe };
    refresh(controller.state);
  }

  #onThreadChange = (event: CustomEvent<CkThreadChangeDetail>): void => {
    const threadId = event.detail.threadId;
    if ((this.threadId ?? null) !== threadId) this.threadId = threadId ?? undefined;
    if (this.#renamed && this.#renamed.threadId !== threadId) this.#renamed = null;
    this.#stick = true;
  };

  #onResponseEnd = (_event: CustomEvent<CkResponseEndDetail>): void => {
    this.requestUpdate();
  };

  #onScroll = (): void => {
    const scroller = this.#scroller.value;
    if (!scroller) return;
    this.#stick = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= STICK_DISTANCE;
  };

  #followBottom(): void {
    const scroller = this.#scroller.value;
    if (!scroller || !this.#stick || this.options.thread?.autoScroll === false) return;
    scroller.scrollTop = scroller.scrollHeight;
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    defineChatParts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#subscribed?.unsubscribe();
    this.#subscribed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('options')) {
      this.#strings = resolveStrings(this.options.locale ?? this.#locale(), this.options.strings);
      this.#applyTheme();
      if (this.threadId === undefined && typeof this.options.initialThread === 'string' && !this.hasUpdated) this.threadId = this.options.initialThread;
      // Response actions read the options on the thread's next render.
      this.#thread.value?.requestUpdate();
    }
    if (changed.has('options') || changed.has('theme')) {
      this.#renderTag = this.#tagRenderer();
    }
  }

  protected override firstUpdated(): void {
    const thread = this.#thread.value;
    if (thread && typeof ResizeObserver === 'function') {
      this.#resize = new ResizeObserver(() => this.#followBottom());
      this.#resize.observe(thread);
    }
  }

  protected override updated(): void {
    this.#subscribe();
    // The thread makes its controller in its own first update, just after ours.
    if (!this.#subscribed) void this.#thread.value?.updateComplete.then(() => this.#subscribe());
    this.#followBottom();
  }

  // ---- rendering -----------------------------------------------------------------------------

  #renderHeaderAction(action: HeaderAction | undefined, part: string): unknown {
    if (!action || typeof action.onClick !== 'function') return nothing;
    const label = typeof action.label === 'string' && action.label !== '' ? action.label : headerIconLabel(action.icon);
    return html`<button type="button" class="icon-button" part=${part} aria-label=${label} title=${label} @click=${() => action.onClick()}>${headerIcon(action.icon)}</button>`;
  }

  #renderHeader(): unknown {
    const header = this.options.header ?? {};
    if (header.enabled === false) return nothing;
    const strings = this.#strings;
    const history = this.options.history?.enabled !== false;
    const title = header.title?.enabled === false ? '' : (header.title?.text ?? this.#view.title ?? strings.newChat);
    return html`<header class="header" part="header">
      ${this.#renderHeaderAction(header.leftAction, 'header-left-action')}
      ${history
        ? html`<button
            type="button"
            class="icon-button"
            part="history-button"
            aria-label=${this.#history.open ? strings.closeHistory : strings.openHistory}
            title=${strings.openHistory}
            aria-expanded=${this.#history.open ? 'true' : 'false'}
            ${ref(this.#historyButton)}
            @click=${() => (this.#history.open ? this.#history.hide() : void this.#history.show())}
          >${chatIcon(chatGlyphs.history)}</button>`
        : nothing}
      <h2 class="header-title" part="header-title">${title}</h2>
      ${history
        ? html`<button type="button" class="icon-button" part="new-thread" aria-label=${strings.newChat} title=${strings.newChat} @click=${() => void this.#newThread()}>${chatIcon(chatGlyphs.compose)}</button>`
        : nothing}
      ${this.#renderHeaderAction(header.rightAction, 'header-right-action')}
    </header>`;
  }

  #renderStartScreen(): unknown {
    if (!this.#view.empty || this.threadId) return nothing;
    const start = this.options.startScreen ?? {};
    const prompts = Array.isArray(start.prompts) ? start.prompts.filter((prompt) => prompt && typeof prompt.label === 'string') : [];
    return html`<div class="start" part="start-screen">
      <p class="greeting" role="heading" aria-level="2">${typeof start.greeting === 'string' ? start.greeting : this.#strings.greeting}</p>
      ${prompts.length
        ? html`<ul class="prompts" aria-label=${this.#strings.prompts}>
            ${prompts.map(
              (prompt) => html`<li><button type="button" class="prompt" part="start-prompt" @click=${() => this.#sendPrompt(prompt)}>
                ${prompt.icon ? renderIcon(prompt.icon) : nothing}<span>${prompt.label}</span>
              </button></li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const disclaimer = this.options.disclaimer;
    const api = this.#resolveApi();
    return html`<div class="chat" part="chat" lang=${this.options.locale ?? nothing}>
      ${this.#renderHeader()}
      <div class="body">
        <div class="scroller" part="scroller" ${ref(this.#scroller)} @scroll=${this.#onScroll}>
          ${this.#renderStartScreen()}
          <ck-thread
            exportparts=${THREAD_PARTS}
            ${ref(this.#thread)}
            .api=${api}
            .threadId=${this.threadId}
            theme=${this.theme ?? nothing}
            .themeOptions=${this.#themeOptions}
            .onClientTool=${this.options.onClientTool}
            .onEffect=${this.options.onEffect}
            .renderTag=${this.#renderTag}
            .renderItemFooter=${this.#renderFooter}
            @ck-thread-change=${this.#onThreadChange}
            @ck-response-start=${() => {
              this.#stick = true;
              this.requestUpdate();
            }}
            @ck-response-end=${this.#onResponseEnd}
          ></ck-thread>
        </div>
        ${this.#history.render()}
      </div>
      <div class="composer-area">
        ${this.#composer.render()}
        ${disclaimer && typeof disclaimer.text === 'string' && disclaimer.text !== ''
          ? html`<p class="disclaimer" part="disclaimer" ?data-high-contrast=${disclaimer.highContrast === true}>${disclaimer.text}</p>`
          : nothing}
      </div>
      <div class="ck-sr-only" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
    </div>`;
  }
}

function defineChatParts(): void {
  defineCkEntityTag();
  defineCkResponseActions();
}

export function defineCkChat(): void {
  defineCkThread();
  defineChatParts();
  if (!customElements.get('ck-chat')) customElements.define('ck-chat', CkChat);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-chat': CkChat;
  }
}
