import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { responseTurns } from '../../src/elements/chat/turns.js';
import { formatString, resolveStrings } from '../../src/elements/chat/strings.js';
import { headerIconLabel } from '../../src/elements/chat/chat-icons.js';
import type { ThreadItem } from '../../src/protocol/types.js';

const base = (id: string) => ({ id, thread_id: 't', created_at: '2025-01-01T00:00:00' });
const user = (id: string, text: string): ThreadItem => ({ ...base(id), type: 'user_message', content: [{ type: 'input_text', text }], attachments: [], inference_options: {} });
const reply = (id: string, text: string): ThreadItem => ({ ...base(id), type: 'assistant_message', content: [{ type: 'output_text', text, annotations: [] }] });
const widget = (id: string, copy: string | null): ThreadItem => ({ ...base(id), type: 'widget', widget: { type: 'Card' }, copy_text: copy });

describe('responseTurns', () => {
  it('one turn per response, anchored at its last item with content', () => {
    const items: ThreadItem[] = [
      user('u1', 'hi'),
      { ...base('w1'), type: 'workflow', workflow: { type: 'custom', tasks: [] } },
      reply('a1', 'Hello'),
      widget('c1', 'Card text'),
      { ...base('e1'), type: 'end_of_turn' },
      user('u2', 'more'),
      reply('a2', '  Second  '),
    ];
    const turns = responseTurns(items);
    assert.deepEqual([...turns.keys()], ['c1', 'a2']);
    assert.deepEqual(turns.get('c1'), { anchorId: 'c1', userMessageId: 'u1', itemIds: ['w1', 'a1', 'c1'], text: 'Hello\n\nCard text', latest: false });
    assert.deepEqual(turns.get('a2'), { anchorId: 'a2', userMessageId: 'u2', itemIds: ['a2'], text: 'Second', latest: true });
  });

  it('a response without a reply or widget gets no actions; a thread may start with the assistant', () => {
    const items: ThreadItem[] = [
      reply('a0', 'Welcome'),
      user('u1', 'hi'),
      { ...base('tc'), type: 'client_tool_call', status: 'pending', call_id: 'c', name: 'x', arguments: {} },
    ];
    const turns = responseTurns(items);
    assert.deepEqual([...turns.keys()], ['a0']);
    assert.equal(turns.get('a0')!.userMessageId, null);
  });

  it('is computed once per items array', () => {
    const items = [user('u', 'x'), reply('a', 'y')];
    assert.equal(responseTurns(items), responseTurns(items));
  });
});

describe('chat strings', () => {
  it('picks the locale by language, falls back to English, and applies string overrides only', () => {
    assert.equal(resolveStrings('fr-CA').send, 'Envoyer le message');
    assert.equal(resolveStrings('de').send, 'Send message');
    assert.equal(resolveStrings(undefined).send, 'Send message');
    const custom = resolveStrings('en', { send: 'Go', nonsense: 'x', copy: 5 } as never);
    assert.equal(custom.send, 'Go');
    assert.equal(custom.copy, 'Copy');
    assert.equal((custom as Record<string, unknown>)['nonsense'], undefined);
  });

  it('every locale has every string with the same placeholders', () => {
    const en = resolveStrings('en');
    const fr = resolveStrings('fr');
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(names(fr[key]), names(en[key]), key);
    }
  });

  it('fills placeholders as text; unknown ones stay', () => {
    assert.equal(formatString('Delete “{title}”?', { title: '<b>x</b>' }), 'Delete “<b>x</b>”?');
    assert.equal(formatString('{a} {b}', { a: 1 }), '1 {b}');
    assert.equal(formatString('{constructor}', {}), '{constructor}');
  });

  it('names header actions from their icon', () => {
    assert.equal(headerIconLabel('sidebar-open-left'), 'Sidebar open left');
    assert.equal(headerIconLabel('<img src=x>'), 'Imgsrcx');
    assert.equal(headerIconLabel(42), 'Action');
  });
});
