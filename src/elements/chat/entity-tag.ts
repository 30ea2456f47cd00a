import { LitElement, css, html, nothing } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { baseStyles } from '../../style/base.js';
import type { InputTagContent, JsonObject } from '../../protocol/types.js';
import { emit } from '../../events.js';
import { tagToEntity } from './composer-content.js';
import type { EntitiesOption, Entity } from './options.js';
import { formatString, type ChatStrings } from './strings.js';
import { typeStep } from '../../style/tokens.js';

type Preview = { status: 'loading' } | { status: 'ready'; widget: JsonObject } | { status: 'none' };

// One request per entity per preview function: hovering a tag twice does not ask again.
const previewCache = new WeakMap<object, Map<string, Promise<JsonObject | null>>>();

function requestPreview(request: NonNullable<EntitiesOption['onRequestPreview']>, entity: Entity): Promise<JsonObject | null> {
  let byId = previewCache.get(request);
  if (!byId) previewCache.set(request, (byId = new Map()));
  let pending = byId.get(entity.id);
  if (!pending) {
    pending = Promise.resolve()
      .then(() => request(entity))
      .then((answer) => {
        const preview = answer && typeof answer === 'object' ? answer.preview : null;
        return preview && typeof preview === 'object' && !Array.isArray(preview) ? preview : null;
      });
    // A failure may be passing (network): the next hover asks again.
    pending.catch(() => byId!.delete(entity.id));
    byId.set(entity.id, pending);
  }
  return pending;
}

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 200;

/**
 * An @mention in a sent message of `<ck-chat>`. Interactive tags (with `entities.onClick` or
 * `entities.onRequestPreview`) are buttons: click calls `onClick(entity)`, and hover or keyboard
 * focus shows the widget `onRequestPreview(entity)` returns in a card (Escape closes it).
 *
 * @tag ck-entity-tag
 * @fires ck-log - `entity.click` and `entity.preview` with `{id, group}`.
 * @csspart tag - The chip.
 * @csspart preview - The preview card.
 * @cssprop --ck-color-accent - Chip text.
 * @cssprop --ck-color-surface-elevated - Chip and card background.
 */
