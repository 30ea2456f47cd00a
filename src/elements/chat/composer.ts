/**
 * The composer of `<ck-chat>`: a multiline input with atomic @mention chips, the mention list,
 * attachments, tools, model choice and the send / stop button. A Lit reactive controller: it keeps
 * the composer's state and renders into the chat's shadow root, so the input, the list and the
 * live region share one ID scope (aria-activedescendant, aria-controls).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref, createRef } from 'lit/directives/ref.js';
import type { ChatKitClient } from '../../protocol/client.js';
import { requests, type UserMessageInput } from '../../protocol/requests.js';
import type { Attachment, InferenceOptions, UserMessageContent } from '../../protocol/types.js';
import { renderIcon } from '../../icons/index.js';
import { repeat } from 'lit/directives/repeat.js';
import { safeImageUrl, safeLinkUrl } from '../../style/url-policy.js';
import { chatGlyphs, chatIcon } from './chat-icons.js';
import {
  acceptAttribute,
  checkAttachment,
  cleanEntities,
  cleanTools,
  contentToSegments,
  defaultModel,
  DEFAULT_MAX_ATTACHMENTS,
  findMentionQuery,
  formatBytes,
  groupEntities,
  moveActive,
  toolAfterSend,
  toUserMessageContent,
  type ComposerSegment,
  type EntityGroup,
} from './composer-content.js';
import { insertChip, insertTextAtCaret, isEditorEmpty, placeCaretAtEnd, readSegments, textBeforeCaret, writeSegments } from './editor.js';
import type { CkChatOptions, Entity, ToolOption } from './options.js';
import { canDrawThumbnail, thumbnail } from './thumbnail.js';
import { formatString, type ChatStrings } from './strings.js';

/** Milliseconds between the last keystroke and the `onTagSearch` call. */
export const MENTION_DEBOUNCE_MS = 150;

/** What the composer needs from the chat around it. */
export interface ComposerDeps {
  options(): CkChatOptions;
  strings(): ChatStrings;
  locale(): string | undefined;
  /** A response is running in the thread. */
  responding(): boolean;
  /** The running response may be stopped (the server allows cancelling). */
  stoppable(): boolean;
  client(): ChatKitClient | null;
  fetch(): typeof fetch;
  /** Sends; resolves true when the server accepted the message (it is in the thread). */
  submit(input: UserMessageInput): Promise<boolean>;
  stop(): void;
  announce(text: string): void;
  log(name: string, data?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
  toolChanged(toolId: string | null): void;
}

type Suggestions =
  | { status: 'closed' }
  | { status: 'loading'; query: string; groups: EntityGroup[]; flat: Entity[] }
  | { status: 'ready'; query: string; groups: EntityGroup[]; flat: Entity[] }
  | { status: 'failed'; query: string; message: string; groups: EntityGroup[]; flat: Entity[] };

interface PendingAttachment {
  key: number;
  name: string;
  mime: string;
  status: 'uploading' | 'ready' | 'failed';
  attachment?: Attachment;
  error?: string;
  /** The picked image, kept for its thumbnail (only image types a thumbnail is drawn for). */
  file?: File;
  /** The file did not decode: the chip shows the icon. */
  thumbnailFailed?: boolean;
}

/** Everything a sent message took from the composer, to put back if the server never got it. */
interface Snapshot {
  segments: ComposerSegment[];
  attachments: PendingAttachment[];
  reply: string | null;
  tool: string | null;
}

const ID = {
  editor: 'ck-composer-input',
  hint: 'ck-composer-hint',
  listbox: 'ck-mentions',
  option: (index: number) => `ck-mention-${index}`,
  group: (index: number) => `ck-mention-group-${index}`,
  toolMenu: 'ck-tool-menu',
  toolButton: 'ck-tool-button',
  model: 'ck-model',
  file: 'ck-file-input',
};

export class ComposerController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #deps: ComposerDeps;
  readonly #editor = createRef<HTMLDivElement>();
  readonly #fileInput = createRef<HTMLInputElement>();
  readonly #toolButton = createRef<HTMLButtonElement>();
  #empty = true;
  #suggestions: Suggestions = { status: 'closed' };
  #active = -1;
  #mention: { node: Text; start: number } | null = null;
  #dismissed: { node: Text; start: number } | null = null;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #searchSeq = 0;
  #attachments: PendingAttachment[] = [];
  #attachmentKey = 0;
  #notice: string | null = null;
  #tool: string | null = null;
  #model: string | null = null;
  #modelsSeen: unknown;
  #toolMenuOpen = false;
  #reply: string | null = null;
  #sending = false;

