import { LitElement, html, nothing, adoptStyles, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import { DEFAULT_LIMITS, catalogStyles, renderNode, type ActionRequest, type RenderLimits, type RenderProblem, type RenderSession } from '../catalog.js';
import { tokenStyles } from '../style/tokens.js';
import { baseStyles } from '../style/base.js';
import { themeProperties, type ThemeOption } from '../style/theme.js';
import { mergeFormValues } from '../dispatch/form-values.js';
import { readFormControls } from '../dispatch/read-form.js';
import { emit, type CkActionDetail, type CkErrorDetail } from '../events.js';
import type { ActionConfig, WidgetRoot } from '../schema/index.js';
import { applyWidgetUpdate } from '../thread/widget-updates.js';
import type { WidgetUpdate, WidgetRoot as WireWidgetRoot } from '../protocol/types.js';
import '../components/index.js';

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
 * @csspart widget - The root container (Card, ListView or Basic).
 * @csspart error - A placeholder for a node that could not be rendered.
 * @cssprop --ck-color-accent - Primary buttons, links, checked controls.
 * @cssprop --ck-color-surface - Card background.
 * @cssprop --ck-color-text - Body text color.
 * @cssprop --ck-font-family - Text font.
 * @cssprop --ck-radius-card - Corner radius of Cards and ListViews.
 * @cssprop --ck-space-unit - One step of the spacing scale (default 4px).
 */
export class CkWidget extends LitElement {
  static override properties = {
    widget: { attribute: false },
    src: { type: String },
    theme: { type: String, reflect: true },
    themeOptions: { attribute: false },
    itemId: { type: String, attribute: 'item-id' },
    onAction: { attribute: false },
    limits: { attribute: false },
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
  /** Called for every action before the `ck-action` event; return `false` to stop it. */
  onAction?: (action: ActionConfig, detail: CkActionDetail) => void | boolean | Promise<void>;
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
  #ui = new Map<string, unknown>();

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
    this._state = { root: next };
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
    const flat = ([tokenStyles, baseStyles, ...styles] as CSSResultGroup[]).flat(Infinity as 1) as CSSResultOrNative[];
    adoptStyles(root, flat);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) this.#load(this.src);
    if (changed.has('widget') && !(changed.has('src') && this.src)) this.#accept(this.widget);
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
        this._state = { root: JSON.parse(value) };
      } catch (error) {
        this.#fail({ kind: 'json', message: `Invalid widget JSON: ${error instanceof Error ? error.message : String(error)}`, error });
      }
      return;
    }
    this._state = { root: value };
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
      this.#accept(text);
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
      requestUpdate: () => this.requestUpdate(),
      mayTakeFocus: () => this.#mayTakeFocus(),
    };
    const tree = renderNode(state.root, session, '$', 0);
    this.#problems = session.problems;
    this.#pending = session.pending;
    return tree;
  }

  /** autoFocus applies only when nothing else on the page has focus, or focus is already inside. */
  #mayTakeFocus(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this || this.contains(active);
  }

  protected override updated(): void {
    this.#report(this.#problems);
    this.#problems = [];
    if (this.#pending.length === 0) return;
    const pending = this.#pending;
    this.#pending = [];
    // Lazy modules (Markdown, Chart, icons) arrive after the first paint; render again with them.
    void Promise.allSettled(pending).then(() => this.requestUpdate());
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
    emit(this, 'ck-action', detail, true);
  }
}

/** The next animation frame, or a short timeout where frames are paused (background tabs). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function defineCkWidget(): void {
  if (!customElements.get('ck-widget')) customElements.define('ck-widget', CkWidget);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget': CkWidget;
  }
}
