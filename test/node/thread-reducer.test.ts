// The reducer's promises beyond the replay: structural sharing (what elements rely on to skip
// re-rendering), widget updates in place, the stream lifecycle rules, and paging.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkItemsPage, checkStreamEvent, checkThread } from '../../src/protocol/schemas.js';
import { requests, textInput } from '../../src/protocol/requests.js';
import type { JsonObject, ThreadStreamEvent, WidgetItem, WidgetRoot } from '../../src/protocol/types.js';
import {
  applyStreamEvent,
  beginStream,
  emptyThreadState,
  endStream,
  mergeItemsPage,
  retryTargetId,
  threadStateFromLatestItems,
  threadStateFromThread,
} from '../../src/thread/reducer.js';
import type { ThreadState } from '../../src/thread/reducer.js';
import { applyWidgetUpdate } from '../../src/thread/widget-updates.js';

const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);
const text = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

function eventsOf(name: string): ThreadStreamEvent[] {
  return text(`${name}.response`)
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => {
      const checked = checkStreamEvent(JSON.parse(frame.slice(6)));
      assert.equal(checked.kind, 'event');
      return (checked as { event: ThreadStreamEvent }).event;
    });
}

function readThread(name: string): ThreadState {
  const checked = checkThread(JSON.parse(text(`${name}.response`)));
  assert.ok(checked.ok);
  return threadStateFromThread(checked.value);
}

const reduce = (state: ThreadState, events: ThreadStreamEvent[]): ThreadState => events.reduce(applyStreamEvent, state);

describe('structural sharing', () => {
  it('streaming text into one message leaves every other item the same object', () => {
    // thr_0001 as read back (002), then the follow-up stream (040) with its text deltas.
    let state = beginStream(readThread('002-create-text-read'), requests.addUserMessage('thr_0001', textInput('x')));
    const [userMessage, firstReply] = state.items;
    for (const event of eventsOf('040-add-user-message')) {
      const before = state;
      state = applyStreamEvent(state, event);
      assert.equal(state.items[0], userMessage);
      assert.equal(state.items[1], firstReply);
      if (event.type === 'thread.item.updated' && state.items.length === before.items.length) {
        const changed = state.items.filter((item, i) => item !== before.items[i]);
        assert.equal(changed.length, 1, 'one delta changes one item');
      }
    }
    assert.equal(state.items.length, 4);
  });

  it('an event that changes nothing shown (client_effect) returns the same state', () => {
    const state = readThread('002-create-text-read');
    const effect: ThreadStreamEvent = { type: 'client_effect', name: 'highlight', data: { target: 'map' } };
    assert.equal(applyStreamEvent(state, effect), state);
  });

  it('thread.item.replaced swaps one item (the metro-map line.select) and keeps the others', () => {
    const state = readThread('009-create-widget-list-read');
    const next = applyStreamEvent(beginStream(state, requests.customAction('thr_0016', 'msg_0018', { type: 'line.select' })), eventsOf('049-action-line-select')[1]!);
    assert.equal(next.items[0], state.items[0]);
    assert.notEqual(next.items[1], state.items[1]);
    assert.equal(next.items[1]!.id, 'msg_0018');
  });

  it('thread.created and thread.updated never replace the items with their empty page', () => {
    const state = readThread('002-create-text-read');
    const [created] = eventsOf('022-create-title');
    const next = applyStreamEvent(state, { ...created!, type: 'thread.updated' } as ThreadStreamEvent);
    assert.equal(next.items, state.items);
  });
});

describe('widget updates in place', () => {
  const card: WidgetRoot = {
    type: 'Card',
    children: [
      { id: 'status', type: 'Text', value: 'Queued' },
      { type: 'Row', children: [{ id: 'log', type: 'Markdown', value: '', streaming: true }, { type: 'Badge', label: 'x' }] },
      { type: 'Button', label: 'Go', onClickAction: { type: 'line.select', payload: { id: 'log', type: 'Markdown' } } },
    ],
  };
  const children = (node: unknown): JsonObject[] => (node as { children: JsonObject[] }).children;

  it('a value delta appends to the component with that id; only its ancestors are new objects', () => {
    const next = applyWidgetUpdate(card, { type: 'widget.streaming_text.value_delta', component_id: 'log', delta: 'step 1', done: false });
    const row = children(next)[1]!;
    assert.equal(children(row)[0]!['value'], 'step 1');
    assert.notEqual(next, card);
    assert.notEqual(row, children(card)[1]);
    assert.equal(children(next)[0], children(card)[0], 'a sibling keeps its identity');
    assert.equal(children(row)[1], children(children(card)[1])[1], 'a cousin keeps its identity');
    assert.equal(children(next)[2], children(card)[2], 'an action payload with the same id is not a component');
    const done = applyWidgetUpdate(next, { type: 'widget.streaming_text.value_delta', component_id: 'log', delta: ' ok', done: true });
    assert.deepEqual(children(children(done)[1])[0], { id: 'log', type: 'Markdown', value: 'step 1 ok', streaming: false });
  });

  it('widget.component.updated replaces that component; an unknown id changes nothing', () => {
    const component = { id: 'status', type: 'Text', value: 'Running', color: 'warning' };
    const next = applyWidgetUpdate(card, { type: 'widget.component.updated', component_id: 'status', component });
    assert.equal(children(next)[0], component);
    assert.equal(children(next)[1], children(card)[1]);
    assert.equal(applyWidgetUpdate(card, { type: 'widget.component.updated', component_id: 'nope', component }), card);
  });

  it('widget.root.updated replaces the root', () => {
    const widget = { type: 'Card', children: [] };
    assert.equal(applyWidgetUpdate(card, { type: 'widget.root.updated', widget }), widget);
  });

  it('replays the hand-made patch stream (018) to the widget the server finished with', () => {
    const events = eventsOf('018-create-widget-patch');
    const done = events.at(-1) as Extract<ThreadStreamEvent, { type: 'thread.item.done' }>;
    const state = reduce(emptyThreadState, events.slice(0, -1));
    const widget = (state.items.find((item) => item.id === 'msg_0042') as WidgetItem).widget;
    // The server drops `streaming` once done; our copy says `streaming: false` until the done item lands.
    const { streaming: _s, ...log } = children(widget)[1]!;
    assert.deepEqual({ ...widget, children: [children(widget)[0], log] }, (done.item as WidgetItem).widget);
  });
});

