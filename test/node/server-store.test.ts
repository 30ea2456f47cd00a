/**
 * Stores: MemoryStore and FileStore behave the same (paging, upsert in place, deletes), and
 * FileStore is durable: a reopened directory has everything, a process killed mid-write loses
 * nothing it confirmed, and a write interrupted before its rename leaves the old record intact.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryStore, sequentialIds, type Store } from '../../src/server/index.js';
import { FileStore } from '../../src/server/node.js';
import type { ThreadMetadata } from '../../src/protocol/types.js';

const thread = (id: string, created_at = '2026-01-01T12:00:00'): ThreadMetadata => ({ id, created_at, status: { type: 'active' }, metadata: {} });
const message = (id: string, thread_id: string, text: string) => ({
  id,
  thread_id,
  created_at: '2026-01-01T12:00:00',
  type: 'assistant_message' as const,
  content: [{ type: 'output_text' as const, text, annotations: [] }],
});

const tempDir = () => mkdtemp(join(tmpdir(), 'ck-store-'));

async function exerciseStore(store: Store) {
  await store.saveThread(thread('t1'), {});
  await store.saveThread(thread('t2'), {});
  for (const n of [1, 2, 3]) await store.addThreadItem('t1', message(`m${n}`, 't1', `text ${n}`), {});
  await store.saveItem('t1', message('m2', 't1', 'edited'), {});
  await store.deleteThreadItem('t1', 'm3', {});
  await store.saveAttachment({ id: 'a1', name: 'f.txt', mime_type: 'text/plain', type: 'file' }, {});
}

async function assertExercised(store: Store) {
  const items = await store.loadThreadItems('t1', { limit: 10, order: 'asc' }, {});
  assert.deepEqual(items.data.map((i) => i.id), ['m1', 'm2']);
  assert.equal((items.data[1] as ReturnType<typeof message>).content[0]!.text, 'edited', 'saveItem replaces in place');
  const threads = await store.loadThreads({ limit: 1, order: 'desc' }, {});
  assert.deepEqual({ ids: threads.data.map((t) => t.id), has_more: threads.has_more, after: threads.after }, { ids: ['t2'], has_more: true, after: 't2' });
  const next = await store.loadThreads({ limit: 1, order: 'desc', after: 't2' }, {});
  assert.deepEqual(next.data.map((t) => t.id), ['t1']);
  assert.equal((await store.loadAttachment('a1', {}))?.name, 'f.txt');
  assert.deepEqual(await store.loadThreadItems('t1', { limit: 10, order: 'asc', after: 'nope' }, {}), { data: [], has_more: false });
}

describe('MemoryStore', () => {
  it('pages, replaces in place and deletes', async () => {
    const store = new MemoryStore();
    await exerciseStore(store);
    await assertExercised(store);
  });

  it('hands out copies: changing a loaded item does not change the store', async () => {
    const store = new MemoryStore();
    await store.saveThread(thread('t'), {});
    await store.addThreadItem('t', message('m', 't', 'original'), {});
    const loaded = (await store.loadItem('t', 'm', {})) as ReturnType<typeof message>;
    loaded.content[0]!.text = 'changed';
    assert.equal(((await store.loadItem('t', 'm', {})) as ReturnType<typeof message>).content[0]!.text, 'original');
  });

  it('sequential ids share one counter across kinds, with chatkit-python prefixes', () => {
    const ids = sequentialIds();
    assert.deepEqual([ids('thread'), ids('message'), ids('tool_call'), ids('attachment')], ['thr_0001', 'msg_0002', 'tc_0003', 'atc_0004']);
  });
});

describe('FileStore durability', () => {
  it('a reopened directory has every record (restart)', async () => {
    const dir = await tempDir();
    try {
      const store = await FileStore.open(dir);
      await exerciseStore(store);
      await store.flush();
      await assertExercised(await FileStore.open(dir));
      await store.deleteThread('t1', {});
      await store.flush();
      assert.equal(await (await FileStore.open(dir)).loadThread('t1', {}), undefined, 'deletes are durable too');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('hostile ids stay inside the directory', async () => {
    const dir = await tempDir();
    try {
      const store = await FileStore.open(dir);
      await store.saveThread(thread('../../escape'), {});
      await store.saveThread(thread('..'), {});
      await store.flush();
      assert.deepEqual((await readdir(join(dir, 'threads'))).length, 2);
      assert.ok(await (await FileStore.open(dir)).loadThread('../../escape', {}));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a write interrupted before its rename leaves the previous record, and the temp file is discarded', async () => {
    const dir = await tempDir();
    try {
      const store = await FileStore.open(dir);
      await store.saveThread(thread('t1'), {});
      await store.addThreadItem('t1', message('m1', 't1', 'kept'), {});
      await store.flush();
      // What a crash between write and rename leaves behind: a torn temp file next to the record.
      await writeFile(join(dir, 'threads', 't1.json.999.0.tmp'), '{"seq":0,"thread":{"id":"t1"},"items":[{"id":"m1","te');
      const reopened = await FileStore.open(dir);
      const items = await reopened.loadThreadItems('t1', { limit: 10, order: 'asc' }, {});
      assert.deepEqual(items.data.map((i) => i.id), ['m1']);
      assert.deepEqual(await readdir(join(dir, 'threads')), ['t1.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a process killed (SIGKILL) while writing loses nothing it had confirmed', async () => {
    const dir = await tempDir();
    const storeModule = fileURLToPath(new URL('../../src/server/file-store.ts', import.meta.url));
    // The writer appends items one by one and reports each after its write resolved.
    const script = `
      const { FileStore } = await import(${JSON.stringify(storeModule)});
      const store = await FileStore.open(${JSON.stringify(dir)});
      await store.saveThread({ id: 't', created_at: 'x', status: { type: 'active' }, metadata: {} }, {});
      for (let n = 0; ; n++) {
        await store.addThreadItem('t', { id: 'm' + n, thread_id: 't', created_at: 'x', type: 'assistant_message', content: [{ type: 'output_text', text: 'x'.repeat(2000), annotations: [] }] }, {});
        process.stdout.write(n + '\\n');
      }`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let confirmed = -1;
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const lines = chunk.toString().trim().split('\n');
          confirmed = Number(lines[lines.length - 1]);
          if (confirmed >= 40) {
            child.kill('SIGKILL');
            resolve();
          }
        });
        child.on('exit', () => resolve());
        child.on('error', reject);
      });
      await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on('exit', resolve)));
      assert.ok(confirmed >= 40, `the writer confirmed ${confirmed} writes before the kill`);
      const reopened = await FileStore.open(dir);
      const items = await reopened.loadThreadItems('t', { limit: 10_000, order: 'asc' }, {});
      assert.ok(items.data.length >= confirmed + 1, `${items.data.length} items survive, ${confirmed + 1} were confirmed`);
      assert.deepEqual(items.data.map((i) => i.id), items.data.map((_, n) => `m${n}`), 'a prefix, in order, nothing torn');
    } finally {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
