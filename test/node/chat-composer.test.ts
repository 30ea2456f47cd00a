import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  acceptAttribute,
  checkAttachment,
  cleanEntities,
  cleanTools,
  contentToSegments,
  contentText,
  defaultModel,
  entityToTag,
  findMentionQuery,
  formatBytes,
  groupEntities,
  maxSizeFor,
  moveActive,
  MAX_SUGGESTIONS,
  tagToEntity,
  toolAfterSend,
  toUserMessageContent,
  DEFAULT_MAX_ATTACHMENT_SIZE,
} from '../../src/elements/chat/composer-content.js';
import type { Entity } from '../../src/elements/chat/options.js';

const ada: Entity = { id: 'p_ada', title: 'Ada Lovelace', group: 'People', icon: 'profile', interactive: true, data: { role: 'author' } };

describe('message content from composer segments', () => {
  it('puts input_tag parts between input_text parts, trimmed at the ends', () => {
    assert.deepEqual(
      toUserMessageContent([
        { kind: 'text', text: '  Tell me about ' },
        { kind: 'tag', entity: ada },
        { kind: 'text', text: ' and ' },
        { kind: 'text', text: 'more  \n' },
      ]),
      [
        { type: 'input_text', text: 'Tell me about ' },
        { type: 'input_tag', id: 'p_ada', text: 'Ada Lovelace', data: { role: 'author' }, group: 'People', interactive: true },
        { type: 'input_text', text: ' and more' },
      ],
    );
  });

  it('drops empty text parts, so a lone tag is one part; whitespace-only is empty', () => {
    assert.deepEqual(toUserMessageContent([{ kind: 'text', text: ' ' }, { kind: 'tag', entity: ada }, { kind: 'text', text: ' ' }]), [entityToTag(ada)]);
    assert.deepEqual(toUserMessageContent([{ kind: 'text', text: ' \n ' }]), []);
    assert.deepEqual(toUserMessageContent([]), []);
  });

  it('keeps inner line breaks and spaces as typed', () => {
    assert.deepEqual(toUserMessageContent([{ kind: 'text', text: 'a\n\n  b' }]), [{ type: 'input_text', text: 'a\n\n  b' }]);
  });

  it('fills the tag defaults chatkit-python stores (data {}, group null, interactive false)', () => {
    assert.deepEqual(entityToTag({ id: 'x', title: 'X' }), { type: 'input_tag', id: 'x', text: 'X', data: {}, group: null, interactive: false });
  });

  it('round-trips content through segments (failed sends, setComposerValue)', () => {
    const content = toUserMessageContent([{ kind: 'text', text: 'Hi ' }, { kind: 'tag', entity: ada }, { kind: 'text', text: '!' }]);
    assert.deepEqual(toUserMessageContent(contentToSegments(content)), content);
    assert.equal(contentText(content), 'Hi @Ada Lovelace!');
    assert.deepEqual(tagToEntity(entityToTag(ada)), { id: 'p_ada', title: 'Ada Lovelace', data: { role: 'author' }, group: 'People', interactive: true });
  });

  it('ignores junk parts', () => {
    assert.deepEqual(contentToSegments([null, { type: 'image' }, { type: 'input_text', text: 5 }] as never), []);
  });
});

describe('findMentionQuery', () => {
  const cases: Array<[string, { query: string; start: number } | null]> = [
    ['@', { query: '', start: 0 }],
    ['hello @ad', { query: 'ad', start: 6 }],
    ['(@ada', { query: 'ada', start: 1 }],
    ['@Q2 planning doc', { query: 'Q2 planning doc', start: 0 }],
    ['mail me at x@y', null],
    ['hello @ ', null],
    ['@a  b', null],
    ['@a b c d', null],
    ['@a\nb', null],
    ['@a@b', null],
    [`@${'x'.repeat(61)}`, null],
    ['no mention', null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(findMentionQuery(text), expected));
  }
});