  constructor(host: ReactiveControllerHost, deps: ComposerDeps) {
    this.#host = host;
    this.#deps = deps;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#searchTimer);
  }

  // ---- public API (used by <ck-chat>) -------------------------------------------------------

  get editor(): HTMLDivElement | undefined {
    return this.#editor.value;
  }

  get selectedTool(): string | null {
    return this.#tool;
  }

  get selectedModel(): string | null {
    this.#syncModel();
    return this.#model;
  }

  focus(): void {
    const editor = this.#editor.value;
    if (!editor) return;
    editor.focus();
    placeCaretAtEnd(editor);
  }

  /** `setComposerValue`: replaces what is set; fields left out keep their value. */
  async setValue(value: {
    text?: string;
    content?: UserMessageContent[];
    reply?: string | null;
    attachments?: Attachment[];
    files?: File[];
    selectedToolId?: string | null;
    selectedModelId?: string;
  }): Promise<void> {
    await this.#host.updateComplete;
    const editor = this.#editor.value;
    if (editor && (value.content !== undefined || value.text !== undefined)) {
      const segments = Array.isArray(value.content) ? contentToSegments(value.content) : [{ kind: 'text' as const, text: String(value.text ?? '') }];
      writeSegments(editor, segments);
      this.#closeMentions();
      this.#changed();
    }
    if (value.reply !== undefined) this.#reply = typeof value.reply === 'string' && value.reply !== '' ? value.reply : null;
    if (Array.isArray(value.attachments)) {
      this.#attachments = value.attachments
        .filter((attachment) => attachment && typeof attachment.id === 'string')
        .map((attachment) => ({ key: ++this.#attachmentKey, name: String(attachment.name ?? ''), mime: String(attachment.mime_type ?? ''), status: 'ready', attachment }));
    }
    if (value.selectedToolId !== undefined) this.#selectTool(value.selectedToolId, false);
    if (typeof value.selectedModelId === 'string') this.#model = value.selectedModelId;
    this.#host.requestUpdate();
    if (Array.isArray(value.files)) await this.addFiles(value.files);
  }

  /** Attaches files: checked against the options, created with `attachments.create`, uploaded. */
  async addFiles(files: readonly File[]): Promise<void> {
    const config = this.#deps.options().composer?.attachments;
    if (!config?.enabled) return;
    const strings = this.#deps.strings();
    const maxCount = typeof config.maxCount === 'number' && config.maxCount > 0 ? config.maxCount : DEFAULT_MAX_ATTACHMENTS;
    const uploads: Promise<void>[] = [];
    this.#notice = null;
    for (const file of files) {
      if (this.#attachments.length >= maxCount) {
        this.#notify(formatString(strings.tooManyFiles, { count: maxCount }));
        break;
      }
      const refusal = checkAttachment({ name: file.name, size: file.size, type: file.type }, config);
      if (refusal) {
        this.#notify(
          refusal.reason === 'type'
            ? formatString(strings.fileTypeRefused, { name: file.name })
            : formatString(strings.fileTooLarge, { name: file.name, size: formatBytes(refusal.limit, this.#deps.locale()) }),
        );
        continue;
      }
      const entry: PendingAttachment = { key: ++this.#attachmentKey, name: file.name, mime: file.type || 'application/octet-stream', status: 'uploading' };
      if (canDrawThumbnail(entry.mime)) entry.file = file;
      this.#attachments = [...this.#attachments, entry];
      this.#deps.announce(formatString(strings.uploading, { name: file.name }));
      uploads.push(this.#upload(entry, file));
    }
    this.#host.requestUpdate();
    await Promise.all(uploads);
  }

  /** Sends what the composer holds; the text stays if the server never accepted the message. */
  async send(): Promise<void> {
    const editor = this.#editor.value;
    if (!editor) return;
    if (this.#deps.responding() || this.#sending) {
      this.#deps.announce(this.#deps.strings().waitForResponse);
      return;
    }
    if (this.#attachments.some((attachment) => attachment.status === 'uploading')) return;
    const segments = readSegments(editor);
    const content = toUserMessageContent(segments);
    const attachments = this.#attachments.filter((attachment) => attachment.status === 'ready' && attachment.attachment);
    if (content.length === 0 && attachments.length === 0) return;
    const inference: InferenceOptions = {};
    if (this.#tool) inference.tool_choice = { id: this.#tool };
    const model = this.selectedModel;
    if (model) inference.model = model;
    const input: UserMessageInput = {
      content,
      attachments: attachments.map((attachment) => attachment.attachment!.id),
      inference_options: inference,
      ...(this.#reply ? { quoted_text: this.#reply } : {}),
    };
    const snapshot: Snapshot = { segments, attachments: this.#attachments, reply: this.#reply, tool: this.#tool };
    // Cleared at once, as chat apps do; put back below if the message never reached the thread.
    writeSegments(editor, []);
    this.#attachments = [];
    this.#reply = null;
    this.#notice = null;
    this.#closeMentions();
    this.#selectTool(toolAfterSend(this.#tools(), this.#tool), false);
    this.#changed();
    this.#sending = true;
    this.#deps.log('composer.submit', { toolChoice: snapshot.tool, model, tags: content.filter((part) => part.type === 'input_tag').length, attachments: input.attachments.length });
    let accepted = false;
    try {
      accepted = await this.#deps.submit(input);
    } finally {
      this.#sending = false;
    }
    if (!accepted) this.#restore(snapshot);
    this.#host.requestUpdate();
  }

  #restore(snapshot: Snapshot): void {
    const editor = this.#editor.value;
    // Only into an untouched composer: never over what the user typed since.
    if (!editor || !isEditorEmpty(editor) || this.#attachments.length > 0) return;
    writeSegments(editor, snapshot.segments);
    this.#attachments = snapshot.attachments;
    this.#reply = snapshot.reply;
    this.#selectTool(snapshot.tool, false);
    this.#changed();
    this.#notify(this.#deps.strings().messageNotSent);
  }

  // ---- options ------------------------------------------------------------------------------

  #tools(): ToolOption[] {
    return cleanTools(this.#deps.options().composer?.tools);
  }

  #syncModel(): void {
    const models = this.#deps.options().composer?.models;
    if (models === this.#modelsSeen) return;
    this.#modelsSeen = models;
    const usable = Array.isArray(models) ? models.filter((model) => model && model.disabled !== true).map((model) => model.id) : [];
    if (this.#model === null || !usable.includes(this.#model)) this.#model = defaultModel(models);
  }

  #disabled(): boolean {
    return this.#deps.options().composer?.disableWhileResponding === true && this.#deps.responding();
  }

  #placeholder(): string {
    const tool = this.#tools().find((candidate) => candidate.id === this.#tool);
    return tool?.placeholderOverride ?? this.#deps.options().composer?.placeholder ?? this.#deps.strings().placeholder;
  }

  #selectTool(toolId: string | null, announce: boolean): void {
    const id = toolId !== null && this.#tools().some((tool) => tool.id === toolId) ? toolId : null;
    if (id === this.#tool) return;
    this.#tool = id;
    this.#deps.toolChanged(id);
    if (announce) this.#deps.log('composer.tool.change', { toolId: id });
    this.#host.requestUpdate();
  }

  #notify(message: string): void {
    this.#notice = message;
    this.#deps.announce(message);
    this.#host.requestUpdate();
  }

  #changed(): void {
    const editor = this.#editor.value;
    const empty = !editor || isEditorEmpty(editor);
    if (empty !== this.#empty) {
      this.#empty = empty;
      this.#host.requestUpdate();
    }
  }

  // ---- mentions ------------------------------------------------------------------------------

  #mentionsOpen(): boolean {
    return this.#suggestions.status !== 'closed';
  }

  #closeMentions(announce = false): void {
    clearTimeout(this.#searchTimer);
    this.#searchSeq++;
    if (this.#suggestions.status === 'closed') return;
    this.#suggestions = { status: 'closed' };
    this.#active = -1;
    this.#mention = null;
    if (announce) this.#deps.announce(this.#deps.strings().mentionClosed);
    this.#host.requestUpdate();
  }

  /** Opens, updates or closes the list for the mention just before the caret. */
  #checkMention(): void {
    const search = this.#deps.options().entities?.onTagSearch;
    const editor = this.#editor.value;
    if (!search || !editor) return this.#closeMentions();
    const before = textBeforeCaret(editor);
    const found = before ? findMentionQuery(before.text) : null;
    if (!before || !found) {
      this.#dismissed = null;
      return this.#closeMentions();
    }
    if (this.#dismissed && this.#dismissed.node === before.node && this.#dismissed.start === found.start) return;
    this.#dismissed = null;
    const previous = this.#suggestions;
    this.#mention = { node: before.node, start: found.start };
    if (previous.status !== 'closed' && previous.query === found.query) return;
    const { groups, flat } = previous.status === 'closed' ? { groups: [], flat: [] } : previous;
    this.#suggestions = { status: 'loading', query: found.query, groups, flat };
    this.#host.requestUpdate();
    clearTimeout(this.#searchTimer);
    const seq = ++this.#searchSeq;
    this.#searchTimer = setTimeout(() => void this.#search(search, found.query, seq), MENTION_DEBOUNCE_MS);
  }

  async #search(search: (query: string) => Promise<Entity[]>, query: string, seq: number): Promise<void> {
    const strings = this.#deps.strings();
    let result: Entity[];
    try {
      result = cleanEntities(await search(query));
    } catch (error) {
      if (seq !== this.#searchSeq) return;
      const message = formatString(strings.mentionFailed, { reason: error instanceof Error ? error.message : String(error) });
      this.#suggestions = { status: 'failed', query, message, groups: [], flat: [] };
      this.#active = -1;
      this.#deps.announce(message);
      this.#deps.error(message, error);
      this.#host.requestUpdate();
      return;
    }
    if (seq !== this.#searchSeq) return;
    // A query with a space that matches nothing is ordinary text after a stray "@".
    if (result.length === 0 && /\s/.test(query)) return this.#closeMentions();
    const { groups, flat } = groupEntities(result);
    this.#suggestions = { status: 'ready', query, groups, flat };
    this.#active = flat.length ? 0 : -1;
    this.#deps.announce(
      flat.length === 0 ? strings.mentionNoResults : flat.length === 1 ? strings.mentionResult : formatString(strings.mentionResults, { count: flat.length }),
    );
    this.#host.requestUpdate();
  }

  #choose(index: number): void {
    const suggestions = this.#suggestions;
    const editor = this.#editor.value;
    if (suggestions.status === 'closed' || !editor) return;
    const entity = suggestions.flat[index];
    const mention = this.#mention;
    const before = textBeforeCaret(editor);
    if (!entity || !mention || !before || before.node !== mention.node) return this.#closeMentions();
    insertChip(before.node, mention.start, before.offset, entity);
    this.#closeMentions();
    this.#changed();
    this.#deps.announce(formatString(this.#deps.strings().mentionInserted, { title: entity.title }));
    this.#deps.log('composer.tag.insert', { id: entity.id, group: entity.group ?? null });
  }

  /** The "@" button: starts a mention at the caret. */
  #startMention(): void {
    const editor = this.#editor.value;
    if (!editor) return;
    editor.focus();
    const before = textBeforeCaret(editor);
    if (!before) placeCaretAtEnd(editor);
    const text = textBeforeCaret(editor)?.text ?? '';
    insertTextAtCaret(editor, text === '' || /\s$/.test(text) ? '@' : ' @');
    this.#changed();
    this.#checkMention();
  }

  // ---- attachments ---------------------------------------------------------------------------

  async #upload(entry: PendingAttachment, file: File): Promise<void> {
    const strings = this.#deps.strings();
    const fail = (reason: string, error?: unknown) => {
      entry.status = 'failed';
      entry.error = formatString(strings.uploadFailed, { name: entry.name, reason });
      this.#attachments = [...this.#attachments];
      this.#deps.announce(entry.error);
      this.#deps.error(entry.error, error);
      this.#host.requestUpdate();
    };
    const client = this.#deps.client();
    if (!client) return fail('no ChatKit server');
    try {
      const attachment = await client.request(requests.createAttachment({ name: file.name, size: file.size, mime_type: entry.mime }));
      const descriptor = attachment.upload_descriptor;
      if (descriptor && typeof descriptor === 'object') {
        const url = safeLinkUrl(descriptor.url);
        if (!url || !/^https?:/i.test(url)) return fail('the server gave an upload URL this page refuses');
        const method = String(descriptor.method ?? 'PUT').toUpperCase();
        const headers: Record<string, string> = {};
        for (const [key, value] of Object.entries(descriptor.headers ?? {})) if (typeof value === 'string') headers[key] = value;
        const response = await this.#deps.fetch()(url, { method: method === 'POST' ? 'POST' : 'PUT', headers, body: file });
        if (!response.ok) return fail(`the upload answered ${response.status}`);
      }
      if (!this.#attachments.includes(entry)) return;
      entry.status = 'ready';
      entry.attachment = attachment;
      this.#attachments = [...this.#attachments];
      this.#deps.log('composer.attachment.add', { id: attachment.id, mime_type: entry.mime });
      this.#host.requestUpdate();
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error), error);
    }
  }

  #removeAttachment(entry: PendingAttachment): void {
    this.#attachments = this.#attachments.filter((candidate) => candidate !== entry);
    const id = entry.attachment?.id;
    const client = this.#deps.client();
    // Best effort: a stray upload on the server is harmless, and the user already removed it here.
    if (id && client) client.request(requests.deleteAttachment(id)).catch((error: unknown) => this.#deps.log('composer.attachment.delete_failed', { id, message: String(error) }));
    this.#host.requestUpdate();
    this.focus();
  }

  // ---- events --------------------------------------------------------------------------------

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return;
    const suggestions = this.#suggestions;
    if (suggestions.status !== 'closed') {
      const count = suggestions.flat.length;
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
        event.preventDefault();
        this.#active = moveActive(this.#active, count, event.key === 'ArrowDown' ? 1 : -1);
        this.#host.requestUpdate();
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && this.#active >= 0 && count > 0) {
        event.preventDefault();
        this.#choose(this.#active);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.#dismissed = this.#mention;
        this.#closeMentions(true);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void this.send();
    }
  };

  #onInput = (): void => {
    this.#changed();
    this.#checkMention();
  };

  #onCaretMove = (event: Event): void => {
    if (event instanceof KeyboardEvent && (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter' || event.key === 'Escape' || event.key === 'Tab')) return;
    this.#checkMention();
  };

  #onBlur = (event: FocusEvent): void => {
    // Clicking an option keeps focus (mousedown is prevented); leaving the composer closes the list.
    const next = event.relatedTarget as Node | null;
    if (!next || !(this.#editor.value?.parentElement?.closest('.composer')?.contains(next) ?? false)) this.#closeMentions();
  };

  #onPaste = (event: ClipboardEvent): void => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length && this.#deps.options().composer?.attachments?.enabled) {
      event.preventDefault();
      void this.addFiles(files);
    }
  };

  #onDrop = (event: DragEvent): void => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    if (this.#deps.options().composer?.attachments?.enabled) void this.addFiles(files);
  };

  #onDragOver = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  #onFiles = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.addFiles(files);
    this.focus();
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.#deps.responding()) {
      if (this.#deps.stoppable()) this.#deps.stop();
      return;
    }
    void this.send();
  };

  // ---- tool menu -----------------------------------------------------------------------------

  #menuItems(): HTMLElement[] {
    const menu = this.#toolButton.value?.parentElement?.querySelector(`#${ID.toolMenu}`);
    return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitemradio"]')] : [];
  }