describe('the stream lifecycle', () => {
  const started = (state: ThreadState) => beginStream(state, requests.createThread(textInput('error midway')));

  it('a completed stream drops the item that was added and never done (035 vs 036)', () => {
    const events = eventsOf('035-create-error');
    const during = reduce(started(emptyThreadState), events);
    assert.deepEqual(during.items.map((i) => i.id), ['msg_0083', 'msg_0084'], 'the partial reply is on screen while streaming');
    assert.equal(during.error?.message, 'The model is overloaded. Try again.');
    assert.equal(during.error?.allow_retry, true);
    const after = endStream(during, 'completed');
    assert.deepEqual(after.items.map((i) => i.id), ['msg_0083']);
    assert.equal(after.streaming, false);
    assert.equal(after.error, during.error, 'the error stays to offer a retry');
    assert.equal(retryTargetId(after), 'msg_0083', 'a retry names the user message');
  });

  it('a cancelled stream keeps the partial assistant message, as the server does', () => {
    const events = eventsOf('035-create-error').filter((e) => e.type !== 'error');
    const after = endStream(reduce(started(emptyThreadState), events), 'cancelled');
    assert.deepEqual(after.items.map((i) => i.id), ['msg_0083', 'msg_0084']);
  });

  it('progress shows until the next item arrives; notices collect for the response', () => {
    let state = started(emptyThreadState);
    const events = eventsOf('019-create-progress');
    state = reduce(state, events.slice(0, 5));
    assert.deepEqual(state.progress, { text: 'Reading 3 documents…', icon: null });
    state = applyStreamEvent(state, events[5]!);
    assert.equal(state.progress, null);
    const notices = reduce(started(emptyThreadState), eventsOf('020-create-notice')).notices;
    assert.deepEqual(notices.map((n) => n.level), ['info', 'warning', 'danger']);
  });

  it('a retry drops later items only once the server accepted it', () => {
    const state = readThread('044-retry-read');
    const retry = beginStream(state, requests.retryAfterItem('thr_0001', 'msg_0091'));
    assert.equal(endStream(retry, 'failed').items.length, 4, 'a failed retry leaves the thread as it was');
    assert.deepEqual(endStream(retry, 'completed').items.map((i) => i.id), ['msg_0002', 'msg_0003', 'msg_0091']);
  });

  it('generated image progress is tracked beside the item, not in it', () => {
    const events = eventsOf('034-create-image');
    const state = reduce(started(emptyThreadState), events.slice(0, 5));
    assert.deepEqual(state.imageProgress, { msg_0081: 0.5 });
    assert.deepEqual(reduce(state, events.slice(5)).imageProgress, {});
  });
});

describe('paging with items.list', () => {
  const page = (name: string) => {
    const checked = checkItemsPage(JSON.parse(text(`${name}.response`)));
    assert.ok(checked.ok);
    return checked.value;
  };
  const thread = (items: ReturnType<typeof page>) => {
    const checked = checkThread({ id: 'thr_0016', created_at: '2026-01-01T12:00:16', status: { type: 'active' }, metadata: {}, items });
    assert.ok(checked.ok);
    return checked.value;
  };
  const fullThread = page('057-items-list-limit-0').data.map((i) => i.id).reverse();

  it('pages forward from the oldest page threads.get_by_id gives, through a hidden-item cursor', () => {
    // 052: the oldest page shows 2 items and its cursor is msg_0096, an item the client never sees.
    let state = threadStateFromThread(thread(page('052-items-list-asc-3')));
    assert.deepEqual([state.hasNewer, state.newerCursor], [true, 'msg_0096']);
    state = mergeItemsPage(state, page('053-items-list-asc-after'), 'asc');
    assert.deepEqual([state.hasNewer, state.newerCursor], [true, 'msg_0097']);
    state = mergeItemsPage(state, page('054-items-list-asc-after-hidden'), 'asc');
    assert.deepEqual([state.hasNewer, state.newerCursor], [false, null]);
    assert.deepEqual(state.items.map((i) => i.id), fullThread);
  });

  it('shows the newest items first and pages back; items already shown keep their identity', () => {
    const latest = threadStateFromLatestItems(thread({ data: [], has_more: false }), page('055-items-list-desc-3'));
    assert.deepEqual(latest.items.map((i) => i.id), ['msg_0097', 'msg_0099']);
    assert.deepEqual([latest.hasOlder, latest.olderCursor], [true, 'msg_0097']);
    const merged = mergeItemsPage(latest, page('057-items-list-limit-0'), 'desc');
    assert.deepEqual(merged.items.map((i) => i.id), fullThread);
    assert.equal(merged.items[2], latest.items[0]);
    assert.equal(merged.items[3], latest.items[1]);
    assert.deepEqual([merged.hasOlder, merged.olderCursor], [false, null]);
  });
});
