import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { baseStyles } from '../../style/base.js';
import { iconStyles } from '../../icons/index.js';
import { chatGlyphs, chatIcon } from './chat-icons.js';
import type { ThreadItemActionsOption } from './options.js';
import type { ChatStrings } from './strings.js';
import type { ResponseTurn } from './turns.js';

export type ResponseAction = 'copy' | 'share' | 'retry' | 'positive' | 'negative';

/**
 * The actions under one response of `<ck-chat>`: copy, share, thumbs up / down, retry. Rendered by
 * the chat inside its `<ck-thread>` (one per response); the chat does the work, this draws buttons.
 *
 * @tag ck-response-actions
 * @csspart actions - The row of buttons.
 * @csspart action - Each button; `data-action` is `copy`, `share`, `positive`, `negative` or `retry`.
 * @cssprop --ck-color-text-secondary - Button color.
 * @cssprop --ck-color-hover - Button hover background.
 */
export class CkResponseActions extends LitElement {
  static override properties = {
    turn: { attribute: false },
    actions: { attribute: false },
    strings: { attribute: false },
    feedback: { attribute: false },
    busy: { type: Boolean },
    onAction: { attribute: false },
  };

  static override styles = [
    baseStyles,
    iconStyles,
    css`
      :host {
        contain: none;
        margin-top: calc(var(--ck-space-unit) * 1);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--ck-space-unit) * 0.5);
      }
      button {
        font: inherit;
        display: inline-grid;
        place-items: center;
        width: 2rem;
        height: 2rem;
        padding: 0;
        border: none;
        border-radius: var(--ck-radius-md);
        background: none;
        color: var(--ck-color-text-secondary);
        cursor: pointer;
      }
      button:hover {
        background: var(--ck-color-hover);
        color: var(--ck-color-text);
      }
      button[aria-pressed='true'] {
        color: var(--ck-color-text-emphasis);
        background: var(--ck-color-surface-tertiary);
      }
      button:disabled {
        cursor: default;
        opacity: 0.5;
      }
    `,
  ];

  turn?: ResponseTurn;
  actions: ThreadItemActionsOption = {};
  strings?: ChatStrings;
  feedback: 'positive' | 'negative' | null = null;
  /** A response is running: retry waits. */
  busy = false;
  onAction?: (action: ResponseAction, turn: ResponseTurn) => void;

  #button(action: ResponseAction, label: string, icon: TemplateResult, pressed?: boolean, disabled = false): TemplateResult {
    return html`<button
      type="button"
      part="action"
      data-action=${action}
      aria-label=${label}
      title=${label}
      aria-pressed=${pressed === undefined ? nothing : pressed ? 'true' : 'false'}
      ?disabled=${disabled}
      @click=${() => this.turn && this.onAction?.(action, this.turn)}
    >${icon}</button>`;
  }

  protected override render(): unknown {
    const strings = this.strings;
    const turn = this.turn;
    if (!strings || !turn) return nothing;
    const actions = this.actions;
    const copy = actions.copy !== false && turn.text !== '';
    const share = actions.share === true && turn.text !== '';
    const retry = actions.retry === true && turn.latest && turn.userMessageId !== null;
    return html`<div class="actions" part="actions" role="group" aria-label=${strings.responseActions}>
      ${copy ? this.#button('copy', strings.copy, chatIcon(chatGlyphs.copy)) : nothing}
      ${share ? this.#button('share', strings.share, chatIcon(chatGlyphs.share)) : nothing}
      ${actions.feedback
        ? html`${this.#button('positive', strings.goodResponse, chatIcon(chatGlyphs.thumbsUp, this.feedback === 'positive'), this.feedback === 'positive')}
          ${this.#button('negative', strings.badResponse, chatIcon(chatGlyphs.thumbsDown, this.feedback === 'negative'), this.feedback === 'negative')}`
        : nothing}
      ${retry ? this.#button('retry', strings.retry, chatIcon(chatGlyphs.retry), undefined, this.busy) : nothing}
    </div>`;
  }
}

export function defineCkResponseActions(): void {
  if (!customElements.get('ck-response-actions')) customElements.define('ck-response-actions', CkResponseActions);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-response-actions': CkResponseActions;
  }
}
