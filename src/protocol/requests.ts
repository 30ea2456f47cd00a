/**
 * Typed builders for the 16 request types a ChatKit server accepts. Each returns the exact JSON
 * body to POST, `{type, params}`; the client adds `metadata`. Which types answer with a stream is
 * in `STREAMING_REQUEST_TYPES`.
 */
import type { InferenceOptions, JsonObject, UserMessageContent } from './types.js';

/** A widget action as it goes over the wire (`Action` in chatkit-python). */
export interface WireAction extends JsonObject {
  type: string;
  payload?: unknown;
  handler?: 'client' | 'server';
  loadingBehavior?: 'auto' | 'none' | 'self' | 'container';
  streaming?: boolean;
}

/** What the user typed: `threads.create` and `threads.add_user_message` carry it. */
export interface UserMessageInput {
  content: UserMessageContent[];
  /** Attachment ids from `attachments.create`. */
  attachments: string[];
  inference_options: InferenceOptions;
  quoted_text?: string;
}

export interface StructuredInputAnswer {
  status: 'answered' | 'skipped';
  answers?: Record<string, { values: string[] }>;
}

type ListOrder = 'asc' | 'desc';

export interface RequestParamsByType {
  'threads.create': { input: UserMessageInput };
  'threads.add_user_message': { thread_id: string; input: UserMessageInput };
  'threads.add_client_tool_output': { thread_id: string; result: unknown };
  'threads.retry_after_item': { thread_id: string; item_id: string };
  'threads.custom_action': { thread_id: string; item_id?: string | null; action: WireAction };
  'threads.add_structured_input': { thread_id: string; item_id: string; input: StructuredInputAnswer };
  'threads.get_by_id': { thread_id: string };
  'threads.list': { limit?: number; order?: ListOrder; after?: string };
  'items.list': { thread_id: string; limit?: number; order?: ListOrder; after?: string };
  'items.feedback': { thread_id: string; item_ids: string[]; kind: 'positive' | 'negative' };
  'threads.update': { thread_id: string; title: string };
  'threads.delete': { thread_id: string };
  'threads.sync_custom_action': { thread_id: string; item_id?: string | null; action: WireAction };
  'attachments.create': { name: string; size: number; mime_type: string };
  'attachments.delete': { attachment_id: string };
  'input.transcribe': { audio_base64: string; mime_type: string };
}

export type RequestType = keyof RequestParamsByType;

export interface ChatKitRequest<T extends RequestType = RequestType> {
  type: T;
  params: RequestParamsByType[T];
  metadata?: JsonObject;
}

export const STREAMING_REQUEST_TYPES = new Set([
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.retry_after_item',
  'threads.custom_action',
  'threads.add_structured_input',
] as const);

export type StreamingRequestType = typeof STREAMING_REQUEST_TYPES extends Set<infer T> ? T : never;
export type JsonRequestType = Exclude<RequestType, StreamingRequestType>;

export function isStreamingRequest(req: ChatKitRequest): req is ChatKitRequest<StreamingRequestType> {
  return (STREAMING_REQUEST_TYPES as ReadonlySet<string>).has(req.type);
}

function build<T extends RequestType>(type: T, params: RequestParamsByType[T]): ChatKitRequest<T> {
  return { type, params };
}

/** A text message with no attachments and default inference options. */
export function textInput(text: string, options: Partial<Omit<UserMessageInput, 'content'>> = {}): UserMessageInput {
  return {
    content: [{ type: 'input_text', text }],
    attachments: options.attachments ?? [],
    inference_options: options.inference_options ?? {},
    ...(options.quoted_text !== undefined ? { quoted_text: options.quoted_text } : {}),
  };
}

// Optional params are left out rather than sent as null: the server treats missing as default.
function withoutUndefined<T extends object>(params: T): T {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as T;
}

export const requests = {
  createThread: (input: UserMessageInput) => build('threads.create', { input }),
  addUserMessage: (threadId: string, input: UserMessageInput) =>
    build('threads.add_user_message', { thread_id: threadId, input }),
  addClientToolOutput: (threadId: string, result: unknown) =>
    build('threads.add_client_tool_output', { thread_id: threadId, result }),
  retryAfterItem: (threadId: string, itemId: string) =>
    build('threads.retry_after_item', { thread_id: threadId, item_id: itemId }),
  customAction: (threadId: string, itemId: string | null, action: WireAction) =>
    build('threads.custom_action', withoutUndefined({ thread_id: threadId, item_id: itemId ?? undefined, action })),
  addStructuredInput: (threadId: string, itemId: string, input: StructuredInputAnswer) =>
    build('threads.add_structured_input', { thread_id: threadId, item_id: itemId, input }),
  getThread: (threadId: string) => build('threads.get_by_id', { thread_id: threadId }),
  listThreads: (options: { limit?: number; order?: ListOrder; after?: string } = {}) =>
    build('threads.list', withoutUndefined({ ...options })),
  listItems: (threadId: string, options: { limit?: number; order?: ListOrder; after?: string } = {}) =>
    build('items.list', withoutUndefined({ thread_id: threadId, ...options })),
  feedback: (threadId: string, itemIds: string[], kind: 'positive' | 'negative') =>
    build('items.feedback', { thread_id: threadId, item_ids: itemIds, kind }),
  updateThread: (threadId: string, title: string) => build('threads.update', { thread_id: threadId, title }),
  deleteThread: (threadId: string) => build('threads.delete', { thread_id: threadId }),
  syncCustomAction: (threadId: string, itemId: string | null, action: WireAction) =>
    build('threads.sync_custom_action', withoutUndefined({ thread_id: threadId, item_id: itemId ?? undefined, action })),
  createAttachment: (file: { name: string; size: number; mime_type: string }) =>
    build('attachments.create', { name: file.name, size: file.size, mime_type: file.mime_type }),
  deleteAttachment: (attachmentId: string) => build('attachments.delete', { attachment_id: attachmentId }),
  transcribe: (audioBase64: string, mimeType: string) =>
    build('input.transcribe', { audio_base64: audioBase64, mime_type: mimeType }),
} as const;
