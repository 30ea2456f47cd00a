/**
 * Helpers for the <ck-chat> tests: a real ChatKit server (the server kit, in the page) behind
 * `api.fetch`, a scripted assistant, and ways to read what the user sees and what went over the wire.
 */
import '../../src/index.js';
import type { CkChat } from '../../src/elements/ck-chat.js';
import type { CkChatOptions } from '../../src/elements/chat/options.js';
import {
  ChatKitServer,
  MemoryStore,
  createFetchHandler,
  progressUpdate,
  sequentialIds,
  streamAssistantText,
  widgetMessage,
  type EventSource,
  type ParsedAction,
  type ServerStreamEvent,
} from '../../src/server/index.js';
import type { Attachment, ThreadMetadata, UserMessageItem, WidgetItem } from '../../src/protocol/types.js';

export { $, $$, text, until } from './ck-thread-harness.js';
import { $, until } from './ck-thread-harness.js';

export type Ctx = Record<string, never>;

export interface WireRequest {
  type: string;
  params: Record<string, any>;
}

/** The text a user message carries, tags as @title. */
export function messageText(input: UserMessageItem | null): string {
  return (input?.content ?? []).map((part) => (part.type === 'input_tag' ? `@${part.text}` : part.text)).join('');
}

/**
 * A ChatKit server over a MemoryStore whose assistant answers "You said: <text>" in small streamed
 * chunks, or what `script` yields. `gate` holds the reply until released (to test stop and disabling).
 */
export class ScriptedServer extends ChatKitServer<Ctx> {
  feedback: Array<{ threadId: string; itemIds: string[]; kind: string }> = [];
  inputs: UserMessageItem[] = [];
  script?: (thread: ThreadMetadata, input: UserMessageItem | null, server: ScriptedServer) => EventSource;
  gate: Promise<void> | null = null;
  uploads: Attachment[] = [];
  actions: Array<{ action: ParsedAction; senderId: string | null }> = [];

  constructor(options: { uploadUrl?: string } = {}) {
    super({
      store: new MemoryStore<Ctx>({ ids: sequentialIds() }),
      attachments: {
        create: async (params) => {
          const id = `atc_${String(this.uploads.length + 1).padStart(4, '0')}`;
          const attachment: Attachment = {
            id,
            name: params.name,
            mime_type: params.mime_type,
            type: params.mime_type.startsWith('image/') ? 'image' : 'file',
            ...(options.uploadUrl ? { upload_descriptor: { url: `${options.uploadUrl}/${id}`, method: 'PUT', headers: { 'x-upload': id } } } : {}),
          };
          this.uploads.push(attachment);
          return attachment;
        },
        delete: async () => undefined,
      },
      onError: () => undefined,
    });
  }

  override async *respond(thread: ThreadMetadata, input: UserMessageItem | null, context: Ctx): AsyncGenerator<ServerStreamEvent> {
    if (input) this.inputs.push(input);
    if (this.script) {
      yield* this.script(thread, input, this);
      return;
    }
    yield progressUpdate('Thinking');
    if (this.gate) await this.gate;
    const reply = `You said: ${messageText(input)}`;
    yield* streamAssistantText(this.itemBase(thread, context), reply.match(/.{1,6}/gs) ?? [reply]);
  }

  override async *action(thread: ThreadMetadata, action: ParsedAction, sender: WidgetItem | null, context: Ctx): AsyncGenerator<ServerStreamEvent> {
    this.actions.push({ action, senderId: sender?.id ?? null });
    yield* streamAssistantText(this.itemBase(thread, context), [`Action ${action.type}`]);
  }

  allowCancel = true;

  override getStreamOptions(): { allow_cancel: boolean } {
    return { allow_cancel: this.allowCancel };
  }

  override async addFeedback(threadId: string, itemIds: string[], kind: 'positive' | 'negative'): Promise<void> {
    this.feedback.push({ threadId, itemIds, kind });
  }

  /** A widget reply, for tests that need one. */
  widgetReply(thread: ThreadMetadata, widget: Record<string, unknown>, copyText: string): ServerStreamEvent {
    return widgetMessage(this.itemBase(thread, {} as Ctx), widget as never, copyText);
  }
}

/**
 * `api.fetch` answered by the server's web handler. Every ChatKit request body is recorded;
 * `fail(type)` makes the next request of a type fail as a network error; other URLs (uploads) are
 * recorded in `uploads` and answered 200.
 */
export function serverFetch(server: ChatKitServer<Ctx>) {
  const handler = createFetchHandler(server, { context: () => ({}) });
  const requests: WireRequest[] = [];
  const uploads: Array<{ url: string; method: string; headers: Headers }> = [];
  const failures = new Map<string, number>();
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    if (!url.endsWith('/chatkit')) {
      uploads.push({ url, method: String(init?.method), headers: new Headers(init?.headers) });
      return new Response(null, { status: 200 });
    }
    const body = JSON.parse(String(init?.body)) as WireRequest;
    requests.push(body);
    const left = failures.get(body.type) ?? 0;
    if (left > 0) {
      failures.set(body.type, left - 1);
      throw new TypeError('Failed to fetch');
    }
    return handler(new Request(new URL('/chatkit', location.href), { method: 'POST', body: init?.body ?? null, headers: init?.headers ?? {}, signal: init?.signal ?? null }));
  };
  return {
    fetch: fetchImpl as typeof fetch,
    requests,
    uploads,
    of: (type: string) => requests.filter((request) => request.type === type),
    fail: (type: string, times = 1) => failures.set(type, times),
  };
}

/** Mounts a <ck-chat> against `server`, sized like a chat panel. */
export async function mountChat(server: ScriptedServer, options: Omit<CkChatOptions, 'api'> = {}) {
  const wire = serverFetch(server);
  const el = document.createElement('ck-chat');
  el.style.height = '600px';
  el.style.width = '480px';
  el.setOptions({ api: { url: '/chatkit', fetch: wire.fetch }, ...options });
  document.body.append(el);
  await el.updateComplete;
  await until(() => el.thread?.controller != null, 'the thread controller');
  return { el, wire };
}

export const editorOf = (el: CkChat) => $<HTMLDivElement>(el, '.editor')!;

/** Waits until the running response is over and the chat has rendered it. */
export async function settled(el: CkChat): Promise<void> {
  await until(() => el.thread !== null && !el.thread.state.streaming && !el.thread.controller?.busy, 'the response to end');
  await el.updateComplete;
  await el.thread!.updateComplete;
}

/** The live region's text. */
export const announced = (el: CkChat) => ($(el, '[role="status"][aria-live="polite"]')?.textContent ?? '').replace(/\u200b/g, '');

export function cleanup(): void {
  document.querySelectorAll('ck-chat').forEach((el) => el.remove());
}
