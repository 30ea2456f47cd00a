import { html, nothing, type TemplateResult } from 'lit';
import type { NoticeEvent } from '../../protocol/types.js';
import type { ThreadState } from '../../thread/reducer.js';
import { renderIcon } from '../../icons/index.js';

export { describeProtocolError } from './describe-error.js';

/** What the status area below the items can do; the element supplies the actions. */
export interface ResponseStatusActions {
  retry(): void;
  reload(): void;
  dismiss(): void;
  stop(): void;
}

/** A request that failed on the way (not an error the server streamed), as the user reads it. */
export interface TransportFailure {
  message: string;
  /** Whether reloading the thread can recover (there is a thread to reload). */
  canReload: boolean;
}

function renderNotice(notice: NoticeEvent): TemplateResult {
  const level = notice.level === 'warning' || notice.level === 'danger' ? notice.level : 'info';
  return html`<div class="notice" part="notice" data-level=${level} role=${level === 'info' ? 'status' : 'alert'}>
    ${renderIcon(level === 'info' ? 'info' : 'circle-question')}
    <div>
      ${typeof notice.title === 'string' && notice.title !== '' ? html`<strong>${notice.title}</strong> ` : nothing}<span>${String(notice.message ?? '')}</span>
    </div>
  </div>`;
}

/**
 * Progress, notices, the server's error (with Retry when it allows one), a transport failure (with
 * Reload), and the "responding" indicator. Every spinner here is tied to `state.streaming`. Stop is
 * offered while a response runs unless the server said `allow_cancel: false`: a server that stalls
 * before its `stream_options` (or never sends them) can still be stopped.
 */
export function renderResponseStatus(
  state: ThreadState,
  failure: TransportFailure | null,
  canRetry: boolean,
  actions: ResponseStatusActions,
): TemplateResult {
  const error = state.error;
  const responding = state.streaming;
  return html`
    <div class="progress" part="progress" role="status">
      ${responding && state.progress
        ? html`${state.progress.icon ? renderIcon(state.progress.icon) : html`<span class="ck-spinner" aria-hidden="true"></span>`}<span>${state.progress.text}</span>`
        : responding
          ? html`<span class="ck-spinner" aria-hidden="true"></span><span>Assistant is responding…</span>`
          : nothing}
      ${responding && state.streamOptions?.allow_cancel !== false
        ? html`<button type="button" class="link-button" part="stop" @click=${actions.stop}>Stop</button>`
        : nothing}
    </div>
    ${state.notices.map(renderNotice)}
    ${error
      ? html`<div class="thread-error" part="error" role="alert">
          <span>${typeof error.message === 'string' && error.message !== '' ? error.message : `Something went wrong (${String(error.code ?? 'error')}).`}</span>
          ${canRetry && !responding ? html`<button type="button" part="retry" @click=${actions.retry}>Retry</button>` : nothing}
        </div>`
      : nothing}
    ${failure
      ? html`<div class="thread-error" part="failure" role="alert">
          <span>${failure.message}</span>
          ${failure.canReload
            ? html`<button type="button" part="reload" @click=${actions.reload}>Reload thread</button>`
            : html`<button type="button" part="dismiss" @click=${actions.dismiss}>Dismiss</button>`}
        </div>`
      : nothing}
  `;
}
