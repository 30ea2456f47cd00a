// The six demo patterns end to end: <ck-thread> in Chromium, real fetch + SSE over loopback to the
// demo's scripted server (demo/server, mounted by web-test-runner.config.mjs at .../demo/chatkit).
import { expect } from '@esm-bundle/chai';
import type { CkThread } from '../../src/elements/ck-thread.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import type { CkActionEvent, CkEffectEvent } from '../../src/events.js';
import { $, $$, spinners, text, until, widgetOf } from './ck-thread-harness.js';
import './dom-safe-failures.js';

const ENDPOINT = new URL('../../demo/chatkit?pace=0', import.meta.url).href;

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

/** A thread on the demo server; `requests` are the types it sent, `events` what its streams carried. */
async function demoThread(setup?: (el: CkThread) => void) {
  const requests: string[] = [];
  const events: Array<Record<string, any>> = [];
  const reading: Promise<void>[] = [];
  const el = document.createElement('ck-thread');
  el.api = {
    url: ENDPOINT,
    fetch: async (input, init) => {
      requests.push(JSON.parse(String(init?.body)).type);
      const response = await fetch(input, init);
      if (!response.headers.get('content-type')?.startsWith('text/event-stream') || !response.body) return response;
      // Tee the stream: the thread reads one copy, the test parses the other.
      const [mine, theirs] = response.body.tee();
      reading.push(
        new Response(mine).text().then((body) => {
          for (const frame of body.split('\n\n')) if (frame.startsWith('data: ')) events.push(JSON.parse(frame.slice(6)));
        }),
      );
      return new Response(theirs, { status: response.status, headers: response.headers });
    },
  };
  setup?.(el);
  document.body.append(el);
  await el.updateComplete;
  const ends: string[] = [];
  el.addEventListener('ck-response-end', (e) => ends.push(e.detail.outcome));
  /** Waits for the response number `n` (1-based) to end, and for the test's copy of its stream. */
  const ended = async (n: number) => {
    await until(() => ends.length >= n, `response ${n} to end`);
    await Promise.all(reading);
    await el.updateComplete;
  };
  return { el, requests, events, ends, ended };
}

const widgetItems = (el: CkThread) => el.state.items.filter((item) => item.type === 'widget');
const lastWidget = (el: CkThread) => widgetOf(el, widgetItems(el).at(-1)!.id)!;
const assistantTexts = (el: CkThread) => $$(el, 'article[aria-label="Assistant"]').map((node) => text(node));

async function settled(widget: CkWidget) {
  await widget.updateComplete;
  return widget;
}

describe('demo pattern 1, metro-map, over HTTP', () => {
  it('picking a line replaces the list in place, streams a reply and fires ck-effect', async () => {
    const { el, requests, ended } = await demoThread();
    const effects: CkEffectEvent[] = [];
    el.addEventListener('ck-effect', (e) => effects.push(e));
    expect(await el.sendUserMessage('Show me the metro lines')).to.equal('completed');
    await ended(1);
    const widget = await settled(lastWidget(el));
    const rows = $$(widget, '[part~=list-item]');
    expect(rows.map((row) => text(row))).to.have.length(4);
    expect(text(rows[1])).to.include('Blue line');
    expect(text(rows[1])).to.include('tap to pick');

    rows[1]!.click();
    await ended(2);
    await widget.updateComplete;

    expect(requests).to.deep.equal(['threads.create', 'threads.custom_action']);
    expect(lastWidget(el), 'the same <ck-widget>').to.equal(widget);
    const after = $$(widget, '[part~=list-item]');
    expect(text(after[1])).to.include('selected');
    expect(after[0], 'unchanged rows keep their nodes').to.equal(rows[0]);
    expect(after[3]).to.equal(rows[3]);
    await until(() => assistantTexts(el).some((t) => t.includes('Selected the Blue line')), 'the streamed reply');
    expect(effects.map((e) => [e.detail.name, e.detail.data.lineId])).to.deep.equal([['location_select_mode', 'blue']]);
    expect(spinners(el)).to.deep.equal([]);
  });
});

