/**
 * Responses as the item actions see them: the items between one user message and the next. Pure:
 * computed once per items array (the reducer shares unchanged arrays), tested in Node.
 */
import type { ThreadItem } from '../../protocol/types.js';

export interface ResponseTurn {
  /** The item after which the actions are shown: the response's last item with content. */
  anchorId: string;
  /** The user message the response answers (`threads.retry_after_item` regenerates after it). */
  userMessageId: string | null;
  /** Every item of the response (`items.feedback` rates them together). */
  itemIds: string[];
  /** What copy and share put out: the reply text and widgets' `copy_text`, in order. */
  text: string;
  /** The response is the newest one in the thread. */
  latest: boolean;
}

const CONTENT_TYPES = new Set(['assistant_message', 'widget', 'workflow', 'task', 'generated_image']);

function itemText(item: ThreadItem): string {
  if (item.type === 'assistant_message') {
    return (Array.isArray(item.content) ? item.content : [])
      .map((part) => (typeof part?.text === 'string' ? part.text : ''))
      .join('')
      .trim();
  }
  if (item.type === 'widget' && typeof item.copy_text === 'string') return item.copy_text.trim();
  return '';
}

const cache = new WeakMap<readonly ThreadItem[], Map<string, ResponseTurn>>();

/** The responses of a thread keyed by their anchor item id. A response without a reply or widget has none. */
export function responseTurns(items: readonly ThreadItem[]): Map<string, ResponseTurn> {
  const cached = cache.get(items);
  if (cached) return cached;
  const turns = new Map<string, ResponseTurn>();
  let userMessageId: string | null = null;
  let current: ThreadItem[] = [];
  const close = (latest: boolean) => {
    const anchor = current.findLast((item) => CONTENT_TYPES.has(item.type));
    if (anchor && current.some((item) => item.type === 'assistant_message' || item.type === 'widget')) {
      turns.set(anchor.id, {
        anchorId: anchor.id,
        userMessageId,
        itemIds: current.filter((item) => item.type !== 'end_of_turn' && item.type !== 'unknown').map((item) => item.id),
        text: current.map(itemText).filter((text) => text !== '').join('\n\n'),
        latest,
      });
    }
    current = [];
  };
  for (const item of items) {
    if (item.type === 'user_message') {
      close(false);
      userMessageId = item.id;
    } else {
      current.push(item);
    }
  }
  close(true);
  cache.set(items, turns);
  return turns;
}
