// The demo's scripted server (demo/server), driven through process() as the page drives it over
// HTTP: each of the six patterns, event by event, plus the store, the templates and the page prompts.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { WidgetTemplate } from '../../src/template/index.js';
import { parseWidgetRoot } from '../../src/schema/parse-tree.js';
import { applyWidgetUpdate } from '../../src/thread/widget-updates.js';
import type { WidgetRoot, WidgetItem, WidgetUpdate } from '../../src/protocol/types.js';
import { PATTERNS, TEMPLATE_NAMES, contextFromUrl, type DemoServer } from '../../demo/server/demo-server.mjs';
import { readWidgetTemplates } from '../../demo/server/node.mjs';
import { newDemoServer, streamEvents as stream, type Event } from './demo-harness.js';

const DEMO = new URL('../../demo/', import.meta.url);
const context = { pace: 0 };
type Node = Record<string, any>;

let templates: Record<string, string>;
before(async () => {
  templates = await readWidgetTemplates();
});

function newServer(): DemoServer {
  return newDemoServer(templates);
}

async function json(server: DemoServer, type: string, params: unknown): Promise<any> {
  const result = await server.process(JSON.stringify({ type, params }), context);
  assert.equal(result.kind, 'json');
  return result.kind === 'json' ? JSON.parse(result.body) : undefined;
}

const input = (text: string) => ({ content: [{ type: 'input_text', text }], attachments: [], inference_options: {} });

/** Starts a thread with `text`; returns its id and the events. */
async function start(server: DemoServer, text: string) {
  const events = await stream(server, 'threads.create', { input: input(text) });
  const created = events.find((event) => event.type === 'thread.created');
  assert.ok(created, 'thread.created');
  return { threadId: created.thread.id as string, events };
}

const doneItems = (events: Event[], type?: string) =>
  events.filter((event) => event.type === 'thread.item.done' && (!type || event.item.type === type)).map((event) => event.item);
const widgetItem = (events: Event[]) => doneItems(events, 'widget').at(-1) as WidgetItem;
const replaced = (events: Event[]) => events.filter((event) => event.type === 'thread.item.replaced').map((event) => event.item as WidgetItem);
const reply = (events: Event[]) => doneItems(events, 'assistant_message').map((item) => item.content[0].text as string).join('\n');
const effects = (events: Event[]) => events.filter((event) => event.type === 'client_effect').map((event) => [event.name, event.data]);

/** Every node of a widget tree, depth first. */
function nodes(root: Node): Node[] {
  const children = Array.isArray(root.children) ? root.children : root.children ? [root.children] : [];
  return [root, ...children.flatMap((child: Node) => nodes(child))];
}
const texts = (root: Node) => nodes(root).flatMap((node) => [node.value, node.label].filter((v) => typeof v === 'string'));

/** Every widget the events carry validates against the widget schemas. */
function assertValidWidgets(events: Event[]) {
  for (const event of events) {
    const widget = (event.type === 'thread.item.done' || event.type === 'thread.item.replaced' || event.type === 'thread.item.added') && event.item.type === 'widget' ? event.item.widget : undefined;
    if (!widget) continue;
    const parsed = parseWidgetRoot(widget);
    assert.ok(parsed.ok, `widget is valid: ${parsed.ok ? '' : JSON.stringify(parsed.issues)}`);
  }
}

const action = (server: DemoServer, threadId: string, itemId: string | null, type: string, payload: unknown, handler = 'server') =>
  stream(server, 'threads.custom_action', { thread_id: threadId, item_id: itemId, action: { type, payload, handler } });