export class CkEntityTag extends LitElement {
  static override properties = {
    tag: { attribute: false },
    entities: { attribute: false },
    strings: { attribute: false },
    theme: { type: String },
    _preview: { state: true },
    _open: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline;
        contain: none;
        font: inherit;
        line-height: inherit;
      }
      .tag {
        display: inline;
        font: inherit;
        padding: 0 calc(var(--ck-space-unit) * 1.5);
        border: none;
        border-radius: var(--ck-radius-sm);
        background: var(--ck-color-surface-elevated);
        color: var(--ck-color-accent);
        font-weight: 600;
      }
      button.tag {
        cursor: pointer;
        text-decoration: underline;
        text-decoration-thickness: 1px;
        text-underline-offset: 2px;
      }
      button.tag:hover {
        background: var(--ck-color-hover);
      }
      .card {
        position: fixed;
        inset: auto;
        margin: 0;
        width: min(22rem, calc(100vw - 16px));
        max-height: min(24rem, calc(100vh - 16px));
        overflow: auto;
        padding: calc(var(--ck-space-unit) * 2);
        border: 1px solid var(--ck-color-border);
        border-radius: var(--ck-radius-lg);
        background: var(--ck-color-surface-elevated);
        color: var(--ck-color-text);
        box-shadow: var(--ck-shadow-card);
        font-weight: 400;
        text-decoration: none;
      }
      .card-status {
        color: var(--ck-color-text-secondary);
        font-size: ${typeStep.sm};
      }
    `,
  ];

  tag?: InputTagContent;
  entities?: EntitiesOption;
  strings?: ChatStrings;
  theme?: string;
  private _preview: Preview | null = null;
  private _open = false;
  #button = createRef<HTMLButtonElement>();
  #card = createRef<HTMLDivElement>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #request = 0;

  get #entity(): Entity | null {
    return this.tag ? tagToEntity(this.tag) : null;
  }

  #interactive(): boolean {
    return this.tag?.interactive === true && (typeof this.entities?.onClick === 'function' || typeof this.entities?.onRequestPreview === 'function');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this._open = false;
  }

  /** Shows the preview card (loading it first); nothing when there is no preview. */
  async show(): Promise<void> {
    clearTimeout(this.#timer);
    const request = this.entities?.onRequestPreview;
    const entity = this.#entity;
    if (typeof request !== 'function' || !entity) return;
    const seq = ++this.#request;
    if (this._preview?.status !== 'ready') this._preview = { status: 'loading' };
    this._open = true;
    emit(this, 'ck-log', { name: 'entity.preview', data: { id: entity.id, group: entity.group ?? null } });
    let widget: JsonObject | null = null;
    try {
      widget = await requestPreview(request, entity);
    } catch {
      widget = null;
    }
    if (seq !== this.#request || !this._open) return;
    this._preview = widget ? { status: 'ready', widget } : { status: 'none' };
    if (!widget) this.hide();
  }

  hide(): void {
    clearTimeout(this.#timer);
    this.#request++;
    this._open = false;
  }

  #later(action: () => void, ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(action, ms);
  }

  #onClick = (): void => {
    const entity = this.#entity;
    if (!entity) return;
    emit(this, 'ck-log', { name: 'entity.click', data: { id: entity.id, group: entity.group ?? null } });
    try {
      this.entities?.onClick?.(entity);
    } catch (error) {
      emit(this, 'ck-error', { kind: 'action', message: `entities.onClick threw: ${error instanceof Error ? error.message : String(error)}`, error });
    }
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this._open) {
      event.preventDefault();
      event.stopPropagation();
      this.hide();
    }
  };

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.shadowRoot?.contains(next)) this.hide();
  };

  #place(): void {
    const card = this.#card.value;
    const button = this.#button.value;
    if (!card || !button) return;
    if (!card.matches(':popover-open')) card.showPopover();
    const anchor = button.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    const below = anchor.bottom + 6;
    const top = below + box.height <= window.innerHeight - 8 ? below : Math.max(8, anchor.top - 6 - box.height);
    const left = Math.min(Math.max(8, anchor.left), Math.max(8, window.innerWidth - box.width - 8));
    card.style.setProperty('top', `${Math.round(top)}px`);
    card.style.setProperty('left', `${Math.round(left)}px`);
  }

  protected override render(): unknown {
    const tag = this.tag;
    if (!tag) return nothing;
    const title = `@${String(tag.text ?? '')}`;
    if (!this.#interactive()) return html`<span class="tag" part="tag">${title}</span>`;
    const preview = this._open ? this._preview : null;
    const strings = this.strings;
    return html`<button
        type="button"
        class="tag"
        part="tag"
        aria-describedby=${preview ? 'preview' : nothing}
        ${ref(this.#button)}
        @click=${this.#onClick}
        @focus=${() => void this.show()}
        @focusout=${this.#onFocusOut}
        @keydown=${this.#onKeyDown}
        @pointerenter=${() => this.#later(() => void this.show(), HOVER_OPEN_MS)}
        @pointerleave=${() => this.#later(() => this.hide(), HOVER_CLOSE_MS)}
      >${title}</button>${preview
        ? html`<div
            id="preview"
            class="card"
            part="preview"
            popover="manual"
            role="group"
            aria-label=${strings ? formatString(strings.preview, { title: String(tag.text ?? '') }) : nothing}
            ${ref(this.#card)}
            @pointerenter=${() => clearTimeout(this.#timer)}
            @pointerleave=${() => this.#later(() => this.hide(), HOVER_CLOSE_MS)}
            @keydown=${this.#onKeyDown}
            @focusout=${this.#onFocusOut}
          >
            ${preview.status === 'ready'
              ? html`<ck-widget .widget=${preview.widget} theme=${this.theme ?? nothing}></ck-widget>`
              : html`<span class="card-status" role="status">${preview.status === 'loading' ? (strings?.previewLoading ?? 'Loading preview…') : (strings?.previewNone ?? '')}</span>`}
          </div>`
        : nothing}`;
  }

  protected override updated(): void {
    if (this._open && this._preview) this.#place();
  }
}

export function defineCkEntityTag(): void {
  if (!customElements.get('ck-entity-tag')) customElements.define('ck-entity-tag', CkEntityTag);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-entity-tag': CkEntityTag;
  }
}
