/** The ChatKit wire protocol: SSE parsing, tolerant checks, request builders and the fetch client. */
export { DEFAULT_MAX_EVENT_LENGTH, SseEventTooLargeError, SseParser, parseSse } from './sse.js';
export type { SseMessage, SseParserOptions } from './sse.js';
export { ChatKitClient, ChatKitProtocolError } from './client.js';
export type { CallOptions, ChatKitClientOptions, ChatKitErrorKind, JsonResponseByType, ProtocolLogEntry } from './client.js';
export { requests, textInput, isStreamingRequest, STREAMING_REQUEST_TYPES } from './requests.js';
export type {
  ChatKitRequest,
  JsonRequestType,
  RequestParamsByType,
  RequestType,
  StreamingRequestType,
  StructuredInputAnswer,
  UserMessageInput,
  WireAction,
} from './requests.js';
export {
  checkItemsPage,
  checkStreamEvent,
  checkSyncCustomActionResult,
  checkThread,
  checkThreadItem,
  checkThreadsPage,
  KNOWN_EVENT_TYPES,
  KNOWN_ITEM_TYPES,
  KNOWN_UPDATE_TYPES,
} from './schemas.js';
export type { Checked, CheckedStreamEvent } from './schemas.js';
export type * from './types.js';
