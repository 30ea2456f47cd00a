/**
 * A Store in process memory: for tests, demos and the in-page demo behind a fetch shim. Records are
 * deep-copied in and out so a hook mutating an item it loaded never changes the store behind the
 * server's back.
 */
import type { Attachment, Page, ThreadMetadata } from '../protocol/types.js';
import { randomIds, type IdGenerator, type StoreItemType } from './ids.js';
import type { StoredThreadItem } from './items.js';
import { pageOf, type PageRequest, type Store } from './store.js';

export interface ThreadRecord {
  thread: ThreadMetadata;
  items: StoredThreadItem[];
}

export interface MemoryStoreOptions {
  ids?: IdGenerator;
}

const copy = <T>(value: T): T => structuredClone(value);

export class MemoryStore<Context = unknown> implements Store<Context> {
  protected readonly threads = new Map<string, ThreadRecord>();
  protected readonly attachments = new Map<string, Attachment>();
  private readonly ids: IdGenerator;

  constructor(options: MemoryStoreOptions = {}) {
    this.ids = options.ids ?? randomIds;
  }

  generateThreadId(_context: Context): string {
    return this.ids('thread');
  }

  generateItemId(type: StoreItemType, _thread: ThreadMetadata, _context: Context): string {
    return this.ids(type);
  }

  /** Any id generator kind, e.g. for attachments created by an attachment handler. */
  generateId(type: StoreItemType): string {
    return this.ids(type);
  }

  async loadThread(threadId: string, _context?: Context): Promise<ThreadMetadata | undefined> {
    const record = this.threads.get(threadId);
    return record && copy(record.thread);
  }

  async saveThread(thread: ThreadMetadata, _context?: Context): Promise<void> {
    const record = this.threads.get(thread.id);
    if (record) record.thread = copy(thread);
    else this.threads.set(thread.id, { thread: copy(thread), items: [] });
    await this.persistThread(thread.id);
  }

  async loadThreads(page: PageRequest, _context?: Context): Promise<Page<ThreadMetadata>> {
    const all = [...this.threads.values()].map((record) => record.thread);
    return copy(pageOf(all, page));
  }

  async deleteThread(threadId: string, _context?: Context): Promise<void> {
    if (!this.threads.delete(threadId)) return;
    await this.persistThread(threadId);
  }

  async loadThreadItems(threadId: string, page: PageRequest, _context?: Context): Promise<Page<StoredThreadItem>> {
    const record = this.threads.get(threadId);
    if (!record) return { data: [], has_more: false };
    return copy(pageOf(record.items, page));
  }

  async addThreadItem(threadId: string, item: StoredThreadItem, _context?: Context): Promise<void> {
    await this.upsertItem(threadId, item);
  }

  async saveItem(threadId: string, item: StoredThreadItem, _context?: Context): Promise<void> {
    await this.upsertItem(threadId, item);
  }

  async loadItem(threadId: string, itemId: string, _context?: Context): Promise<StoredThreadItem | undefined> {
    const item = this.threads.get(threadId)?.items.find((candidate) => candidate.id === itemId);
    return item && copy(item);
  }

  async deleteThreadItem(threadId: string, itemId: string, _context?: Context): Promise<void> {
    const record = this.threads.get(threadId);
    if (!record) return;
    const index = record.items.findIndex((item) => item.id === itemId);
    if (index === -1) return;
    record.items.splice(index, 1);
    await this.persistThread(threadId);
  }

  async saveAttachment(attachment: Attachment, _context?: Context): Promise<void> {
    this.attachments.set(attachment.id, copy(attachment));
    await this.persistAttachment(attachment.id);
  }

  async loadAttachment(attachmentId: string, _context?: Context): Promise<Attachment | undefined> {
    const attachment = this.attachments.get(attachmentId);
    return attachment && copy(attachment);
  }

  async deleteAttachment(attachmentId: string, _context?: Context): Promise<void> {
    if (!this.attachments.delete(attachmentId)) return;
    await this.persistAttachment(attachmentId);
  }

  /** Called after every change to a thread or its items; durable stores write the record here. */
  protected async persistThread(_threadId: string): Promise<void> {}

  /** Called after every change to an attachment. */
  protected async persistAttachment(_attachmentId: string): Promise<void> {}

  private async upsertItem(threadId: string, item: StoredThreadItem): Promise<void> {
    const record = this.threads.get(threadId);
    // Items of a thread that does not exist (deleted mid-stream) are dropped, not resurrected.
    if (!record) return;
    const index = record.items.findIndex((candidate) => candidate.id === item.id);
    if (index === -1) record.items.push(copy(item));
    else record.items[index] = copy(item);
    await this.persistThread(threadId);
  }
}
