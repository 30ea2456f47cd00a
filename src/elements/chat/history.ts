/**
 * The conversation history of `<ck-chat>`: a panel over the thread listing the user's threads
 * (`threads.list`, newest first, paged), with rename (`threads.update`) and delete
 * (`threads.delete`, confirmed in place). A Lit reactive controller rendering into the chat's
 * shadow root.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ChatKitProtocolError, type ChatKitClient } from '../../protocol/client.js';
import { requests } from '../../protocol/requests.js';
import type { ThreadMetadata } from '../../protocol/types.js';
import { describeProtocolError } from '../thread/describe-error.js';
import { chatGlyphs, chatIcon } from './chat-icons.js';
import type { HistoryOption } from './options.js';
import { formatString, type ChatStrings } from './strings.js';

export const HISTORY_PAGE_SIZE = 20;

export interface HistoryDeps {
  client(): ChatKitClient | null;
  currentThreadId(): string | null;
  options(): HistoryOption | undefined;
  strings(): ChatStrings;
  locale(): string | undefined;
  /** Shows a thread chosen in the list (and closes the panel). */
  select(threadId: string): void;
  /** A thread was renamed or deleted on the server. */
  changed(change: { type: 'renamed'; thread: ThreadMetadata } | { type: 'deleted'; threadId: string }): void;
  announce(text: string): void;
  error(message: string, error?: unknown): void;
  log(name: string, data?: Record<string, unknown>): void;
  openChanged(open: boolean): void;
}

type ListStatus = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string };

const reason = (error: unknown) => (error instanceof ChatKitProtocolError ? describeProtocolError(error) : error instanceof Error ? error.message : String(error));

