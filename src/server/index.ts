/**
 * chatkit-widgets/server: a ChatKit server kit for any runtime with fetch-era globals (Node, Bun,
 * Deno, workers, a browser page). Node-only parts (FileStore, the node:http handler) are in
 * `chatkit-widgets/server/node`, so importing this entry never pulls in `node:` modules.
 */
export {
  ChatKitServer,
  DEFAULT_PAGE_SIZE,
  type AttachmentHandler,
  type Authorize,
  type ChatKitHooks,
  type ChatKitServerOptions,
  type EventSource,
  type ProcessResult,
  type ServerStreamEvent,
  type ThreadOperation,
} from './chatkit-server.js';
export { CustomStreamError, RequestError, StreamError, type RequestErrorCode } from './errors.js';
export {
  assistantMessage,
  clientEffect,
  errorEvent,
  hiddenContext,
  notice,
  outputText,
  progressUpdate,
  streamAssistantText,
  widgetMessage,
  type HiddenContextDoneEvent,
  type ItemBase,
} from './events.js';
export { formatTimestamp, randomIds, sequentialIds, steppingClock, systemClock, ID_PREFIXES, type Clock, type IdGenerator, type StoreItemType } from './ids.js';
export { isHiddenItem, type HiddenContextItem, type StoredThreadItem } from './items.js';
export { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { pageOf, type ListOrder, type PageRequest, type Store } from './store.js';
export { DEFAULT_BODY_LIMITS, maxNesting, parseRequestBody, type BodyLimits } from './request-body.js';
export { parseChatKitRequest, type ParsedAction, type ParsedRequest } from './request-schema.js';
export { encodeSse, encodeSseEvent, serializeWire } from './sse-encode.js';
export { diffWidget, type DiffWidgetOptions } from './widget-diff.js';
export { streamWidget, type StreamWidgetOptions } from './stream-widget.js';
export { createFetchHandler, type WebHandlerOptions } from './web-handler.js';
