/**
 * The ChatKit wire protocol as this client sees it: threads, thread items, stream events and item
 * updates (mirrors chatkit-python's `chatkit/types.py`; the golden transcripts are the ground truth).
 *
 * Servers drop null fields (`exclude_none`), so every optional field may be missing or null.
 * Unknown fields are kept on every object (index signatures): a newer server is not an error.
 * Widget payloads are `WidgetRoot` (a loose object): the renderer validates them per node.
 */

/** Any JSON object the server sent; we keep fields we do not know about. */
export interface JsonObject {
  [key: string]: unknown;
}

/** A widget tree as sent; validated node by node by the renderer, not here. */
export interface WidgetRoot extends JsonObject {
  type: string;
}

export interface WidgetComponent extends JsonObject {
  type: string;
  id?: string | null;
}

export interface Page<T> extends JsonObject {
  data: T[];
  has_more: boolean;
  after?: string | null;
}

export type ThreadStatus =
  | { type: 'active'; [key: string]: unknown }
  | { type: 'locked' | 'closed'; reason?: string | null; [key: string]: unknown };

export interface ThreadMetadata extends JsonObject {
  id: string;
  title?: string | null;
  created_at: string;
  status: ThreadStatus;
  metadata?: JsonObject;
}

export interface Thread extends ThreadMetadata {
  items: Page<ThreadItem>;
}

// ---- thread items --------------------------------------------------------------------------

interface ThreadItemBase extends JsonObject {
  id: string;
  thread_id: string;
  /** Naive ISO 8601 in the server's local time (no zone). */
  created_at: string;
}

export interface InputTextContent extends JsonObject {
  type: 'input_text';
  text: string;
}
export interface InputTagContent extends JsonObject {
  type: 'input_tag';
  id: string;
  text: string;
  data?: JsonObject;
  group?: string | null;
  interactive?: boolean;
}
export type UserMessageContent = InputTextContent | InputTagContent;

export interface Attachment extends JsonObject {
  id: string;
  name: string;
  mime_type: string;
  type: 'file' | 'image';
  preview_url?: string | null;
  upload_descriptor?: { url: string; method: string; headers?: Record<string, string> } | null;
  thread_id?: string | null;
}

export interface InferenceOptions extends JsonObject {
  tool_choice?: { id: string } | null;
  model?: string | null;
}

export interface UserMessageItem extends ThreadItemBase {
  type: 'user_message';
  content: UserMessageContent[];
  attachments: Attachment[];
  quoted_text?: string | null;
  inference_options: InferenceOptions;
}

export interface UrlSource extends JsonObject {
  type: 'url';
  url: string;
  title: string;
}
export interface FileSource extends JsonObject {
  type: 'file';
  filename: string;
  title: string;
}
export interface EntitySource extends JsonObject {
  type: 'entity';
  id: string;
  title: string;
}
export type Source = UrlSource | FileSource | EntitySource | (JsonObject & { type: string });

export interface Annotation extends JsonObject {
  type: 'annotation';
  source: Source;
  index?: number | null;
}

export interface AssistantMessageContent extends JsonObject {
  type: 'output_text';
  text: string;
  annotations: Annotation[];
}

export interface AssistantMessageItem extends ThreadItemBase {
  type: 'assistant_message';
  content: AssistantMessageContent[];
}

export interface ClientToolCallItem extends ThreadItemBase {
  type: 'client_tool_call';
  status: 'pending' | 'completed';
  call_id: string;
  name: string;
  arguments: JsonObject;
  output?: unknown;
}

export interface WidgetItem extends ThreadItemBase {
  type: 'widget';
  widget: WidgetRoot;
  copy_text?: string | null;
}

export interface Task extends JsonObject {
  type: string;
  title?: string | null;
  content?: string | null;
  status_indicator?: 'none' | 'loading' | 'complete' | null;
}

export interface Workflow extends JsonObject {
  type: string;
  tasks: Task[];
  summary?: JsonObject | null;
  expanded?: boolean;
}

export interface WorkflowItem extends ThreadItemBase {
  type: 'workflow';
  workflow: Workflow;
}

export interface TaskItem extends ThreadItemBase {
  type: 'task';
  task: Task;
}

export interface GeneratedImage extends JsonObject {
  id: string;
  url: string;
}

export interface GeneratedImageItem extends ThreadItemBase {
  type: 'generated_image';
  image?: GeneratedImage | null;
}

export interface StructuredInputItem extends ThreadItemBase {
  type: 'structured_input';
  status: string;
  inputs: JsonObject[];
}

export interface EndOfTurnItem extends ThreadItemBase {
  type: 'end_of_turn';
}

/**
 * An item whose `type` this client does not know (a newer server). It keeps its place in the
 * thread so order and paging stay right; `raw` is the item exactly as sent.
 */
export interface UnknownThreadItem {
  type: 'unknown';
  id: string;
  thread_id: string;
  created_at: string;
  raw: JsonObject;
}