describe('demo server: routing and the page', () => {
  it('each pattern prompt the page offers starts that pattern (the thread is titled after it)', async () => {
    const page = readFileSync(new URL('chat-page.js', DEMO), 'utf8');
    assert.equal(PATTERNS.length, 6);
    for (const pattern of PATTERNS) {
      assert.ok(page.includes(pattern.prompt), `chat-page.js offers "${pattern.prompt}"`);
      assert.ok(page.includes(`id: '${pattern.id}'`), `chat-page.js lists ${pattern.id}`);
      const { events } = await start(newServer(), pattern.prompt);
      const titles = events.filter((event) => event.type === 'thread.updated').map((event) => event.thread.title);
      assert.deepEqual(titles, [pattern.title], pattern.id);
      assertValidWidgets(events);
    }
  });

  it('anything else gets the help text listing the six prompts', async () => {
    const { events } = await start(newServer(), 'hello there');
    const text = reply(events);
    for (const pattern of PATTERNS) assert.ok(text.includes(pattern.prompt));
  });

  it('an unknown action is an error event, not a crash', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Show me the metro lines');
    const errors = (await action(server, threadId, widgetItem(events).id, 'nope.<b>', {})).filter((event) => event.type === 'error');
    assert.deepEqual(errors.map((event) => [event.code, event.allow_retry]), [['custom', false]]);
    assert.match(String(errors[0]!.message), /no handler for the action "nope.<b>"/);
  });

  it('the pace comes from the endpoint URL, bounded', () => {
    assert.deepEqual(contextFromUrl('/chatkit?pace=0'), { pace: 0 });
    assert.deepEqual(contextFromUrl('/chatkit?pace=99999'), { pace: 1000 });
    assert.deepEqual(contextFromUrl('/chatkit?pace=-5'), { pace: 0 });
    assert.equal(contextFromUrl('/chatkit').pace > 0, true);
    assert.equal(contextFromUrl('/chatkit?pace=abc').pace > 0, true);
  });
});

describe('demo pattern 1, metro-map: a server action replaces the list in place', () => {
  it('streams a reply, then the list; picking a line replaces it, stores hidden context, replies and sends a client effect', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Show me the metro lines');
    assert.deepEqual(
      events.map((event) => event.type).filter((type, i, all) => type !== all[i - 1]),
      ['thread.created', 'thread.item.done', 'stream_options', 'thread.item.added', 'thread.updated', 'thread.item.updated', 'thread.item.done'],
    );
    const list = widgetItem(events);
    assert.equal(list.widget.type, 'ListView');
    const rows = (list.widget.children as Node[]).map((row) => [row.key, row.onClickAction.type, row.onClickAction.payload.id]);
    assert.deepEqual(rows, [['red', 'line.select', 'red'], ['blue', 'line.select', 'blue'], ['green', 'line.select', 'green'], ['yellow', 'line.select', 'yellow']]);
    assert.ok(!texts(list.widget as Node).includes('selected'));

    const picked = await action(server, threadId, list.id, 'line.select', { id: 'blue' });
    assertValidWidgets(picked);
    assert.equal(picked[0]!.type, 'stream_options');
    assert.equal(picked[1]!.type, 'thread.item.replaced', 'the replacement comes first');
    const [after] = replaced(picked);
    assert.equal(after!.id, list.id, 'the same item');
    const blue = (after!.widget.children as Node[])[1]!;
    assert.ok(texts(blue).includes('selected'));
    assert.ok(!texts((after!.widget.children as Node[])[0]!).includes('selected'));
    assert.match(reply(picked), /Selected the \*\*Blue line\*\*/);
    assert.deepEqual(effects(picked), [['location_select_mode', { lineId: 'blue', color: '#3e63dd' }]]);
    assert.equal(picked.at(-1)!.type, 'client_effect');

    // The hidden note is stored, never streamed, listed or returned.
    assert.ok(!JSON.stringify(picked).includes('hidden_context'));
    const stored = await server.store.loadThreadItems(threadId, { limit: 50, order: 'asc' }, context);
    const hidden = stored.data.filter((item) => item.type === 'hidden_context_item');
    assert.deepEqual(hidden.map((item) => (item as { content: Node }).content.lineId), ['blue']);
    const listed = await json(server, 'items.list', { thread_id: threadId, order: 'asc' });
    assert.ok(listed.data.every((item: Node) => item.type !== 'hidden_context_item'));
    const thread = await json(server, 'threads.get_by_id', { thread_id: threadId });
    assert.ok(thread.items.data.every((item: Node) => item.type !== 'hidden_context_item'));
    assert.deepEqual((thread.items.data.find((item: Node) => item.id === list.id) as WidgetItem).widget, after!.widget, 'the replacement is stored');

    // A later turn reads the note back.
    const recall = await stream(server, 'threads.add_user_message', { thread_id: threadId, input: input('Which line did I pick?') });
    assert.match(reply(recall), /You picked the \*\*Blue line\*\*/);
  });

  it('a line that is not on the map is refused and nothing is replaced', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Show me the metro lines');
    const answer = await action(server, threadId, widgetItem(events).id, 'line.select', { id: 'purple' });
    assert.deepEqual(replaced(answer), []);
    assert.deepEqual(answer.filter((event) => event.type === 'error').map((event) => event.message), ['That line is not on the map.']);
  });
});