describe('suggestions', () => {
  it('groups in order of first appearance, ungrouped first, and walks the grouped order', () => {
    const entities: Entity[] = [
      { id: '1', title: 'Budget', group: 'Articles' },
      { id: '2', title: 'Ada', group: 'People' },
      { id: '3', title: 'Misc' },
      { id: '4', title: 'Vote', group: 'Articles' },
    ];
    const { groups, flat } = groupEntities(entities);
    assert.deepEqual(groups.map((g) => [g.group, g.entries.map((e) => [e.entity.id, e.index])]), [
      [null, [['3', 0]]],
      ['Articles', [['1', 1], ['4', 2]]],
      ['People', [['2', 3]]],
    ]);
    assert.deepEqual(flat.map((e) => e.id), ['3', '1', '4', '2']);
  });

  it('keeps valid entities only, ids unique and as strings, at most MAX_SUGGESTIONS', () => {
    const raw = [{ id: 1, title: 'One' }, { id: '1', title: 'dup' }, { id: '2' }, { title: 'x' }, null, 'str', { id: '3', title: '' }, { id: '4', title: 'Four' }];
    assert.deepEqual(cleanEntities(raw).map((e) => [e.id, e.title]), [['1', 'One'], ['4', 'Four']]);
    assert.deepEqual(cleanEntities('nope'), []);
    const many = Array.from({ length: 80 }, (_, i) => ({ id: String(i), title: `E${i}` }));
    assert.equal(cleanEntities(many).length, MAX_SUGGESTIONS);
  });

  it('moves the highlight with wrap-around', () => {
    assert.equal(moveActive(-1, 3, 1), 0);
    assert.equal(moveActive(-1, 3, -1), 2);
    assert.equal(moveActive(2, 3, 1), 0);
    assert.equal(moveActive(0, 3, -1), 2);
    assert.equal(moveActive(1, 0, 1), -1);
  });
});

describe('tools and models', () => {
  const tools = cleanTools([
    { id: 'search', label: 'Search', icon: 'search' },
    { id: 'brief', label: 'Brief', icon: 'calendar', persistent: true },
    { id: 'search', label: 'duplicate', icon: 'x' },
    { label: 'no id' },
  ]);

  it('keeps valid, unique tools', () => assert.deepEqual(tools.map((t) => t.id), ['search', 'brief']));

  it('a persistent tool stays selected after sending; others are cleared', () => {
    assert.equal(toolAfterSend(tools, 'brief'), 'brief');
    assert.equal(toolAfterSend(tools, 'search'), null);
    assert.equal(toolAfterSend(tools, null), null);
    assert.equal(toolAfterSend(tools, 'gone'), null);
  });

  it('picks the default model, never a disabled one', () => {
    assert.equal(defaultModel([{ id: 'a', label: 'A' }, { id: 'b', label: 'B', default: true }]), 'b');
    assert.equal(defaultModel([{ id: 'a', label: 'A', disabled: true }, { id: 'b', label: 'B' }]), 'b');
    assert.equal(defaultModel([{ id: 'a', label: 'A', default: true, disabled: true }, { id: 'c', label: 'C' }]), 'c');
    assert.equal(defaultModel(undefined), null);
    assert.equal(defaultModel([]), null);
  });
});

describe('attachments', () => {
  it('size limits: number, exact MIME, type/*, fallback, default', () => {
    assert.equal(maxSizeFor('image/png', 500), 500);
    const limits = { 'image/png': 10, 'image/*': 20, '*': 30 };
    assert.equal(maxSizeFor('image/png', limits), 10);
    assert.equal(maxSizeFor('image/gif', limits), 20);
    assert.equal(maxSizeFor('text/plain', limits), 30);
    assert.equal(maxSizeFor('text/plain', { 'image/*': 20 }), DEFAULT_MAX_ATTACHMENT_SIZE);
    assert.equal(maxSizeFor('text/plain', undefined), DEFAULT_MAX_ATTACHMENT_SIZE);
  });

  it('accept: MIME patterns and extensions; junk is dropped', () => {
    assert.equal(acceptAttribute({ 'image/*': ['.PNG', '.jpg'], 'application/pdf': ['.pdf'] }), 'image/*,.png,.jpg,application/pdf,.pdf');
    assert.equal(acceptAttribute({ 'bad type': ['..', 'x', '.ok'] }), '.ok');
    assert.equal(acceptAttribute(undefined), undefined);
  });

  it('checks type then size', () => {
    const options = { accept: { 'image/*': ['.png'] }, maxSize: { 'image/*': 100 } };
    assert.equal(checkAttachment({ name: 'a.png', size: 50, type: 'image/png' }, options), null);
    assert.equal(checkAttachment({ name: 'a.PNG', size: 50, type: '' }, options), null);
    assert.deepEqual(checkAttachment({ name: 'a.png', size: 500, type: 'image/png' }, options), { reason: 'size', limit: 100 });
    assert.deepEqual(checkAttachment({ name: 'a.html', size: 5, type: 'text/html' }, options), { reason: 'type' });
    assert.equal(checkAttachment({ name: 'any', size: 5, type: 'text/html' }, {}), null);
  });

  it('formats sizes for messages', () => {
    assert.equal(formatBytes(1000, 'en'), '1,000 B');
    assert.equal(formatBytes(1536, 'en'), '1.5 KB');
    assert.equal(formatBytes(100 * 1024 * 1024, 'en'), '100 MB');
  });
});