export class HistoryController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #deps: HistoryDeps;
  #open = false;
  #threads: ThreadMetadata[] = [];
  #after: string | null = null;
  #hasMore = false;
  #list: ListStatus = { status: 'idle' };
  #renaming: string | null = null;
  #confirming: string | null = null;
  #busy = new Set<string>();
  #focusAfterRender: string | null = null;
  #load = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, deps: HistoryDeps) {
    this.#host = host;
    this.#deps = deps;
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  /** The threads loaded so far (newest first). */
  get threads(): readonly ThreadMetadata[] {
    return this.#threads;
  }

  hostUpdated(): void {
    const selector = this.#focusAfterRender;
    if (!selector) return;
    this.#focusAfterRender = null;
    const root = this.#host.shadowRoot;
    const target = root?.querySelector<HTMLElement>(selector) ?? root?.querySelector<HTMLElement>('#ck-history-title');
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  }

  async show(): Promise<void> {
    if (!this.#open) {
      this.#open = true;
      this.#focusAfterRender = '#ck-history-title';
      this.#deps.openChanged(true);
      this.#host.requestUpdate();
    }
    await this.reload();
  }

  hide(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#renaming = null;
    this.#confirming = null;
    this.#load++;
    this.#deps.openChanged(false);
    this.#host.requestUpdate();
  }

  async reload(): Promise<void> {
    this.#threads = [];
    this.#after = null;
    this.#hasMore = false;
    await this.#loadPage();
  }

  async #loadPage(): Promise<void> {
    const client = this.#deps.client();
    const strings = this.#deps.strings();
    if (!client) {
      this.#list = { status: 'failed', message: formatString(strings.historyFailed, { reason: 'no ChatKit server' }) };
      this.#host.requestUpdate();
      return;
    }
    const load = ++this.#load;
    this.#list = { status: 'loading' };
    this.#host.requestUpdate();
    try {
      const page = await client.request(requests.listThreads({ limit: HISTORY_PAGE_SIZE, order: 'desc', ...(this.#after ? { after: this.#after } : {}) }));
      if (load !== this.#load) return;
      const known = new Set(this.#threads.map((thread) => thread.id));
      this.#threads = [...this.#threads, ...page.data.filter((thread) => !known.has(thread.id))];
      this.#after = page.after ?? page.data.at(-1)?.id ?? null;
      this.#hasMore = page.has_more === true && this.#after !== null;
      this.#list = { status: 'idle' };
    } catch (error) {
      if (load !== this.#load) return;
      const message = formatString(strings.historyFailed, { reason: reason(error) });
      this.#list = { status: 'failed', message };
      this.#deps.error(message, error);
    }
    this.#host.requestUpdate();
  }

  #title(thread: ThreadMetadata): string {
    return typeof thread.title === 'string' && thread.title.trim() !== '' ? thread.title : this.#deps.strings().untitled;
  }

  #date(thread: ThreadMetadata): string {
    const date = new Date(thread.created_at);
    if (Number.isNaN(date.getTime())) return '';
    try {
      return new Intl.DateTimeFormat(this.#deps.locale(), { dateStyle: 'medium' }).format(date);
    } catch {
      return date.toDateString();
    }
  }

  async rename(threadId: string, title: string): Promise<void> {
    const client = this.#deps.client();
    const thread = this.#threads.find((candidate) => candidate.id === threadId);
    const strings = this.#deps.strings();
    const clean = title.trim();
    if (!client || !thread) return;
    if (clean === '' || clean === thread.title) {
      this.#renaming = null;
      this.#focusAfterRender = `[data-thread-id="${CSS.escape(threadId)}"] .history-open`;
      this.#host.requestUpdate();
      return;
    }
    this.#busy.add(threadId);
    this.#host.requestUpdate();
    try {
      const updated = await client.request(requests.updateThread(threadId, clean));
      const { items: _items, ...metadata } = updated;
      this.#threads = this.#threads.map((candidate) => (candidate.id === threadId ? { ...candidate, ...metadata, title: updated.title ?? clean } : candidate));
      this.#renaming = null;
      this.#focusAfterRender = `[data-thread-id="${CSS.escape(threadId)}"] .history-open`;
      this.#deps.announce(formatString(strings.renamed, { title: updated.title ?? clean }));
      this.#deps.log('history.rename', { threadId });
      this.#deps.changed({ type: 'renamed', thread: { ...thread, ...metadata, title: updated.title ?? clean } });
    } catch (error) {
      const message = formatString(strings.renameFailed, { title: this.#title(thread), reason: reason(error) });
      this.#deps.announce(message);
      this.#deps.error(message, error);
    } finally {
      this.#busy.delete(threadId);
      this.#host.requestUpdate();
    }
  }

  async delete(threadId: string): Promise<void> {
    const client = this.#deps.client();
    const thread = this.#threads.find((candidate) => candidate.id === threadId);
    const strings = this.#deps.strings();
    if (!client || !thread) return;
    this.#busy.add(threadId);
    this.#host.requestUpdate();
    try {
      await client.request(requests.deleteThread(threadId));
      const index = this.#threads.findIndex((candidate) => candidate.id === threadId);
      this.#threads = this.#threads.filter((candidate) => candidate.id !== threadId);
      this.#confirming = null;
      const next = this.#threads[Math.min(index, this.#threads.length - 1)];
      this.#focusAfterRender = next ? `[data-thread-id="${CSS.escape(next.id)}"] .history-open` : '#ck-history-title';
      this.#deps.announce(formatString(strings.deleted, { title: this.#title(thread) }));
      this.#deps.log('history.delete', { threadId });
      this.#deps.changed({ type: 'deleted', threadId });
    } catch (error) {
      const message = formatString(strings.deleteFailed, { title: this.#title(thread), reason: reason(error) });
      this.#deps.announce(message);
      this.#deps.error(message, error);
    } finally {
      this.#busy.delete(threadId);
      this.#host.requestUpdate();
    }
  }

  #startRename(threadId: string): void {
    this.#renaming = threadId;
    this.#confirming = null;
    this.#focusAfterRender = `[data-thread-id="${CSS.escape(threadId)}"] input`;
    this.#host.requestUpdate();
  }

  #startDelete(threadId: string): void {
    this.#confirming = threadId;
    this.#renaming = null;
    this.#focusAfterRender = `[data-thread-id="${CSS.escape(threadId)}"] .confirm-cancel`;
    this.#host.requestUpdate();
  }

  #cancel(threadId: string): void {
    this.#renaming = null;
    this.#confirming = null;
    this.#focusAfterRender = `[data-thread-id="${CSS.escape(threadId)}"] .history-open`;
    this.#host.requestUpdate();
  }

  #renderRow(thread: ThreadMetadata): TemplateResult {
    const strings = this.#deps.strings();
    const options = this.#deps.options() ?? {};
    const title = this.#title(thread);
    const current = thread.id === this.#deps.currentThreadId();
    const busy = this.#busy.has(thread.id);
    let body: TemplateResult;
    if (this.#renaming === thread.id) {
      body = html`<form
        class="history-rename"
        @submit=${(event: Event) => {
          event.preventDefault();
          const input = (event.currentTarget as HTMLFormElement).querySelector('input');
          void this.rename(thread.id, input?.value ?? '');
        }}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          this.#cancel(thread.id);
        }}
      >
        <input type="text" part="history-rename-input" .value=${thread.title ?? ''} aria-label=${formatString(strings.renameLabel, { title })} maxlength="200" ?disabled=${busy} />
        <button type="submit" class="text-button" ?disabled=${busy}>${strings.save}</button>
        <button type="button" class="text-button" ?disabled=${busy} @click=${() => this.#cancel(thread.id)}>${strings.cancel}</button>
      </form>`;
    } else if (this.#confirming === thread.id) {
      body = html`<div class="history-confirm" role="group" aria-label=${formatString(strings.confirmDelete, { title })}>
        <span>${formatString(strings.confirmDelete, { title })}</span>
        <button type="button" class="text-button danger confirm-delete" ?disabled=${busy} @click=${() => void this.delete(thread.id)}>${strings.deleteConfirm}</button>
        <button type="button" class="text-button confirm-cancel" ?disabled=${busy} @click=${() => this.#cancel(thread.id)}>${strings.cancel}</button>
      </div>`;
    } else {
      const date = this.#date(thread);
      body = html`<button type="button" class="history-open" part="history-thread" aria-current=${current ? 'true' : nothing} @click=${() => this.#deps.select(thread.id)}>
          <span class="history-title">${title}</span>${date ? html`<span class="history-date">${date}</span>` : nothing}
        </button>
        ${options.showRename !== false
          ? html`<button type="button" class="icon-button small" part="history-rename" aria-label=${formatString(strings.rename, { title })} ?disabled=${busy} @click=${() => this.#startRename(thread.id)}>
              ${chatIcon(chatGlyphs.rename)}
            </button>`
          : nothing}
        ${options.showDelete !== false
          ? html`<button type="button" class="icon-button small" part="history-delete" aria-label=${formatString(strings.delete, { title })} ?disabled=${busy} @click=${() => this.#startDelete(thread.id)}>
              ${chatIcon(chatGlyphs.delete)}
            </button>`
          : nothing}`;
    }
    return html`<li class="history-row" data-thread-id=${thread.id} ?data-current=${current}>${body}</li>`;
  }

  render(): unknown {
    if (!this.#open) return nothing;
    const strings = this.#deps.strings();
    const list = this.#list;
    return html`<section
      class="history"
      part="history"
      aria-labelledby="ck-history-title"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        this.hide();
      }}
    >
      <div class="history-header">
        <h2 id="ck-history-title" tabindex="-1">${strings.history}</h2>
        <button type="button" class="icon-button" part="history-close" aria-label=${strings.closeHistory} @click=${() => this.hide()}>${chatIcon(chatGlyphs.close)}</button>
      </div>
      ${this.#threads.length
        ? html`<ul class="history-list" aria-labelledby="ck-history-title">${this.#threads.map((thread) => this.#renderRow(thread))}</ul>`
        : list.status === 'idle'
          ? html`<p class="history-empty">${strings.historyEmpty}</p>`
          : nothing}
      ${list.status === 'loading' ? html`<div class="ck-loading" role="status"><span class="ck-spinner" aria-hidden="true"></span>${strings.historyLoading}</div>` : nothing}
      ${list.status === 'failed'
        ? html`<div class="history-error" role="alert"><span>${list.message}</span><button type="button" class="text-button" @click=${() => void this.#loadPage()}>${strings.retry}</button></div>`
        : nothing}
      ${this.#hasMore && list.status === 'idle'
        ? html`<button type="button" class="text-button load-more" part="history-more" @click=${() => void this.#loadPage()}>${strings.loadMore}</button>`
        : nothing}
    </section>`;
  }
}