describe('demo pattern 2, cat-lounge: client actions, a "more" follow-up, a forwarded action', () => {
  it('offers names as client actions and a client "more" action; the next message gives the next round', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Help me name my cat');
    const card = widgetItem(events).widget as Node;
    const buttons = nodes(card).filter((node) => node.type === 'Button');
    assert.deepEqual(buttons.map((button) => [button.label, button.onClickAction.type, button.onClickAction.handler]), [
      ['Biscuit', 'cats.pick_name', 'client'],
      ['Miso', 'cats.pick_name', 'client'],
      ['Pepper', 'cats.pick_name', 'client'],
      ['Noodle', 'cats.pick_name', 'client'],
      ['More ideas', 'cats.more_names', 'client'],
    ]);
    const more = await stream(server, 'threads.add_user_message', { thread_id: threadId, input: input('More cat name ideas, please') });
    const next = widgetItem(more).widget as Node;
    assert.deepEqual(nodes(next).filter((node) => node.onClickAction?.type === 'cats.pick_name').map((node) => node.label), ['Clementine', 'Tofu', 'Sprocket', 'Juniper']);
    assert.ok(texts(next).includes('Round 2 · tap a name to pick it'));
  });

  it('a name forwarded by the page (sendCustomAction of the client action) replaces the card and renames the thread', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Help me name my cat');
    const item = widgetItem(events);
    const picked = await action(server, threadId, item.id, 'cats.pick_name', { name: 'Miso' }, 'client');
    assertValidWidgets(picked);
    assert.equal(replaced(picked)[0]!.id, item.id);
    assert.ok(texts(replaced(picked)[0]!.widget as Node).includes('Miso'));
    assert.deepEqual(picked.filter((event) => event.type === 'thread.updated').map((event) => event.thread.title), ['Cat lounge: Miso']);
    assert.deepEqual(effects(picked), [['cat_named', { name: 'Miso' }]]);
    const tooLong = await action(server, threadId, item.id, 'cats.pick_name', { name: 'x'.repeat(41) }, 'client');
    assert.deepEqual(replaced(tooLong), []);
    assert.equal(tooLong.filter((event) => event.type === 'error').length, 1);
  });
});

describe('demo pattern 3, news-guide: a rich article list with images and links', () => {
  it('lists four articles with local images; opening one adds an article card with a link and a cited reply', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, "What's in the news today?");
    assert.equal(events.find((event) => event.type === 'progress_update')?.text, 'Reading today’s Harbor City papers…');
    const list = widgetItem(events).widget as Node;
    const images = nodes(list).filter((node) => node.type === 'Image');
    assert.equal(images.length, 4);
    for (const image of images) {
      assert.match(image.src, /^img\/news\/[a-z-]+\.svg$/, 'a relative, local image');
      assert.ok(existsSync(new URL(image.src, DEMO)), `${image.src} exists in demo/`);
      assert.ok(image.alt.length > 10);
    }
    const opened = await action(server, threadId, widgetItem(events).id, 'news.open', { id: 'tram-four' });
    assertValidWidgets(opened);
    const article = widgetItem(opened).widget as Node;
    const markdown = nodes(article).find((node) => node.type === 'Markdown');
    assert.equal(markdown?.value, '[Read the full story on Harbor Herald](https://example.com/harbor-city/tram-four)');
    const message = doneItems(opened, 'assistant_message')[0];
    assert.deepEqual(message.content[0].annotations.map((a: Node) => a.source), [{ type: 'url', title: 'Harbor Herald', url: 'https://example.com/harbor-city/tram-four' }]);
    assert.equal(opened.filter((event) => event.update?.type === 'assistant_message.content_part.annotation_added').length, 1);
    assert.deepEqual(replaced(opened), [], 'the list stays as it was');
  });
});

