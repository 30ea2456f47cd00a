/**
 * The options of `<ck-chat>`, named and shaped like ChatKit's `ChatKitOptions` (the `@openai/chatkit`
 * package) so an integration's option object carries over. Where this element goes further (an
 * `endpoint` shortcut, `strings`, `onLog`, `composer.disableWhileResponding`, `threadItemActions.copy`
 * and `share`) the extra fields are marked "not in ChatKit".
 */
import type { ChatKitClientOptions } from '../../protocol/client.js';
import type { JsonObject, UserMessageContent } from '../../protocol/types.js';
import type { ThemeOption } from '../../style/theme.js';
import type { ClientToolCall } from '../ck-thread.js';
import type { ChatStrings } from './strings.js';

/** A referenceable thing the user can @mention: a person, an article, a ticket. */
export interface Entity {
  /** Shown in the chip, the list and the sent message. */
  title: string;
  id: string;
  /** A ChatKit icon name or `lucide:<name>`. */
  icon?: string;
  /** Clickable and previewable in sent messages. */
  interactive?: boolean;
  /** Entities are grouped by this in the mention list ("People", "Articles"). */
  group?: string;
  /** Sent to the server with the tag and passed back to `onClick` / `onRequestPreview`. */
  data?: Record<string, unknown>;
}

export interface EntitiesOption {
  /** Entities matching what follows `@`; powers the mention list (called debounced, latest query wins). */
  onTagSearch?: (query: string) => Promise<Entity[]>;
  /** Shows an "@" button in the composer that starts a mention. */
  showComposerMenu?: boolean;
  /** Called when an interactive tag in a sent message is clicked. */
  onClick?: (entity: Entity) => void;
  /** A preview widget (a Basic root) shown in a card while a tag is hovered or focused. */
  onRequestPreview?: (entity: Entity) => Promise<{ preview: JsonObject | null }>;
}

/** A tool the user can pick in the composer; sent as `inference_options.tool_choice: {id}`. */
export interface ToolOption {
  id: string;
  /** Label in the tool menu. */
  label: string;
  /** A ChatKit icon name or `lucide:<name>`. */
  icon: string;
  /** Label of the selected tool's pill. */
  shortLabel?: string;
  /** Placeholder while the tool is selected. */
  placeholderOverride?: string;
  /** Shown as its own button beside the tool menu. */
  pinned?: boolean;
  /** Stays selected after a message is sent (others are cleared). */
  persistent?: boolean;
}

/** A model the user can pick; sent as `inference_options.model`. */
export interface ModelOption {
  id: string;
  label: string;
  description?: string;
  disabled?: boolean;
  default?: boolean;
}

export interface AttachmentsOption {
  enabled: boolean;
  /** Bytes; one number for all files, or per MIME pattern (`{'image/*': 10e6, '*': 50e6}`). Default 100 MB. */
  maxSize?: number | Record<string, number>;
  /** Files per message. Default 10. */
  maxCount?: number;
  /** Accepted types: MIME pattern → extensions (`{'image/*': ['.png', '.jpg']}`). Default: anything. */
  accept?: Record<string, string[]>;
}

export interface ComposerOption {
  /** Default "Message the AI". */
  placeholder?: string;
  /** Files are created with `attachments.create`, uploaded to the returned `upload_descriptor`, sent by id. */
  attachments?: AttachmentsOption;
  tools?: ToolOption[];
  models?: ModelOption[];
  /** Not in ChatKit: the input is disabled (not just unsendable) while a response runs. */
  disableWhileResponding?: boolean;
}

export interface StartScreenPrompt {
  label: string;
  /** Sent as the user message: text, or content parts (e.g. with a prefilled tag). */
  prompt: string | UserMessageContent[];
  icon?: string;
}

export interface StartScreenOption {
  /** Default "What can I help with today?". */
  greeting?: string;
  prompts?: StartScreenPrompt[];
}

export interface HeaderAction {
  /** A ChatKit header icon name (`sidebar-left`, `close`, `settings-cog`, …). */
  icon: string;
  onClick: () => void;
  /** Not in ChatKit: the button's accessible name (default: the icon name in words). */
  label?: string;
}

export interface HeaderOption {
  /** Default true. */
  enabled?: boolean;
  /** Default: the thread's title. */
  title?: { enabled?: boolean; text?: string };
  leftAction?: HeaderAction;
  rightAction?: HeaderAction;
}

export interface HistoryOption {
  /** Shows the history button and panel (`threads.list`). Default true. */
  enabled?: boolean;
  /** Default true. */
  showDelete?: boolean;
  /** Default true. */
  showRename?: boolean;
}

export interface ThreadItemActionsOption {
  /** Thumbs up / down under each response (`items.feedback`). Default false. */
  feedback?: boolean;
  /** Regenerate a response (`threads.retry_after_item`). Default false. */
  retry?: boolean;
  /** Not in ChatKit: copy a response's text. Default true. */
  copy?: boolean;
  /** Not in ChatKit: share a response's text (Web Share, else the clipboard). Default false. */
  share?: boolean;
}

export interface ThreadOption {
  /** Follows a streaming response while the user is at the bottom. Default true (ChatKit: false). */
  autoScroll?: boolean;
}

export interface DisclaimerOption {
  /** Plain text under the composer (ChatKit renders Markdown; this element renders text). */
  text: string;
  highContrast?: boolean;
}

export interface WidgetsOption {
  /** Client-handled widget actions (`handler: 'client'`); forward with `chat.sendCustomAction(action, item.id)`. */
  onAction?: (action: { type: string; payload?: Record<string, unknown> }, widgetItem: { id: string; widget: JsonObject }) => void | Promise<void>;
}

/** A `ck-log` entry: `message.feedback`, `message.copy`, `message.share`, `message.retry`, `composer.submit`, … */
export interface ChatLogEntry {
  name: string;
  data?: Record<string, unknown>;
}

export interface CkChatOptions {
  /** The ChatKit server: `{url, fetch?, headers?, metadata?}` (a custom fetch is how to add auth). */
  api?: ChatKitClientOptions;
  /** A BCP 47 tag: picks built-in strings (`en`, `fr`) and formats dates. Default: the page's language. */
  locale?: string;
  /** Not in ChatKit: replaces any built-in UI string. */
  strings?: Partial<ChatStrings>;
  theme?: 'light' | 'dark' | ThemeOption;
  /** The thread shown first; null (default) starts on the new-thread screen. */
  initialThread?: string | null;
  onClientTool?: (toolCall: ClientToolCall) => unknown;
  header?: HeaderOption;
  history?: HistoryOption;
  startScreen?: StartScreenOption;
  threadItemActions?: ThreadItemActionsOption;
  composer?: ComposerOption;
  disclaimer?: DisclaimerOption;
  entities?: EntitiesOption;
  widgets?: WidgetsOption;
  thread?: ThreadOption;
  /** Not in ChatKit's element (its React hook has it): every `ck-log` entry of the chat and its thread. */
  onLog?: (entry: ChatLogEntry) => void;
  /** Not in ChatKit: every `client_effect`, before the `ck-effect` event. */
  onEffect?: (effect: { name: string; data: JsonObject }) => void;
}
