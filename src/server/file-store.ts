/// <reference types="node" />
/**
 * A durable Store: one JSON file per thread (metadata + items) and per attachment under a directory.
 * Every change rewrites the record through write-temp-then-rename, so a crash at any moment leaves
 * either the old or the new file, never a torn one; reopening the directory restores everything.
 * Reads are served from memory (loaded at open), so the directory must have one writer process.
 */
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attachment } from '../protocol/types.js';
import type { StoredThreadItem } from './items.js';
import { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
import type { ThreadMetadata } from '../protocol/types.js';

interface ThreadFile {
  seq: number;
  thread: ThreadMetadata;
  items: StoredThreadItem[];
}

const TEMP_SUFFIX = '.tmp';

// Ids come from requests: encodeURIComponent leaves no '/' or '\', so a name never leaves the folder.
const fileNameFor = (id: string) => `${encodeURIComponent(id).replace(/^\./, '%2E')}.json`;

export class FileStore<Context = unknown> extends MemoryStore<Context> {
  private readonly seqByThread = new Map<string, number>();
  private nextSeq = 0;
  // One write chain per file: writes of the same record never overlap and land in order.
  private readonly writes = new Map<string, Promise<void>>();

  private constructor(
    readonly directory: string,
    options: MemoryStoreOptions,
  ) {
    super(options);
  }

  /** Opens (or creates) a store directory, loading every record and discarding unfinished temp files. */
  static async open<Context = unknown>(directory: string, options: MemoryStoreOptions = {}): Promise<FileStore<Context>> {
    const store = new FileStore<Context>(directory, options);
    await store.load();
    return store;
  }

  /** Resolves when every write issued so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all(this.writes.values());
  }

  protected override async persistThread(threadId: string): Promise<void> {
    const record = this.threads.get(threadId);
    const path = join(this.directory, 'threads', fileNameFor(threadId));
    if (!record) {
      this.seqByThread.delete(threadId);
      return this.enqueue(path, null);
    }
    let seq = this.seqByThread.get(threadId);
    if (seq === undefined) {
      seq = this.nextSeq++;
      this.seqByThread.set(threadId, seq);
    }
    const file: ThreadFile = { seq, thread: record.thread, items: record.items };
    return this.enqueue(path, JSON.stringify(file));
  }

  protected override async persistAttachment(attachmentId: string): Promise<void> {
    const attachment = this.attachments.get(attachmentId);
    const path = join(this.directory, 'attachments', fileNameFor(attachmentId));
    return this.enqueue(path, attachment ? JSON.stringify(attachment) : null);
  }

  // Snapshot text is taken now (synchronously) so the write reflects this change even if queued.
  private enqueue(path: string, text: string | null): Promise<void> {
    const previous = this.writes.get(path) ?? Promise.resolve();
    const next = previous.then(() => (text === null ? rm(path, { force: true }) : writeAtomically(path, text)));
    this.writes.set(path, next);
    return next;
  }

  private async load(): Promise<void> {
    const threadDir = join(this.directory, 'threads');
    const attachmentDir = join(this.directory, 'attachments');
    await mkdir(threadDir, { recursive: true });
    await mkdir(attachmentDir, { recursive: true });

    const threadFiles: ThreadFile[] = [];
    for (const text of await readRecords(threadDir)) threadFiles.push(JSON.parse(text) as ThreadFile);
    threadFiles.sort((a, b) => a.seq - b.seq);
    for (const file of threadFiles) {
      this.threads.set(file.thread.id, { thread: file.thread, items: file.items });
      this.seqByThread.set(file.thread.id, file.seq);
      this.nextSeq = Math.max(this.nextSeq, file.seq + 1);
    }
    for (const text of await readRecords(attachmentDir)) {
      const attachment = JSON.parse(text) as Attachment;
      this.attachments.set(attachment.id, attachment);
    }
  }
}

async function readRecords(directory: string): Promise<string[]> {
  const texts: string[] = [];
  for (const name of await readdir(directory)) {
    const path = join(directory, name);
    // A temp file is a write that never reached its rename: the record it would replace is intact.
    if (name.endsWith(TEMP_SUFFIX)) await rm(path, { force: true });
    else if (name.endsWith('.json')) texts.push(await readFile(path, 'utf8'));
  }
  return texts;
}

let tempCounter = 0;

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.${tempCounter++}${TEMP_SUFFIX}`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}