describe('demo pattern 2, cat-lounge, over HTTP', () => {
  it('client actions: "More ideas" sends a follow-up message; a picked name is forwarded with sendCustomAction', async () => {
    const handled: string[] = [];
    const { el, requests, events, ended } = await demoThread((thread) => {
      // What demo/chat-page.js does.
      thread.addEventListener('ck-action', (e: CkActionEvent) => {
        const { action, itemId } = e.detail;
        handled.push(action.type);
        if (action.type === 'cats.pick_name') {
          e.preventDefault();
          void thread.sendCustomAction(action, itemId);
        } else if (action.type === 'cats.more_names') {
          e.preventDefault();
          void thread.sendUserMessage('More cat name ideas, please');
        }
      });
    });
    await el.sendUserMessage('Help me name my cat');
    await ended(1);
    const first = await settled(lastWidget(el));
    const more = $$(first, '[part~=button]').find((button) => text(button) === 'More ideas')!;
    more.click();
    await ended(2);
    expect(widgetItems(el)).to.have.length(2);
    const second = await settled(lastWidget(el));
    expect($$(second, '[part~=button]').map((button) => text(button))).to.deep.equal(['Clementine', 'Tofu', 'Sprocket', 'Juniper', 'More ideas']);

    $$(second, '[part~=button]').find((button) => text(button) === 'Tofu')!.click();
    await ended(3);
    await second.updateComplete;
    expect(requests).to.deep.equal(['threads.create', 'threads.add_user_message', 'threads.custom_action']);
    expect(handled).to.deep.equal(['cats.more_names', 'cats.pick_name']);
    expect(lastWidget(el), 'replaced in place').to.equal(second);
    expect(text(second.shadowRoot!)).to.include('Tofu');
    expect(text(second.shadowRoot!)).to.include('Named');
    expect(text(first.shadowRoot!), 'the first round is untouched').to.include('Biscuit');
    await until(() => el.state.thread?.title === 'Cat lounge: Tofu', 'the thread title');
    await until(() => events.some((event) => event.type === 'client_effect' && event.name === 'cat_named'), 'the effect on the wire');
  });
});

describe('demo pattern 3, news-guide, over HTTP', () => {
  // The widget's image URLs are relative (img/news/...): they resolve against the page, so the
  // test page gets demo/ as its base for this test.
  let base: HTMLBaseElement;
  beforeEach(() => {
    base = document.createElement('base');
    base.href = new URL('../../demo/', import.meta.url).href;
    document.head.prepend(base);
  });
  afterEach(() => base.remove());

  it('shows the article list with its local images; opening one adds an article card with a link and a cited reply', async () => {
    const { el, ended } = await demoThread();
    await el.sendUserMessage("What's in the news today?");
    await ended(1);
    const list = await settled(lastWidget(el));
    const images = $$<HTMLImageElement>(list, 'img');
    expect(images).to.have.length(4);
    expect(images.map((img) => new URL(img.src).pathname)).to.deep.equal(
      ['night-ferries', 'pier-garden', 'tram-four', 'meteor-night'].map((id) => new URL(`../../demo/img/news/${id}.svg`, import.meta.url).pathname),
    );
    await until(() => images.every((img) => img.complete && img.naturalWidth > 0), 'the images to load');
    expect(images[0]!.alt).to.include('Night ferries');

    $$(list, '[part~=list-item]')[2]!.click();
    await ended(2);
    expect(widgetItems(el)).to.have.length(2);
    const article = lastWidget(el);
    await until(() => !!$(article, 'a[href="https://example.com/harbor-city/tram-four"]'), 'the Markdown link');
    const link = $<HTMLAnchorElement>(article, 'a[href="https://example.com/harbor-city/tram-four"]')!;
    expect(text(link)).to.equal('Read the full story on Harbor Herald');
    await until(() => !!$(el, '[part~=sources] a[href="https://example.com/harbor-city/tram-four"]'), 'the cited source');
  });
});

