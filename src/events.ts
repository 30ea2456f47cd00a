import type { ActionConfig, WidgetRoot } from './schema/index.js';

/**
 * The DOM events the elements fire: lowercase kebab-case, `ck-` prefix, bubbling and composed,
 * payload in `detail`. Typed in `HTMLElementEventMap`, so `addEventListener('ck-action', e => e.detail)`
 * is typed in TypeScript and in every framework that reads it.
 */

export interface CkActionDetail {
  /** The action with form values merged into `payload`. */
  action: ActionConfig;
  /** The thread item the widget belongs to, when known. */
  itemId: string | null;
  /** The widget root the action came from. */
  widget: WidgetRoot | null;
  /** The control the user acted on. */
  source: Element;
}

export interface CkErrorDetail {
  /** What failed: `json` (unparseable text), `node` (a component that failed validation), `load`, `template`, `action`, `stream`. */
  kind: 'json' | 'node' | 'load' | 'template' | 'action' | 'stream';
  message: string;
  /** The component type, for `node` errors. */
  type?: string;
  /** JSON path of the node, e.g. `$.children[2]`, for `node` errors. */
  path?: string;
  error?: unknown;
}

export interface CkLogDetail {
  name: string;
  data?: Record<string, unknown>;
}

export interface CkEffectDetail {
  /** The `client_effect` name the server sent, e.g. `location.select`. */
  name: string;
  data: Record<string, unknown>;
}

export interface CkResponseStartDetail {
  /** The request type that started the response, e.g. `threads.add_user_message`. */
  request: string;
}

export interface CkResponseEndDetail {
  request: string;
  /** `completed` (error events included), `cancelled` (stopped or element removed), `failed` (transport). */
  outcome: 'completed' | 'cancelled' | 'failed';
}

export interface CkThreadChangeDetail {
  threadId: string | null;
}

export interface CkToolChangeDetail {
  /** The composer tool now selected (`<ck-chat>`), or null. */
  toolId: string | null;
}

export type CkEffectEvent = CustomEvent<CkEffectDetail>;
export type CkActionEvent = CustomEvent<CkActionDetail>;
export type CkErrorEvent = CustomEvent<CkErrorDetail>;
export type CkLogEvent = CustomEvent<CkLogDetail>;

export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'ck-action': CkActionEvent;
    'ck-error': CkErrorEvent;
    'ck-log': CkLogEvent;
    'ck-effect': CkEffectEvent;
    'ck-response-start': CustomEvent<CkResponseStartDetail>;
    'ck-response-end': CustomEvent<CkResponseEndDetail>;
    'ck-thread-change': CustomEvent<CkThreadChangeDetail>;
    'ck-tool-change': CustomEvent<CkToolChangeDetail>;
    'ck-history-open': CustomEvent<Record<string, never>>;
    'ck-history-close': CustomEvent<Record<string, never>>;
  }
}
