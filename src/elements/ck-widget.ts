import { LitElement, html, nothing, adoptStyles, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import { DEFAULT_LIMITS, catalogStyles, endRender, renderNode, type ActionRequest, type RenderLimits, type RenderProblem, type RenderSession } from '../catalog.js';
import { shareUnchanged } from '../schema/share-unchanged.js';
import { tokenStyles } from '../style/tokens.js';
import { actionBusyStyles, baseStyles } from '../style/base.js';
import { themeProperties, type ThemeOption } from '../style/theme.js';
import { mergeFormValues } from '../dispatch/form-values.js';
import { readFormControls } from '../dispatch/read-form.js';
import { emit, type CkActionDetail, type CkErrorDetail } from '../events.js';
import type { ActionConfig, WidgetRoot } from '../schema/index.js';
import { applyWidgetUpdate } from '../thread/widget-updates.js';
import type { WidgetUpdate, WidgetRoot as WireWidgetRoot, WidgetItem } from '../protocol/types.js';
import type { ChatKitClientOptions } from '../protocol/client.js';
import { ContextConsumer } from '@lit/context';
import { threadControllerContext } from '../dispatch/context.js';
import type { ThreadController, ControllerEvent } from '../dispatch/thread-controller.js';
import { threadControllerModule } from '../dispatch/load-controller.js';
import { describeProtocolError } from './thread/describe-error.js';
import type { WireAction } from '../protocol/requests.js';
import { lazyModule } from '../catalog.js';
import { nextFrame } from './thread/next-frame.js';
import '../components/index.js';

/** What `<ck-widget>` needs of a template: `WidgetTemplate` from `chatkit-widgets/template`. */
export interface WidgetTemplateLike {
  build(data: unknown, options?: { onWarning?: (warning: { message: string }) => void }): unknown;
}

// The template engine is a lazy chunk: pages that render plain widget JSON never load it.
const templates = lazyModule(() => import('../template/index.js'));

/** A `.widget` file is JSON with a string `template`; widget JSON never has one at its root. */
function isWidgetFile(value: unknown): value is { template: string } {
  return value !== null && typeof value === 'object' && typeof (value as { template?: unknown }).template === 'string' && 'version' in value;
}

type Theme = 'light' | 'dark' | 'auto';

/**
 * Renders one ChatKit widget (a Card, ListView or Basic root) inside its shadow root.
 *
 * The widget comes from the `widget` property (object or JSON text), a child
 * `<script type="application/json">`, or a `src` URL. Assigning a new widget re-renders by key:
 * unchanged subtrees keep their DOM nodes, focus, caret and typed input.
 *
 * @tag ck-widget
 * @fires ck-action - A control's action ran. Cancelable. `detail: {action, itemId, widget, source}`.
 * @fires ck-error - Invalid JSON, a node that failed validation (`detail.path`, `detail.type`), or a failed load.
 * @fires ck-log - Diagnostics (`detail.name`, `detail.data`).
 * @fires ck-effect - A `client_effect` from the server (standalone use with `endpoint`): `detail: {name, data}`.
 * @csspart widget - The root container (Card, ListView or Basic); also `card`, `list` or `basic`.
 * @csspart status - The status line above a Card or ListView.
 * @csspart card-footer - The confirm/cancel row of a Card.
 * @csspart card-confirm - A Card's confirm button.
 * @csspart card-cancel - A Card's cancel button.
 * @csspart list-item - A ListViewItem row.
 * @csspart show-more - The "Show N more" control of a ListView with `limit`.
 * @csspart button - A Button.
 * @csspart badge - A Badge.
 * @csspart image - An Image.
 * @csspart markdown - A Markdown block.
 * @csspart table - A Table's scroll container.
 * @csspart form - A Form.
 * @csspart input - An Input (and an editable Text).
 * @csspart textarea - A Textarea.
 * @csspart select - A Select.
 * @csspart date-picker - A DatePicker.
 * @csspart checkbox - A Checkbox with its label.
 * @csspart radio-group - A RadioGroup.
 * @csspart error - A placeholder for a node that could not be rendered.
 * @csspart busy - The overlay shown while a server action runs with container loading behavior.
 * @csspart action-error - The message shown when a server action failed.
 * @cssprop --ck-color-accent - Primary buttons, links, checked controls.
 * @cssprop --ck-color-accent-contrast - Text on accent backgrounds.
 * @cssprop --ck-color-surface - Card and ListView background.
 * @cssprop --ck-color-text - Body text color.
 * @cssprop --ck-color-text-secondary - Captions and secondary text.
 * @cssprop --ck-color-border - Control borders.
 * @cssprop --ck-color-focus-ring - Focus outlines.
 * @cssprop --ck-font-family - Text font.
 * @cssprop --ck-font-size-base - Base font size (default 16px).
 * @cssprop --ck-radius-card - Corner radius of Cards and ListViews.
 * @cssprop --ck-radius-control - Corner radius of buttons.
 * @cssprop --ck-space-unit - One step of the spacing scale (default 4px).
 * @cssprop --ck-shadow-card - Card shadow.
 */
export class CkWidget extends LitElement {
  static override properties = {
    widget: { attribute: false },
    src: { type: String },
    theme: { type: String, reflect: true },
    themeOptions: { attribute: false },
    itemId: { type: String, attribute: 'item-id' },
    endpoint: { type: String },
    threadId: { type: String, attribute: 'thread-id' },
    api: { attribute: false },
    busy: { type: Boolean, reflect: true },
    onAction: { attribute: false },
    limits: { attribute: false },
    template: { attribute: false },
    data: { attribute: false },
    _state: { state: true },
  };

  /** The widget: an object, or JSON text. */
  widget: WidgetRoot | Record<string, unknown> | string | null | undefined;
  /** URL of a widget JSON file, fetched when set. */
  src?: string;
  /** `light` (default), `dark`, or `auto` (follows prefers-color-scheme). */
  theme?: Theme;
  /** ChatKit-style theme option: `{colorScheme, radius, density, typography, color}`. */
  themeOptions?: ThemeOption;
  /** The thread item this widget belongs to (sent with server actions). */
  itemId?: string;
  /** ChatKit server endpoint for server actions when the widget is not inside `<ck-thread>`/`<ck-chat>`. */
  endpoint?: string;
  /** The thread the widget belongs to (standalone use with `endpoint`). */
  threadId?: string;
  /** Full API options for standalone use: `{url, fetch?, headers?, metadata?}` (overrides `endpoint`). */
  api?: ChatKitClientOptions;
  /** True while a server action of this widget runs with container loading behavior. */
  busy = false;
  /** Called for every action before the `ck-action` event; return `false` to stop it. */
  onAction?: (action: ActionConfig, detail: CkActionDetail) => void | boolean | Promise<void>;
  /**
   * A `.widget` template (a `WidgetTemplate`, or the file's text) built with `data`; assigning new
   * `data` rebuilds it and the keyed update keeps unchanged rows' DOM nodes.
   */
  template?: WidgetTemplateLike | string;
  /** The data a `template` is built with. */
  data?: unknown;
  /** Render limits (depth, node count, text length). */
  limits: RenderLimits = DEFAULT_LIMITS;

  private _state: { root: unknown } | { error: CkErrorDetail } | { loading: string } | null = null;
  #stylesVersion = -1;
  #reported = new Set<string>();
  #themeKeys: string[] = [];
  #loadAbort?: AbortController;
  #pending: Promise<unknown>[] = [];
  #problems: RenderProblem[] = [];
  #frameBatched = false;
  #inFlight = false;
  #actionError: string | null = null;
  #thread = new ContextConsumer(this, { context: threadControllerContext, subscribe: true });
  #own?: { controller: ThreadController; unsubscribe: () => void; key: string };
  /** The controller running this widget's server action, while one runs. */
  #running?: ThreadController;
  /** Ends the wait for the protocol client's chunk (stop() or removal before it arrived). */
  #waiting?: AbortController;
  #ui = new Map<string, unknown>();
  /** Bumped when UI state or a lazy module changes what unchanged nodes render (see RenderSession.epoch). */
  #epoch = 0;
  #session?: RenderSession;

  /** The widget currently shown (parsed), or null. */
  get currentWidget(): WidgetRoot | null {
    return this._state && 'root' in this._state ? (this._state.root as WidgetRoot) : null;
  }

  /**
   * Applies a streamed widget update in place: `widget.streaming_text.value_delta`,
   * `widget.component.updated` or `widget.root.updated`. Only the changed component re-renders,
   * and updates are batched to at most one render per animation frame.
   * @returns whether the update changed the widget (an unknown `component_id` changes nothing).
   */
  applyUpdate(update: WidgetUpdate): boolean {
    const current = this._state && 'root' in this._state ? this._state.root : undefined;
    if (current === undefined && update.type !== 'widget.root.updated') {
      emit(this, 'ck-log', { name: 'widget.update.ignored', data: { reason: 'no widget to update', update: update.type } });
      return false;
    }
    const next = applyWidgetUpdate((current ?? {}) as WireWidgetRoot, update);
    if (next === current) {
      emit(this, 'ck-log', { name: 'widget.update.ignored', data: { reason: 'no component with that id', update: update.type } });
      return false;
    }
    this.#show(next);
    this.#frameBatched = true;
    return true;
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (this.#frameBatched) {
      this.#frameBatched = false;
      await nextFrame();
    }
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.widget === undefined && !this.src) {
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script?.textContent) this.widget = script.textContent;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadAbort?.abort();
    // Removing the element ends its request: nothing keeps streaming into a detached widget.
    this.#waiting?.abort();
    this.#own?.controller.abort();
    this.#own?.unsubscribe();
    this.#own = undefined;
  }

  /**
   * Stops this widget's running server action: its request is aborted (nothing is retried), the
   * loading state ends and the widget keeps what it shows, typed input included.
   */
  stop(): void {
    this.#waiting?.abort();
    this.#running?.abort();
  }

  /**
   * Standalone mode: this widget's own controller for the server set now, loading the protocol
   * client on first use. Undefined when stop() or removal came first (then nothing is sent).
   */
  async #ownController(api: ChatKitClientOptions, threadId: string | null): Promise<ThreadController | undefined> {
    const key = `${api.url}\u0000${threadId ?? ''}`;
    if (this.#own?.key === key) return this.#own.controller;
    const lazy = threadControllerModule();
    let module = lazy.loaded;
    if (!module) {
      const waiting = (this.#waiting = new AbortController());
      try {
        module = await lazy.load();
      } catch (error) {
        throw new Error(`the ChatKit client did not load (${error instanceof Error ? error.message : String(error)})`, { cause: error });
      } finally {
        if (this.#waiting === waiting) this.#waiting = undefined;
      }
      if (waiting.signal.aborted) return undefined;
    }
    this.#own?.unsubscribe();
    const controller = new module.ThreadController({ api, threadId });
    const unsubscribe = controller.subscribe((event) => this.#onControllerEvent(event));
    this.#own = { controller, unsubscribe, key };
    return controller;
  }

  /** Standalone mode: this widget follows its own item through the server's stream. */
  #onControllerEvent(event: ControllerEvent): void {
    switch (event.type) {
      case 'state': {
        const item = event.state.items.find((candidate) => candidate.id === this.itemId);
        const widget = item && item.type === 'widget' ? (item as WidgetItem).widget : undefined;
        if (widget && (!this._state || !('root' in this._state) || this._state.root !== widget)) {
          this.#show(widget);
          this.#frameBatched = true;
        }
        break;
      }
      case 'effect':
        emit(this, 'ck-effect', { name: event.name, data: event.data });
        break;
      case 'error': {
        const message = event.error ? event.error.message : (event.event?.message ?? `The server reported an error (${event.event?.code ?? 'unknown'}).`);
        // The element says what happened in plain words; the event keeps the technical message.
        this.#actionError = event.error ? describeProtocolError(event.error) : message;
        emit<CkErrorDetail>(this, 'ck-error', { kind: 'stream', message, error: event.error ?? event.event });
        this.requestUpdate();
        break;
      }
      case 'log':
        emit(this, 'ck-log', { name: event.name, data: event.data });
        break;
      default:
        emit(this, 'ck-log', { name: event.type, data: { ...event } });
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#adoptCatalogStyles(root as ShadowRoot);
    return root;
  }

  #adoptCatalogStyles(root: ShadowRoot): void {
    const { version, styles } = catalogStyles();
    if (version === this.#stylesVersion) return;
    this.#stylesVersion = version;
    const flat = ([tokenStyles, baseStyles, actionBusyStyles, ...styles] as CSSResultGroup[]).flat(Infinity as 1) as CSSResultOrNative[];
    adoptStyles(root, flat);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) this.#load(this.src);
    if (changed.has('widget') && !(changed.has('src') && this.src)) this.#accept(this.widget);
    if ((changed.has('template') || changed.has('data')) && this.template !== undefined) void this.#buildTemplate(this.template, this.data);
    if (changed.has('themeOptions')) this.#applyTheme();
    if (this.renderRoot) this.#adoptCatalogStyles(this.renderRoot as ShadowRoot);
  }

  #accept(value: unknown): void {
    if (value === undefined || value === null) {
      this._state = null;
      return;
    }
    if (typeof value === 'string') {
      try {
        this.#show(JSON.parse(value));
      } catch (error) {
        this.#fail({ kind: 'json', message: `Invalid widget JSON: ${error instanceof Error ? error.message : String(error)}`, error });
      }
      return;
    }
    this.#show(value);
  }

  /**
   * Shows a new widget root. Parts deep-equal to the widget shown now keep their objects, so a
   * replaced widget (a new copy from the server, a rebuilt template) re-renders only what changed.
   */
  #show(root: unknown): void {
    const shown = this._state && 'root' in this._state ? this._state.root : undefined;
    this._state = { root: shown === undefined ? root : shareUnchanged(shown, root) };
  }

  /** Builds the template with its data; template errors (with stage, line and column) show on the element. */
  async #buildTemplate(template: WidgetTemplateLike | string, data: unknown): Promise<void> {
    let built: WidgetTemplateLike;
    try {
      if (typeof template === 'string') {
        if (!templates.loaded && !(this._state && 'root' in this._state)) this._state = { loading: 'template' };
        const module = templates.loaded ?? (await templates.load());
        if (this.template !== template || this.data !== data) return; // superseded while loading
        built = module.WidgetTemplate.fromString(template);
      } else {
        built = template;
      }
      const root = built.build(data ?? {}, {
        onWarning: (warning) => emit(this, 'ck-log', { name: 'template.warning', data: { ...warning } }),
      });
      this.#show(root);
    } catch (error) {
      this.#fail({ kind: 'template', message: error instanceof Error ? error.message : String(error), error });
    }
  }

  #fail(detail: CkErrorDetail): void {
    this._state = { error: detail };
    emit(this, 'ck-error', detail);
  }

  async #load(url: string): Promise<void> {
    this.#loadAbort?.abort();
    const abort = (this.#loadAbort = new AbortController());
    this._state = { loading: url };
    try {
      const response = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      const text = await response.text();
      if (abort.signal.aborted) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        this.#accept(text); // reports the JSON error
        return;
      }
      if (isWidgetFile(parsed)) this.template = text;
      else this.#accept(parsed);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail({ kind: 'load', message: `Could not load widget from ${url}: ${error instanceof Error ? error.message : String(error)}`, error });
    }
  }

  #applyTheme(): void {
    for (const key of this.#themeKeys) this.style.removeProperty(key);
    const pairs = themeProperties(this.themeOptions);
    for (const [key, value] of pairs) this.style.setProperty(key, value);
    this.#themeKeys = pairs.map(([key]) => key);
    const scheme = this.themeOptions?.colorScheme;
    if (!this.hasAttribute('theme') && (scheme === 'light' || scheme === 'dark')) this.setAttribute('theme', scheme);
  }

  protected override render(): unknown {
    const state = this._state;
    if (state === null) return nothing;
    if ('loading' in state) {
      return html`<div class="ck-loading" role="status"><span class="ck-spinner" aria-hidden="true"></span>Loading widget…</div>`;
    }
    if ('error' in state) {
      return html`<div class="ck-error ck-fatal" part="error" data-ck-error role="alert">${state.error.message}</div>`;
    }
    const session: RenderSession = {
      limits: this.limits,
      problems: [],
      pending: [],
      nodes: 0,
      act: (request) => this.#act(request),
      ui: this.#ui,
      requestUpdate: () => {
        this.#epoch++;
        this.requestUpdate();
      },
      mayTakeFocus: () => this.#mayTakeFocus(),
      epoch: this.#epoch,
      open: [],
    };
    this.#session = session;
    const tree = renderNode(state.root, session, '$', 0);
    this.#problems = session.problems;
    this.#pending = session.pending;
    return html`${tree}${this.busy ? html`<div class="ck-busy" part="busy" role="status" aria-label="Working…"><span class="ck-spinner"></span></div>` : nothing}${this.#actionError
      ? html`<div class="ck-action-error" part="action-error" role="alert">
          <span>${this.#actionError}</span>
          <button type="button" class="ck-dismiss" aria-label="Dismiss" @click=${() => { this.#actionError = null; this.requestUpdate(); }}>×</button>
        </div>`
      : nothing}`;
  }

  /** autoFocus applies only when nothing else on the page has focus, or focus is already inside. */
  #mayTakeFocus(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this || this.contains(active);
  }

  protected override updated(): void {
    if (this.#session) endRender(this.#session);
    this.#session = undefined;
    this.#report(this.#problems);
    this.#problems = [];
    if (this.#pending.length === 0) return;
    const pending = this.#pending;
    this.#pending = [];
    // Lazy modules (Markdown, Chart, icons) arrive after the first paint; render again with them.
    void Promise.allSettled(pending).then(() => {
      this.#epoch++;
      this.requestUpdate();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Resolve only once lazily loaded parts are in the DOM, so `await el.updateComplete` sees the final widget.
    for (let round = 0; round < 5 && (this.#pending.length > 0 || this.isUpdatePending); round++) {
      await Promise.allSettled(this.#pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  #report(problems: RenderProblem[]): void {
    for (const problem of problems) {
      const id = `${problem.path}\u0000${problem.message}`;
      if (this.#reported.has(id)) continue;
      this.#reported.add(id);
      emit<CkErrorDetail>(this, 'ck-error', { kind: 'node', message: `${problem.type} at ${problem.path}: ${problem.message}`, type: problem.type, path: problem.path });
    }
  }

  /** Runs a control's action: merges form values, calls `onAction`, fires `ck-action`. */
  #act({ action, source }: ActionRequest): void {
    const form = source.closest('form');
    const payload = form ? mergeFormValues(action.payload, readFormControls(form)) : action.payload;
    const merged: ActionConfig = payload === action.payload ? action : { ...action, payload };
    const detail: CkActionDetail = { action: merged, itemId: this.itemId ?? null, widget: this.currentWidget, source };
    try {
      if (this.onAction?.(merged, detail) === false) return;
    } catch (error) {
      emit<CkErrorDetail>(this, 'ck-error', { kind: 'action', message: `onAction threw: ${error instanceof Error ? error.message : String(error)}`, error });
    }
    if (!emit(this, 'ck-action', detail, true) || merged.handler === 'client') return;
    void this.#sendToServer(merged, source);
  }

  /** Server actions: one at a time per widget, with the loading state the action asks for. */
  async #sendToServer(action: ActionConfig, source: Element): Promise<void> {
    // Inside <ck-thread> the thread's controller; standalone, our own (its code loads on first use).
    const thread = this.#thread.value;
    const api = thread ? undefined : (this.api ?? (this.endpoint ? { url: this.endpoint } : undefined));
    if (!thread && !api) {
      emit(this, 'ck-log', { name: 'action.unhandled', data: { type: action.type, reason: 'no ChatKit server: set endpoint and thread-id, or place the widget in <ck-thread>' } });
      return;
    }
    if (this.#inFlight) {
      emit(this, 'ck-log', { name: 'action.ignored', data: { type: action.type, reason: 'an action of this widget is still running' } });
      return;
    }
    // The loading state shows at once, also while the protocol client's chunk is still on its way.
    const behavior = loadingBehaviorFor(action, source);
    this.#inFlight = true;
    this.#actionError = null;
    if (behavior === 'self') {
      source.setAttribute('aria-busy', 'true');
      source.setAttribute('data-ck-busy', '');
    }
    if (behavior === 'container') this.busy = true;
    try {
      const controller = thread ?? (await this.#ownController(api!, this.threadId ?? null));
      if (!controller) return;
      if (!thread && this.itemId && this.currentWidget && !controller.state.items.some((item) => item.id === this.itemId)) {
        controller.seed([{ id: this.itemId, type: 'widget', thread_id: this.threadId ?? '', created_at: new Date().toISOString(), widget: this.currentWidget as unknown as WireWidgetRoot, copy_text: null } as WidgetItem]);
      }
      this.#running = controller;
      await controller.sendAction(action as WireAction, this.itemId ?? null);
    } catch (error) {
      // By name, not instanceof: the class lives in the lazy chunk, or in another copy of the library.
      const busy = error instanceof Error && error.name === 'ThreadBusyError';
      const message = busy ? error.message : `Could not send the action: ${error instanceof Error ? error.message : String(error)}`;
      this.#actionError = message;
      emit<CkErrorDetail>(this, 'ck-error', { kind: 'action', message, error });
    } finally {
      this.#inFlight = false;
      this.#running = undefined;
      source.removeAttribute('aria-busy');
      source.removeAttribute('data-ck-busy');
      this.busy = false;
      this.requestUpdate();
    }
  }
}

/**
 * `auto` shows the spinner where the user acted: on the control for a button or list item, over
 * the whole widget for a form submit or a Card's confirm.
 */
function loadingBehaviorFor(action: ActionConfig, source: Element): 'none' | 'self' | 'container' {
  const behavior = action.loadingBehavior ?? 'auto';
  if (behavior === 'none' || behavior === 'self' || behavior === 'container') return behavior;
  return source.closest('form') ? 'container' : 'self';
}

export function defineCkWidget(): void {
  if (!customElements.get('ck-widget')) customElements.define('ck-widget', CkWidget);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget': CkWidget;
  }
}