describe('demo pattern 4, task approval, over HTTP', () => {
  it('an empty submission comes back with errors; a valid one becomes a summary; Approve finishes it', async () => {
    const { el, requests, ended } = await demoThread();
    await el.sendUserMessage('Draft a task for approval');
    await ended(1);
    const form = await settled(lastWidget(el));
    $(form, '[part~=card-confirm]')!.click();
    await ended(2);
    await form.updateComplete;
    expect(lastWidget(el)).to.equal(form);
    const shown = text(form.shadowRoot!);
    expect(shown).to.include('The server found 3 problems');
    expect(shown).to.include('Give the task a title of at least 4 characters.');
    expect(shown).to.include('Choose who approves the task.');
    expect(shown).to.include('Pick a due date.');

    const title = $<HTMLInputElement>(form, 'input[name="task.title"]')!;
    title.value = 'Renew the TLS certificate';
    $<HTMLSelectElement>(form, 'select[name="task.assignee"]')!.value = 'grace';
    $<HTMLInputElement>(form, 'input[name="task.due"]')!.value = '2099-03-01';
    $(form, '[part~=card-confirm]')!.click();
    await ended(3);
    await form.updateComplete;
    expect(text(form.shadowRoot!)).to.include('Waiting for approval');
    expect(text(form.shadowRoot!)).to.include('Grace Hopper');
    expect(text($(form, '[part~=card-confirm]'))).to.equal('Approve');

    $(form, '[part~=card-confirm]')!.click();
    await ended(4);
    await form.updateComplete;
    expect(text(form.shadowRoot!)).to.include('Approved');
    expect($(form, '[part~=card-confirm]')).to.equal(null);
    expect(requests).to.deep.equal(['threads.create', 'threads.custom_action', 'threads.custom_action', 'threads.custom_action']);
    expect(spinners(el)).to.deep.equal([]);
  });
});

describe('demo pattern 5, a widget streamed from a tool, over HTTP', () => {
  it('progress, text deltas and component updates build the tool widget in one <ck-widget>', async () => {
    const { el, events, ended } = await demoThread();
    let firstSeen: CkWidget | null = null;
    const watcher = setInterval(() => {
      const items = widgetItems(el);
      if (!firstSeen && items.length) firstSeen = widgetOf(el, items[0]!.id);
    }, 5);
    await el.sendUserMessage('Run the deploy check tool');
    await ended(1);
    clearInterval(watcher);
    const widget = await settled(lastWidget(el));
    if (firstSeen) expect(widget, 'updates landed in the node the widget was added as').to.equal(firstSeen);
    const updates = events.filter((event) => event.type === 'thread.item.updated').map((event) => event.update.type);
    expect(updates.filter((type) => type === 'widget.streaming_text.value_delta')).to.have.length(4);
    expect(updates.filter((type) => type === 'widget.component.updated').length).to.be.greaterThan(4);
    expect(events.filter((event) => event.type === 'progress_update').map((event) => event.text)).to.deep.equal(['Calling deploy_check…', 'Writing the summary…']);
    await until(() => text(widget.shadowRoot!).includes('search healthy'), 'the last log line');
    const shown = text(widget.shadowRoot!);
    expect(shown).to.include('Passed');
    expect(shown).to.include('All 4 services checked');
    for (const service of ['api-gateway', 'auth', 'payments', 'search']) expect(shown).to.include(`${service} healthy`);
    expect(assistantTexts(el).at(-1)).to.include('All 4 services are healthy');
    expect($(el, '[part~=progress]')?.textContent?.trim() ?? '', 'no progress line after the end').to.equal('');
  });
});

describe('demo pattern 6, error mid-stream and retry, over HTTP', () => {
  it('shows the error with Retry; Retry (threads.retry_after_item) answers in full', async () => {
    const { el, requests, ended } = await demoThread();
    const errors: string[] = [];
    el.addEventListener('ck-error', (e) => errors.push(e.detail.message));
    await el.sendUserMessage('Show an error mid-stream, then retry');
    await ended(1);
    await until(() => !!$(el, '[part~=retry]'), 'the Retry button');
    expect(text($(el, '[part~=error]'))).to.include('The data warehouse timed out');
    expect(errors).to.deep.equal(['The data warehouse timed out in the middle of the answer. Retry to ask again.']);

    $(el, '[part~=retry]')!.click();
    await ended(2);
    expect(requests).to.deep.equal(['threads.create', 'threads.retry_after_item']);
    await until(() => assistantTexts(el).some((t) => t.includes('Second try worked')), 'the second answer');
    expect($(el, '[part~=error]')).to.equal(null);
    expect(el.state.items.map((item) => item.type)).to.deep.equal(['user_message', 'assistant_message', 'widget']);
    const report = await settled(lastWidget(el));
    expect(text(report.shadowRoot!)).to.include('Metro riders per quarter');
  });
});
