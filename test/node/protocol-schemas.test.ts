// The tolerant checks: what a server may leave out or add, and what is refused (as a value).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  checkItemsPage,
  checkStreamEvent,
  checkStreamEventWithSchemas,
  checkSyncCustomActionResult,
  checkThread,
} from '../../src/protocol/schemas.js';

const base = { id: 'msg_1', thread_id: 'thr_1', created_at: '2026-01-01T12:00:00' };

describe('missing and null fields are alike; defaults are filled where the server has one', () => {
  it('an error event without code, message or allow_retry', () => {
    assert.deepEqual(checkStreamEvent({ type: 'error' }), {
      kind: 'event',
      event: { type: 'error', code: 'custom', allow_retry: false },
      notes: [],
    });
    assert.equal(checkStreamEvent({ type: 'error', code: 'stream.error', message: null, allow_retry: null }).kind, 'event');
  });

  it('a client_effect without data gets {}', () => {
    const checked = checkStreamEvent({ type: 'client_effect', name: 'refresh' });
    assert.deepEqual(checked, { kind: 'event', event: { type: 'client_effect', name: 'refresh', data: {} }, notes: [] });
  });

  it('a thread without status is active; title null is accepted', () => {
    const checked = checkThread({ id: 'thr_1', created_at: 'x', title: null, items: { data: [] } });
    assert.ok(checked.ok);
    assert.deepEqual(checked.value.status, { type: 'active' });
    assert.equal(checked.value.items.has_more, false);
  });

  it('a sync action answer of {} has no updated item', () => {
    const checked = checkSyncCustomActionResult({});
    assert.ok(checked.ok);
    assert.equal(checked.value.updated_item, null);
  });
});

describe('unknown things are kept or reported, never thrown', () => {
  it('unknown fields stay on events and items, and the same object comes back', () => {
    const raw = { type: 'thread.item.done', item: { ...base, type: 'assistant_message', content: [], mood: 'happy' }, trace: 7 };
    const checked = checkStreamEvent(raw);
    assert.equal(checked.kind, 'event');
    assert.equal((checked as { event: unknown }).event, raw);
  });

  it('an item of an unknown type becomes an unknown item with its raw form and a note', () => {
    const raw = { ...base, type: 'hologram', beam: 3 };
    const checked = checkStreamEvent({ type: 'thread.item.added', item: raw });
    assert.deepEqual(checked, {
      kind: 'event',
      event: { type: 'thread.item.added', item: { type: 'unknown', ...base, raw } },
      notes: ['unknown item type "hologram" (item msg_1)'],
    });
  });

  it('a page keeps its valid items and notes the one it left out', () => {
    const page = checkItemsPage({
      data: [{ ...base, type: 'end_of_turn' }, { ...base, id: 'msg_2', type: 'widget' }],
      has_more: false,
    });
    assert.ok(page.ok);
    assert.deepEqual(page.value.data.map((i) => i.id), ['msg_1']);
    assert.deepEqual(page.notes, ['left out an invalid item: widget msg_2: widget: expected object']);
  });

  it('non-objects and typeless values are unknown events', () => {
    for (const raw of [null, 3, 'data', [], {}, { type: 4 }]) assert.equal(checkStreamEvent(raw).kind, 'unknown');
  });

  it('widget trees are not checked here: any node shape passes through for the renderer', () => {
    const widget = { type: 'Card', children: [{ type: 'NoSuchComponent', value: { weird: true } }] };
    const checked = checkStreamEvent({ type: 'thread.item.done', item: { ...base, type: 'widget', widget } });
    assert.equal(checked.kind, 'event');
  });
});

describe('the text-delta shortcut accepts exactly what the schemas accept', () => {
  const anything = fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant([]),
    fc.constant({}),
  );
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anything);
  const update = fc.record(
    {
      type: maybe(fc.constantFrom('assistant_message.content_part.text_delta', 'assistant_message.content_part.added')),
      content_index: maybe(fc.nat(5)),
      delta: maybe(fc.string({ maxLength: 8 })),
    },
    { requiredKeys: [] },
  );
  const event = fc.record(
    { type: maybe(fc.constant('thread.item.updated')), item_id: maybe(fc.constant('msg_1')), update: maybe(update) },
    { requiredKeys: [] },
  );

  it('agrees with the zod path on random events', () => {
    fc.assert(
      fc.property(event, (raw) => {
        const fast = checkStreamEvent(raw);
        const slow = checkStreamEventWithSchemas(raw);
        assert.equal(fast.kind, slow.kind);
        if (fast.kind === 'event' && slow.kind === 'event') assert.equal(fast.event, slow.event);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
