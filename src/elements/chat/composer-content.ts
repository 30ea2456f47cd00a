/**
 * What the composer holds, as plain data: text and @mention segments, and how they become the
 * `content` of `threads.add_user_message`. No DOM: the editor reads its nodes into segments and
 * everything after that is tested in Node.
 */
import type { InputTagContent, UserMessageContent } from '../../protocol/types.js';
import type { Entity, ModelOption, ToolOption } from './options.js';

export type ComposerSegment = { kind: 'text'; text: string } | { kind: 'tag'; entity: Entity };

/** The `input_tag` part for an entity: all six fields, defaults filled as chatkit-python stores them. */
export function entityToTag(entity: Entity): InputTagContent {
  return {
    type: 'input_tag',
    id: String(entity.id),
    text: String(entity.title),
    data: entity.data && typeof entity.data === 'object' ? { ...entity.data } : {},
    group: typeof entity.group === 'string' ? entity.group : null,
    interactive: entity.interactive === true,
  };
}

/** The entity a sent tag stands for (what `onClick` and `onRequestPreview` receive). */
export function tagToEntity(tag: InputTagContent): Entity {
  const entity: Entity = { id: String(tag.id ?? ''), title: String(tag.text ?? '') };
  if (tag.data && typeof tag.data === 'object' && !Array.isArray(tag.data)) entity.data = { ...tag.data };
  if (typeof tag.group === 'string') entity.group = tag.group;
  if (tag.interactive === true) entity.interactive = true;
  return entity;
}

/**
 * The message content: text parts with tags between them. Adjacent text is merged, the message is
 * trimmed at both ends, and empty text parts are dropped.
 */
export function toUserMessageContent(segments: readonly ComposerSegment[]): UserMessageContent[] {
  const parts: UserMessageContent[] = [];
  for (const segment of segments) {
    if (segment.kind === 'tag') {
      parts.push(entityToTag(segment.entity));
      continue;
    }
    const last = parts.at(-1);
    if (last?.type === 'input_text') last.text += segment.text;
    else parts.push({ type: 'input_text', text: segment.text });
  }
  const first = parts[0];
  if (first?.type === 'input_text') first.text = first.text.replace(/^\s+/, '');
  const end = parts.at(-1);
  if (end?.type === 'input_text') end.text = end.text.replace(/\s+$/, '');
  return parts.filter((part) => part.type !== 'input_text' || part.text !== '');
}

/** Segments for `setComposerValue({content})` and for putting a failed message back. */
export function contentToSegments(content: readonly UserMessageContent[]): ComposerSegment[] {
  const segments: ComposerSegment[] = [];
  for (const part of content) {
    if (part?.type === 'input_text' && typeof part.text === 'string') segments.push({ kind: 'text', text: part.text });
    else if (part?.type === 'input_tag') segments.push({ kind: 'tag', entity: tagToEntity(part) });
  }
  return segments;
}

/** Text of the content as a reader sees it (tags as `@title`). */
export function contentText(content: readonly UserMessageContent[]): string {
  return content.map((part) => (part.type === 'input_tag' ? `@${part.text}` : part.text)).join('');
}

/** Longest query after `@` that still opens the mention list. */
export const MAX_MENTION_QUERY = 60;

/**
 * The mention being typed just before the caret: an `@` at the start or after whitespace (or an
 * opening bracket), followed by the query up to the caret. Up to two single spaces may follow the
 * first character, so "@Q2 planning doc" still searches; the composer closes the list when a query
 * with a space finds nothing, so ordinary text after a stray `@` does not keep it open.
 */