describe('demo pattern 4, task approval: a form with server-side validation', () => {
  const submit = (server: DemoServer, threadId: string, itemId: string, task: Record<string, string>) => action(server, threadId, itemId, 'task.submit', { task });
  const fieldErrors = (widget: Node) => nodes(widget).filter((node) => node.type === 'Caption' && node.color === 'danger').map((node) => node.value);

  it('an invalid submission comes back as the same form with the values kept and an error per field', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Draft a task for approval');
    const form = widgetItem(events);
    assert.equal((form.widget as Node).asForm, true);
    assert.equal((form.widget as Node).confirm.action.type, 'task.submit');
    assert.equal((form.widget as Node).cancel.action.type, 'task.cancel');
    assert.deepEqual(fieldErrors(form.widget as Node), []);

    // What the page sends for an untouched form: empty fields, the default priority.
    const empty = await submit(server, threadId, form.id, { title: '', assignee: '', due: '', priority: 'normal', notes: '' });
    assertValidWidgets(empty);
    const again = replaced(empty)[0]!;
    assert.equal(again.id, form.id);
    assert.deepEqual(fieldErrors(again.widget as Node), ['Give the task a title of at least 4 characters.', 'Choose who approves the task.', 'Pick a due date.']);
    assert.ok(nodes(again.widget as Node).some((node) => node.id === 'form-error'));
    assert.match(reply(empty), /The server refused the task/);

    const high = await submit(server, threadId, form.id, { title: 'Rotate keys', assignee: 'grace', due: '2026-01-01', priority: 'high', notes: 'asap' });
    const kept = replaced(high)[0]!.widget as Node;
    assert.deepEqual(fieldErrors(kept), ['The due date is in the past (today is 2026-01-05).', 'High priority needs a reason for the approver (10 characters or more).']);
    const byName = Object.fromEntries(nodes(kept).filter((node) => String(node.name).startsWith('task.')).map((node) => [node.name, node.defaultValue]));
    assert.deepEqual(byName, { 'task.title': 'Rotate keys', 'task.assignee': 'grace', 'task.due': '2026-01-01', 'task.priority': 'high', 'task.notes': 'asap' });
  });

  it('a valid submission becomes a summary with Approve/Reject, and approving finishes it', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Draft a task for approval');
    const form = widgetItem(events);
    const ok = await submit(server, threadId, form.id, { title: 'Renew the TLS certificate', assignee: 'ada', due: '2026-02-01', priority: 'normal', notes: '' });
    assertValidWidgets(ok);
    const summary = replaced(ok)[0]!.widget as Node;
    assert.equal(summary.confirm.label, 'Approve');
    assert.deepEqual(summary.confirm.action, { type: 'task.approve', payload: { id: 'T-1' } });
    assert.ok(texts(summary).includes('Renew the TLS certificate'));
    assert.ok(texts(summary).includes('Pending'));
    const approved = await action(server, threadId, form.id, 'task.approve', { id: 'T-1' });
    const final = replaced(approved)[0]!.widget as Node;
    assert.ok(texts(final).includes('Approved'));
    assert.equal(final.confirm, undefined);
    assert.deepEqual(effects(approved), [['task_decided', { id: 'T-1', decision: 'approved' }]]);
    const unknown = await action(server, threadId, form.id, 'task.approve', { id: 'T-9' });
    assert.deepEqual(replaced(unknown), []);
  });

  it('cancel discards the draft', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Draft a task for approval');
    const cancelled = await action(server, threadId, widgetItem(events).id, 'task.cancel', { task: {} });
    assert.ok(texts(replaced(cancelled)[0]!.widget as Node).includes('Draft discarded.'));
  });
});