export type KnownThreadItem =
  | UserMessageItem
  | AssistantMessageItem
  | ClientToolCallItem
  | WidgetItem
  | WorkflowItem
  | TaskItem
  | GeneratedImageItem
  | StructuredInputItem
  | EndOfTurnItem;

export type ThreadItem = KnownThreadItem | UnknownThreadItem;

// ---- item updates (thread.item.updated .update) ----------------------------------------------

export interface ContentPartAdded extends JsonObject {
  type: 'assistant_message.content_part.added';
  content_index: number;
  content: AssistantMessageContent;
}
export interface ContentPartTextDelta extends JsonObject {
  type: 'assistant_message.content_part.text_delta';
  content_index: number;
  delta: string;
}
export interface ContentPartAnnotationAdded extends JsonObject {
  type: 'assistant_message.content_part.annotation_added';
  content_index: number;
  annotation_index: number;
  annotation: Annotation;
}
export interface ContentPartDone extends JsonObject {
  type: 'assistant_message.content_part.done';
  content_index: number;
  content: AssistantMessageContent;
}
export interface WidgetStreamingTextValueDelta extends JsonObject {
  type: 'widget.streaming_text.value_delta';
  component_id: string;
  delta: string;
  done: boolean;
}
export interface WidgetRootUpdated extends JsonObject {
  type: 'widget.root.updated';
  widget: WidgetRoot;
}
export interface WidgetComponentUpdated extends JsonObject {
  type: 'widget.component.updated';
  component_id: string;
  component: WidgetComponent;
}
export interface WorkflowTaskAdded extends JsonObject {
  type: 'workflow.task.added';
  task_index: number;
  task: Task;
}
export interface WorkflowTaskUpdated extends JsonObject {
  type: 'workflow.task.updated';
  task_index: number;
  task: Task;
}
export interface GeneratedImageUpdated extends JsonObject {
  type: 'generated_image.updated';
  image: GeneratedImage;
  progress?: number | null;
}

export type WidgetUpdate = WidgetStreamingTextValueDelta | WidgetRootUpdated | WidgetComponentUpdated;

export type ThreadItemUpdate =
  | ContentPartAdded
  | ContentPartTextDelta
  | ContentPartAnnotationAdded
  | ContentPartDone
  | WidgetUpdate
  | WorkflowTaskAdded
  | WorkflowTaskUpdated
  | GeneratedImageUpdated;

// ---- stream events -------------------------------------------------------------------------

export interface ThreadCreatedEvent extends JsonObject {
  type: 'thread.created';
  thread: Thread;
}
export interface ThreadUpdatedEvent extends JsonObject {
  type: 'thread.updated';
  thread: Thread;
}
export interface ThreadItemAddedEvent extends JsonObject {
  type: 'thread.item.added';
  item: ThreadItem;
}
export interface ThreadItemDoneEvent extends JsonObject {
  type: 'thread.item.done';
  item: ThreadItem;
}
export interface ThreadItemUpdatedEvent extends JsonObject {
  type: 'thread.item.updated';
  item_id: string;
  update: ThreadItemUpdate;
}
export interface ThreadItemRemovedEvent extends JsonObject {
  type: 'thread.item.removed';
  item_id: string;
}
export interface ThreadItemReplacedEvent extends JsonObject {
  type: 'thread.item.replaced';
  item: ThreadItem;
}
export interface StreamOptionsEvent extends JsonObject {
  type: 'stream_options';
  stream_options: { allow_cancel: boolean; [key: string]: unknown };
}
export interface ProgressUpdateEvent extends JsonObject {
  type: 'progress_update';
  text: string;
  icon?: string | null;
}
export interface ClientEffectEvent extends JsonObject {
  type: 'client_effect';
  name: string;
  data: JsonObject;
}
export interface NoticeEvent extends JsonObject {
  type: 'notice';
  level: 'info' | 'warning' | 'danger';
  message: string;
  title?: string | null;
}
export interface ErrorEvent extends JsonObject {
  type: 'error';
  code: string;
  message?: string | null;
  allow_retry: boolean;
}

export type ThreadStreamEvent =
  | ThreadCreatedEvent
  | ThreadUpdatedEvent
  | ThreadItemAddedEvent
  | ThreadItemDoneEvent
  | ThreadItemUpdatedEvent
  | ThreadItemRemovedEvent
  | ThreadItemReplacedEvent
  | StreamOptionsEvent
  | ProgressUpdateEvent
  | ClientEffectEvent
  | NoticeEvent
  | ErrorEvent;

export type ThreadStreamEventType = ThreadStreamEvent['type'];

// ---- non-streaming answers -----------------------------------------------------------------

/** `threads.sync_custom_action` answers `{updated_item}` or `{}`. */
export interface SyncCustomActionResult extends JsonObject {
  updated_item?: ThreadItem | null;
}

export interface TranscriptionResult extends JsonObject {
  text: string;
}
