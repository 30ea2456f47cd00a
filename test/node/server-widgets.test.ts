/**
 * diffWidget and streamWidget: which updates a client receives as a widget changes between states.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diffWidget, streamWidget } from '../../src/server/index.js';
import { applyWidgetUpdate } from '../../src/thread/widget-updates.js';
import type { WidgetRoot } from '../../src/protocol/types.js';

const card = (summary: string, status = 'Running', streaming = true): WidgetRoot => ({
  type: 'Card',
  children: [
    { id: 'status', type: 'Text', value: status },
    { id: 'summary', type: 'Markdown', value: summary, streaming },
    { type: 'Button', label: 'Stop', onClickAction: { type: 'stop' } },
  ],
});

describe('diffWidget', () => {
  it('appended text of id\'d Markdown/Text becomes value deltas', () => {
    assert.deepEqual(diffWidget(card('Hello'), card('Hello world')), [
      { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: ' world', done: false },
    ]);
  });

  it('identical states give no updates; null and missing fields are the same', () => {
    const withNull = { ...card('a'), padding: null };
    assert.deepEqual(diffWidget(card('a'), withNull), []);
  });

  it('any other change resends the root (chatkit-python behaviour)', () => {
    assert.deepEqual(diffWidget(card('a'), card('a', 'Done')), [{ type: 'widget.root.updated', widget: card('a', 'Done') }]);
    const rewritten = diffWidget(card('abc'), card('xyz'));
    assert.equal(rewritten[0]!.type, 'widget.root.updated', 'text that did not grow by appending');
    const grown: WidgetRoot = { ...card('a'), children: [...(card('a').children as object[]), { type: 'Divider' }] };
    assert.equal(diffWidget(card('a'), grown)[0]!.type, 'widget.root.updated');
  });

  it('with componentUpdates, a change inside an id\'d component is sent as that component only', () => {
    const updates = diffWidget(card('Hello'), card('Hello there', 'Done'), { componentUpdates: true });
    assert.deepEqual(updates, [
      { type: 'widget.component.updated', component_id: 'status', component: { id: 'status', type: 'Text', value: 'Done' } },
      { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: ' there', done: false },
    ]);
    // Applying the updates with the client's reducer gives the new state.
    let widget = card('Hello');
    for (const update of updates) widget = applyWidgetUpdate(widget, update);
    assert.deepEqual(widget, card('Hello there', 'Done'));
  });

  it('with componentUpdates, a change outside any id\'d component still resends the root', () => {
    const relabeled = card('a');
    (relabeled.children as { label?: string }[])[2]!.label = 'Halt';
    assert.equal(diffWidget(card('a'), relabeled, { componentUpdates: true })[0]!.type, 'widget.root.updated');
  });
});

describe('streamWidget', () => {
  const base = { id: 'msg_1', thread_id: 'thr_1', created_at: '2026-01-01T12:00:00' };

  it('a single widget is one thread.item.done', async () => {
    const events = [];
    for await (const event of streamWidget(base, card('x'), { copyText: 'x' })) events.push(event);
    assert.deepEqual(events, [{ type: 'thread.item.done', item: { ...base, type: 'widget', widget: card('x'), copy_text: 'x' } }]);
  });

  it('a sequence is added, updates between states, then done with the last state', async () => {
    async function* states() {
      yield card('One');
      yield card('One two');
      yield card('One two three', 'Running', false);
    }
    const events = [];
    for await (const event of streamWidget(base, states())) events.push(event);
    assert.deepEqual(
      events.map((e) => (e.type === 'thread.item.updated' ? `${e.type}:${e.update.type}` : e.type)),
      ['thread.item.added', 'thread.item.updated:widget.streaming_text.value_delta', 'thread.item.updated:widget.root.updated', 'thread.item.done'],
    );
    const done = events.at(-1)!;
    assert.ok(done.type === 'thread.item.done' && done.item.type === 'widget');
    assert.deepEqual(done.item.widget, card('One two three', 'Running', false));
  });
});