describe('demo pattern 5, a widget streamed from a tool', () => {
  it('sends progress, then the widget: text deltas for the log, component updates for badge, bar and step', async () => {
    const server = newServer();
    const { events } = await start(server, 'Run the deploy check tool');
    const progress = events.filter((event) => event.type === 'progress_update').map((event) => event.text);
    assert.deepEqual(progress, ['Calling deploy_check…', 'Writing the summary…']);
    const added = events.find((event) => event.type === 'thread.item.added' && event.item.type === 'widget')!;
    const updates = events.filter((event) => event.type === 'thread.item.updated' && event.item_id === added.item.id).map((event) => event.update as WidgetUpdate);
    const deltas = updates.filter((update) => update.type === 'widget.streaming_text.value_delta');
    assert.equal(deltas.length, 4);
    assert.ok(deltas.every((update) => update.type === 'widget.streaming_text.value_delta' && update.component_id === 'deploy-log'));
    const components = new Set(updates.flatMap((update) => (update.type === 'widget.component.updated' ? [update.component_id] : [])));
    assert.deepEqual([...components].sort(), ['deploy-log', 'deploy-progress', 'deploy-status', 'deploy-step']);
    assert.equal(updates.filter((update) => update.type === 'widget.root.updated').length, 0, 'never the whole root');

    // Applying the updates to the first state gives the final widget, as the client does.
    let widget = added.item.widget as WidgetRoot;
    for (const update of updates) widget = applyWidgetUpdate(widget, update);
    const done = widgetItem(events);
    assert.deepEqual(widget, done.widget);
    const badge = nodes(done.widget as Node).find((node) => node.id === 'deploy-status');
    assert.deepEqual([badge?.label, badge?.color], ['Passed', 'success']);
    assert.match(reply(events), /All 4 services are healthy/);
    assertValidWidgets(events);
  });
});

describe('demo pattern 6, an error mid-stream and a retry', () => {
  it('fails after half a reply with allow_retry; retry_after_item answers in full', async () => {
    const server = newServer();
    const { threadId, events } = await start(server, 'Show an error mid-stream, then retry');
    const error = events.at(-1)!;
    assert.deepEqual([error.type, error.code, error.allow_retry], ['error', 'custom', true]);
    assert.ok(events.some((event) => event.update?.type === 'assistant_message.content_part.text_delta'), 'some text streamed first');
    assert.deepEqual(doneItems(events, 'assistant_message'), [], 'the half reply is never done');
    const userMessage = doneItems(events, 'user_message')[0];
    const before = await json(server, 'items.list', { thread_id: threadId, order: 'asc' });
    assert.deepEqual(before.data.map((item: Node) => item.type), ['user_message'], 'nothing of the failed answer is stored');

    const retried = await stream(server, 'threads.retry_after_item', { thread_id: threadId, item_id: userMessage.id });
    assert.ok(!retried.some((event) => event.type === 'error'));
    assert.match(reply(retried), /Second try worked/);
    assert.equal((widgetItem(retried).widget as Node).children[1].type, 'Chart');
    assertValidWidgets(retried);
    const after = await json(server, 'items.list', { thread_id: threadId, order: 'asc' });
    assert.deepEqual(after.data.map((item: Node) => item.type), ['user_message', 'assistant_message', 'widget']);

    // The same words again are a new message: it fails once more.
    const again = await stream(server, 'threads.add_user_message', { thread_id: threadId, input: input('Show an error mid-stream, then retry') });
    assert.equal(again.at(-1)!.type, 'error');
  });
});

describe('demo .widget templates', () => {
  it('every template the server names is a valid .widget file in demo/widgets', () => {
    for (const name of TEMPLATE_NAMES) {
      const file = JSON.parse(templates[name]!) as { version: string; name: string; template: string; jsonSchema: object };
      assert.equal(file.version, '1.0');
      assert.equal(file.name, name);
      assert.equal(typeof file.jsonSchema, 'object');
    }
  });

  it('the playground samples build in strict mode (data schema and widget schemas)', () => {
    for (const name of TEMPLATE_NAMES) {
      const sample = JSON.parse(readFileSync(new URL(`widgets/${name}.sample.json`, DEMO), 'utf8'));
      const widget = WidgetTemplate.fromString(templates[name]!).build(sample, { strict: true });
      assert.ok(parseWidgetRoot(widget).ok, name);
    }
  });

  it('hostile data stays data: quotes and markup in values cannot change the widget structure', () => {
    const widget = WidgetTemplate.fromString(templates['news-list']!).build({
      edition: '"}],"type":"Card',
      articles: [{ id: 'x"', title: '</script><img src=x onerror=alert(1)>', summary: '{{ 7*7 }}', image: 'javascript:alert(1)', alt: 'a', section: 'b', color: 'info', source: 's', minutes: 1 }],
    }) as Node;
    assert.equal(widget.type, 'ListView');
    assert.equal(widget.status.text, '"}],"type":"Card');
    const item = widget.children[0];
    assert.ok(texts(item).includes('</script><img src=x onerror=alert(1)>'));
    assert.ok(texts(item).includes('{{ 7*7 }}'));
  });
});