export function findMentionQuery(textBeforeCaret: string): { query: string; start: number } | null {
  const at = textBeforeCaret.lastIndexOf('@');
  if (at === -1) return null;
  const before = at === 0 ? '' : textBeforeCaret[at - 1]!;
  if (before !== '' && !/[\s([{"'“‘]/.test(before)) return null;
  const query = textBeforeCaret.slice(at + 1);
  if (query.length > MAX_MENTION_QUERY || /[\n@]/.test(query) || /^\s/.test(query) || /\s\s/.test(query) || (query.match(/\s/g)?.length ?? 0) > 2) {
    return null;
  }
  return { query, start: at };
}

export interface EntityGroup {
  /** null for entities without a group (listed first). */
  group: string | null;
  /** Each entity with its index in the flat list (the keyboard moves through the flat list). */
  entries: Array<{ entity: Entity; index: number }>;
}

/** At most this many suggestions are shown (a search may return more). */
export const MAX_SUGGESTIONS = 50;

/** Valid entities only (a string id and title), at most MAX_SUGGESTIONS, ids unique. */
export function cleanEntities(raw: unknown): Entity[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const entity of raw as unknown[]) {
    if (!entity || typeof entity !== 'object') continue;
    const { id, title } = entity as Entity;
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof title !== 'string' || title === '') continue;
    const key = String(id);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...(entity as Entity), id: key });
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}

/**
 * Groups in order of first appearance, ungrouped first; the flat order (what arrow keys walk) is
 * the grouped order, so the highlighted option always moves down the screen.
 */
export function groupEntities(entities: readonly Entity[]): { groups: EntityGroup[]; flat: Entity[] } {
  const byGroup = new Map<string | null, Entity[]>();
  byGroup.set(null, []);
  for (const entity of entities) {
    const group = typeof entity.group === 'string' && entity.group !== '' ? entity.group : null;
    const list = byGroup.get(group);
    if (list) list.push(entity);
    else byGroup.set(group, [entity]);
  }
  const groups: EntityGroup[] = [];
  const flat: Entity[] = [];
  for (const [group, list] of byGroup) {
    if (list.length === 0) continue;
    groups.push({ group, entries: list.map((entity) => ({ entity, index: flat.push(entity) - 1 })) });
  }
  return { groups, flat };
}

/** The next highlighted index, wrapping at both ends; -1 when there is nothing to highlight. */
export function moveActive(current: number, count: number, delta: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta >= 0 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}

// ---- tools and models ---------------------------------------------------------------------------

/** Valid tools only: a string id and label, ids unique. */
export function cleanTools(raw: unknown): ToolOption[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  return (raw as ToolOption[]).filter((tool) => {
    if (!tool || typeof tool.id !== 'string' || typeof tool.label !== 'string' || seen.has(tool.id)) return false;
    seen.add(tool.id);
    return true;
  });
}

/** The tool still selected after a message is sent: a persistent tool stays, any other is cleared. */
export function toolAfterSend(tools: readonly ToolOption[], selected: string | null): string | null {
  if (selected === null) return null;
  return tools.find((tool) => tool.id === selected)?.persistent === true ? selected : null;
}

/** The model selected at first: the one marked default (and not disabled), else the first enabled one. */
export function defaultModel(models: readonly ModelOption[] | undefined): string | null {
  if (!Array.isArray(models)) return null;
  const usable = models.filter((model) => model && typeof model.id === 'string' && model.disabled !== true);
  return (usable.find((model) => model.default === true) ?? usable[0])?.id ?? null;
}

// ---- attachments --------------------------------------------------------------------------------

export const DEFAULT_MAX_ATTACHMENT_SIZE = 100 * 1024 * 1024;
export const DEFAULT_MAX_ATTACHMENTS = 10;

function mimeMatches(pattern: string, mime: string): boolean {
  const p = pattern.trim().toLowerCase();
  const m = mime.toLowerCase();
  if (p === '*' || p === '' || p === '*/*') return true;
  if (p.endsWith('/*')) return m.startsWith(p.slice(0, -1));
  return p === m;
}

/** The size limit for a file type: an exact MIME entry, then a `type/*` entry, then `*` / `''`, then the default. */
export function maxSizeFor(mime: string, maxSize: number | Record<string, number> | undefined): number {
  if (typeof maxSize === 'number' && maxSize > 0) return maxSize;
  if (!maxSize || typeof maxSize !== 'object') return DEFAULT_MAX_ATTACHMENT_SIZE;
  const entries = Object.entries(maxSize).filter(([, value]) => typeof value === 'number' && value > 0);
  const exact = entries.find(([pattern]) => pattern.toLowerCase() === mime.toLowerCase());
  const wildcard = entries.find(([pattern]) => pattern.endsWith('/*') && mimeMatches(pattern, mime));
  const fallback = entries.find(([pattern]) => pattern === '*' || pattern === '');
  return (exact ?? wildcard ?? fallback)?.[1] ?? DEFAULT_MAX_ATTACHMENT_SIZE;
}

/** The `accept` attribute of the file input for ChatKit's `accept` record. */
export function acceptAttribute(accept: Record<string, string[]> | undefined): string | undefined {
  if (!accept || typeof accept !== 'object') return undefined;
  const values = new Set<string>();
  for (const [mime, extensions] of Object.entries(accept)) {
    if (/^[\w.+-]+\/(?:\*|[\w.+-]+)$/.test(mime)) values.add(mime);
    for (const extension of Array.isArray(extensions) ? extensions : []) {
      if (typeof extension === 'string' && /^\.[\w-]{1,16}$/.test(extension)) values.add(extension.toLowerCase());
    }
  }
  return values.size ? [...values].join(',') : undefined;
}

export type AttachmentRefusal =
  | { reason: 'type' }
  | { reason: 'size'; limit: number };

/** Why a file may not be attached, or null when it may. */
export function checkAttachment(
  file: { name: string; size: number; type: string },
  options: { maxSize?: number | Record<string, number>; accept?: Record<string, string[]> },
): AttachmentRefusal | null {
  const accept = options.accept;
  if (accept && typeof accept === 'object' && Object.keys(accept).length > 0) {
    const name = file.name.toLowerCase();
    const ok = Object.entries(accept).some(
      ([mime, extensions]) =>
        (file.type !== '' && mimeMatches(mime, file.type)) ||
        (Array.isArray(extensions) && extensions.some((extension) => typeof extension === 'string' && name.endsWith(extension.toLowerCase()))),
    );
    if (!ok) return { reason: 'type' };
  }
  const limit = maxSizeFor(file.type, options.maxSize);
  return file.size > limit ? { reason: 'size', limit } : null;
}

/** `1.5 MB`: file sizes in messages. */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}