  async #openToolMenu(focus: 'checked' | 'first' | 'last'): Promise<void> {
    this.#toolMenuOpen = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const items = this.#menuItems();
    const checked = items.find((item) => item.getAttribute('aria-checked') === 'true');
    (focus === 'last' ? items.at(-1) : focus === 'checked' ? (checked ?? items[0]) : items[0])?.focus();
  }

  #closeToolMenu(returnFocus: boolean): void {
    if (!this.#toolMenuOpen) return;
    this.#toolMenuOpen = false;
    this.#host.requestUpdate();
    if (returnFocus) this.#toolButton.value?.focus();
  }

  #onToolButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.#openToolMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  #onMenuKey = (event: KeyboardEvent): void => {
    const items = this.#menuItems();
    const index = items.indexOf(event.target as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return this.#closeToolMenu(true);
      case 'Tab':
        return this.#closeToolMenu(false);
    }
  };

  #onMenuFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const menu = event.currentTarget as HTMLElement;
    if (!next || (!menu.contains(next) && next !== this.#toolButton.value)) this.#closeToolMenu(false);
  };

  // ---- rendering -----------------------------------------------------------------------------

  #renderSuggestions(): unknown {
    const suggestions = this.#suggestions;
    if (suggestions.status === 'closed') return nothing;
    const strings = this.#deps.strings();
    const status =
      suggestions.status === 'failed'
        ? suggestions.message
        : suggestions.status === 'loading' && suggestions.flat.length === 0
          ? strings.mentionSearching
          : suggestions.status === 'ready' && suggestions.flat.length === 0
            ? strings.mentionNoResults
            : null;
    return html`<div class="mention-popup" part="mention-popup">
      ${status ? html`<div class="mention-status" data-status=${suggestions.status}>${status}</div>` : nothing}
      ${suggestions.flat.length
        ? html`<div id=${ID.listbox} class="mention-list" part="mention-list" role="listbox" aria-label=${strings.mentionList}>
            ${suggestions.groups.map((group, groupIndex) =>
              group.group === null
                ? group.entries.map(({ entity, index }) => this.#renderOption(entity, index))
                : html`<div class="mention-group" role="group" aria-labelledby=${ID.group(groupIndex)}>
                    <div class="mention-group-label" id=${ID.group(groupIndex)} role="presentation">${group.group}</div>
                    ${group.entries.map(({ entity, index }) => this.#renderOption(entity, index))}
                  </div>`,
            )}
          </div>`
        : nothing}
    </div>`;
  }

  #renderOption(entity: Entity, index: number): TemplateResult {
    const active = index === this.#active;
    return html`<div
      id=${ID.option(index)}
      class="mention-option"
      part=${active ? 'mention-option mention-option-active' : 'mention-option'}
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this.#choose(index)}
    >
      ${entity.icon ? renderIcon(entity.icon) : nothing}<span class="mention-title">${entity.title}</span>
    </div>`;
  }

  /** The chip's picture: a thumbnail of a picked image, the server's preview of a restored one, else an icon. */
  #renderAttachmentVisual(entry: PendingAttachment): unknown {
    const uploading = entry.status === 'uploading';
    const spinner = html`<span class="ck-spinner" aria-hidden="true"></span>`;
    const image = entry.mime.startsWith('image/') || entry.attachment?.type === 'image';
    let picture: unknown = nothing;
    if (entry.file && !entry.thumbnailFailed) {
      picture = html`<canvas class="attachment-thumb" part="composer-attachment-thumbnail" aria-hidden="true" ${thumbnail(entry.file, () => this.#thumbnailFailed(entry))}></canvas>`;
    } else if (image && !entry.thumbnailFailed) {
      const url = safeImageUrl(entry.attachment?.preview_url);
      if (url) picture = html`<img class="attachment-thumb" part="composer-attachment-thumbnail" src=${url} alt="" aria-hidden="true" @error=${() => this.#thumbnailFailed(entry)} />`;
    }
    if (picture === nothing) return uploading ? spinner : renderIcon(image ? 'images' : 'document');
    return html`<span class="attachment-visual">${picture}${uploading ? html`<span class="attachment-veil">${spinner}</span>` : nothing}</span>`;
  }

  #thumbnailFailed(entry: PendingAttachment): void {
    if (entry.thumbnailFailed || !this.#attachments.includes(entry)) return;
    entry.thumbnailFailed = true;
    this.#attachments = [...this.#attachments];
    this.#host.requestUpdate();
  }

  #renderAttachments(): unknown {
    if (this.#attachments.length === 0) return nothing;
    const strings = this.#deps.strings();
    return html`<ul class="composer-attachments" aria-label=${strings.attach}>
      ${repeat(
        this.#attachments,
        (entry) => entry.key,
        (entry) => html`<li class="composer-attachment" part="composer-attachment" data-status=${entry.status}>
          ${this.#renderAttachmentVisual(entry)}
          <span class="attachment-name">${entry.name}</span>
          ${entry.status === 'uploading' ? html`<span class="ck-sr-only">${formatString(strings.uploading, { name: entry.name })}</span>` : nothing}
          ${entry.status === 'failed' ? html`<span class="attachment-error">${entry.error}</span>` : nothing}
          <button type="button" class="icon-button small" aria-label=${formatString(strings.removeAttachment, { name: entry.name })} @click=${() => this.#removeAttachment(entry)}>
            ${chatIcon(chatGlyphs.close)}
          </button>
        </li>`,
      )}
    </ul>`;
  }

  #renderTools(disabled: boolean): unknown {
    const tools = this.#tools();
    if (tools.length === 0) return nothing;
    const strings = this.#deps.strings();
    const pinned = tools.filter((tool) => tool.pinned === true);
    const selected = tools.find((tool) => tool.id === this.#tool);
    return html`
      <div class="tool-menu-anchor">
        <button
          type="button"
          id=${ID.toolButton}
          class="icon-button"
          part="tools-button"
          aria-label=${strings.tools}
          aria-haspopup="menu"
          aria-expanded=${this.#toolMenuOpen ? 'true' : 'false'}
          aria-controls=${ifDefined(this.#toolMenuOpen ? ID.toolMenu : undefined)}
          ?disabled=${disabled}
          ${ref(this.#toolButton)}
          @click=${() => (this.#toolMenuOpen ? this.#closeToolMenu(true) : void this.#openToolMenu('checked'))}
          @keydown=${this.#onToolButtonKey}
        >
          ${chatIcon(chatGlyphs.tools)}
        </button>
        ${this.#toolMenuOpen
          ? html`<div id=${ID.toolMenu} class="tool-menu" part="tool-menu" role="menu" aria-labelledby=${ID.toolButton} @keydown=${this.#onMenuKey} @focusout=${this.#onMenuFocusOut}>
              ${tools.map(
                (tool) => html`<button
                  type="button"
                  class="tool-item"
                  role="menuitemradio"
                  tabindex="-1"
                  aria-checked=${tool.id === this.#tool ? 'true' : 'false'}
                  data-tool-id=${tool.id}
                  @click=${() => {
                    this.#selectTool(tool.id === this.#tool ? null : tool.id, true);
                    this.#closeToolMenu(false);
                    this.focus();
                  }}
                >
                  ${renderIcon(tool.icon)}<span>${tool.label}</span>
                </button>`,
              )}
            </div>`
          : nothing}
      </div>
      ${pinned.map(
        (tool) => html`<button
          type="button"
          class="pill-button"
          part="tool-pinned"
          data-tool-id=${tool.id}
          aria-pressed=${tool.id === this.#tool ? 'true' : 'false'}
          ?disabled=${disabled}
          @click=${() => {
            this.#selectTool(tool.id === this.#tool ? null : tool.id, true);
            this.focus();
          }}
        >
          ${renderIcon(tool.icon)}<span>${tool.shortLabel ?? tool.label}</span>
        </button>`,
      )}
      ${selected && selected.pinned !== true
        ? html`<span class="tool-pill" part="tool-selected" data-tool-id=${selected.id}>
            ${renderIcon(selected.icon)}<span>${selected.shortLabel ?? selected.label}</span>
            <button type="button" class="icon-button small" aria-label=${formatString(strings.clearTool, { tool: selected.label })} @click=${() => {
              this.#selectTool(null, true);
              this.focus();
            }}>${chatIcon(chatGlyphs.close)}</button>
          </span>`
        : nothing}
    `;
  }

  #renderModels(disabled: boolean): unknown {
    const models = this.#deps.options().composer?.models;
    if (!Array.isArray(models) || models.length === 0) return nothing;
    this.#syncModel();
    return html`<label class="ck-sr-only" for=${ID.model}>${this.#deps.strings().model}</label>
      <select id=${ID.model} class="model-select" part="model" ?disabled=${disabled} @change=${(event: Event) => {
        this.#model = (event.target as HTMLSelectElement).value;
        this.#deps.log('composer.model.change', { model: this.#model });
      }}>
        ${models
          .filter((model) => model && typeof model.id === 'string')
          .map((model) => html`<option value=${model.id} ?disabled=${model.disabled === true} ?selected=${model.id === this.#model} title=${ifDefined(model.description)}>${String(model.label ?? model.id)}</option>`)}
      </select>`;
  }

  render(): TemplateResult {
    const options = this.#deps.options();
    const strings = this.#deps.strings();
    const responding = this.#deps.responding();
    // Disabled, the input stays focusable (tabindex) so keyboard users keep their place.
    const disabled = this.#disabled();
    const attachments = options.composer?.attachments;
    const mentions = typeof options.entities?.onTagSearch === 'function';
    const open = this.#mentionsOpen() && this.#suggestions.status !== 'closed' && this.#suggestions.flat.length > 0;
    const uploading = this.#attachments.some((attachment) => attachment.status === 'uploading');
    const canSend = !this.#empty || this.#attachments.some((attachment) => attachment.status === 'ready');
    return html`<form class="composer" part="composer" @submit=${this.#onSubmit} @drop=${this.#onDrop} @dragover=${this.#onDragOver} aria-label=${strings.composerLabel}>
      ${this.#renderSuggestions()}
      ${this.#reply
        ? html`<div class="composer-reply" part="composer-reply">
            <span class="ck-sr-only">${strings.replyingTo}</span>
            <blockquote>${this.#reply}</blockquote>
            <button type="button" class="icon-button small" aria-label=${strings.clearReply} @click=${() => {
              this.#reply = null;
              this.#host.requestUpdate();
              this.focus();
            }}>${chatIcon(chatGlyphs.close)}</button>
          </div>`
        : nothing}
      ${this.#renderAttachments()}
      <div
        id=${ID.editor}
        class="editor"
        part="input"
        role="textbox"
        aria-multiline="true"
        tabindex="0"
        contenteditable=${disabled ? 'false' : 'plaintext-only'}
        aria-disabled=${disabled ? 'true' : 'false'}
        aria-label=${strings.composerLabel}
        aria-placeholder=${this.#placeholder()}
        data-placeholder=${this.#placeholder()}
        ?data-empty=${this.#empty}
        aria-describedby=${ID.hint}
        aria-autocomplete=${mentions ? 'list' : 'none'}
        aria-controls=${ifDefined(open ? ID.listbox : undefined)}
        aria-activedescendant=${ifDefined(open && this.#active >= 0 ? ID.option(this.#active) : undefined)}
        ${ref(this.#editor)}
        @keydown=${this.#onKeyDown}
        @input=${this.#onInput}
        @keyup=${this.#onCaretMove}
        @pointerup=${this.#onCaretMove}
        @blur=${this.#onBlur}
        @paste=${this.#onPaste}
      ></div>
      <span id=${ID.hint} class="ck-sr-only">${mentions ? strings.composerHintMentions : strings.composerHint}</span>
      ${this.#notice ? html`<p class="composer-notice" part="composer-notice">${this.#notice}</p>` : nothing}
      <div class="composer-toolbar">
        ${attachments?.enabled
          ? html`<button type="button" class="icon-button" part="attach" aria-label=${strings.attach} ?disabled=${disabled} @click=${() => this.#fileInput.value?.click()}>
                ${chatIcon(chatGlyphs.attach)}
              </button>
              <input id=${ID.file} type="file" multiple hidden accept=${ifDefined(acceptAttribute(attachments.accept))} ${ref(this.#fileInput)} @change=${this.#onFiles} />`
          : nothing}
        ${mentions && options.entities?.showComposerMenu
          ? html`<button type="button" class="icon-button" part="mention-button" aria-label=${strings.mention} ?disabled=${disabled} @click=${() => this.#startMention()}>
              ${chatIcon(chatGlyphs.mention)}
            </button>`
          : nothing}
        ${this.#renderTools(disabled)}
        <span class="toolbar-spacer"></span>
        ${this.#renderModels(disabled)}
        ${responding && this.#deps.stoppable()
          ? html`<button type="submit" class="send-button" part="stop" aria-label=${strings.stop}>${chatIcon(chatGlyphs.stop, true)}</button>`
          : html`<button type="submit" class="send-button" part="send" aria-label=${strings.send} ?disabled=${responding || !canSend || uploading || this.#sending}>
              ${chatIcon(chatGlyphs.send)}
            </button>`}
      </div>
    </form>`;
  }
}
