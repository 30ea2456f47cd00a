import { expect } from '@esm-bundle/chai';
import { fixtureFetch } from './fixture-fetch.js';
import { $, $$, itemNode, mountThread, scriptedFetch, sseResponse, spinners, text, transcriptEvents, until, widgetOf } from './ck-thread-harness.js';
import './dom-safe-failures.js';

afterEach(() => document.querySelectorAll('ck-thread').forEach((el) => el.remove()));

async function loaded(read: string, threadId: string) {
  const wire = fixtureFetch({ 'threads.get_by_id': [read] });
  const el = await mountThread(wire.fetch, threadId);
  await until(() => el.state.items.length > 0 && !$(el, '.ck-loading'), `${read} to render`);
  await el.updateComplete;
  return { el, wire };
}

/** A new thread streamed from a recorded `threads.create` transcript. */
async function created(transcript: string, message = 'hi') {
  const wire = fixtureFetch({ 'threads.create': [transcript] });
  const el = await mountThread(wire.fetch);
  await el.sendUserMessage(message);
  await el.updateComplete;
  return { el, wire };
}

describe('<ck-thread> loads a thread with threads.get_by_id', () => {
  it('renders the user message and the widget of a recorded thread', async () => {
    const { el, wire } = await loaded('009-create-widget-list-read', 'thr_0016');
    expect(wire.requests[0]!.body).to.deep.equal({ type: 'threads.get_by_id', params: { thread_id: 'thr_0016' } });
    const you = $(el, 'article[aria-label="You"]')!;
    expect(text(you)).to.equal('widget list');
    expect(you.closest('[data-item-id]')!.getAttribute('data-item-id')).to.equal('msg_0017');
    const widget = widgetOf(el, 'msg_0018')!;
    expect(widget.getAttribute('item-id')).to.equal('msg_0018');
    await widget.updateComplete;
    expect($$(widget, '[part=list-item]').map(text).join(' | ')).to.include('Red line');
    expect(spinners(el)).to.deep.equal([]);
  });

  it('shows the assistant reply as an article labelled "Assistant"', async () => {
    const { el } = await loaded('004-create-stream-read', 'thr_0004');
    const reply = $(el, 'article[aria-label="Assistant"]')!;
    expect(text(reply)).to.match(/\S/);
    expect(reply.getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[role=log]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows a workflow collapsed with its summary, and its tasks with status on demand', async () => {
    const { el } = await loaded('028-create-workflow-read', 'thr_0065');
    const toggle = $<HTMLButtonElement>(el, '[part=workflow-toggle]')!;
    expect(text(toggle)).to.equal('Searched flights');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, '[part=task]')).to.have.length(0);
    toggle.focus();
    expect(el.shadowRoot!.activeElement, 'the toggle is keyboard reachable').to.equal(toggle);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const tasks = $$(el, '[part=task]');
    expect(tasks.map(text)).to.deep.equal(['Search (done) Looking up flights', 'Thinking (done) Cheapest is Tuesday.']);
    expect(tasks.every((task) => task.dataset.status === 'complete' && task.querySelector('[data-ck-icon=check-circle]'))).to.equal(true);
    expect(spinners(el)).to.deep.equal([]);
  });

  it('shows a completed client tool call', async () => {
    const { el } = await loaded('081-client-tool-read', 'thr_0058');
    const call = $(el, '[part=tool-call]')!;
    expect(call.dataset.status).to.equal('completed');
    expect(text(call)).to.equal('Ran get_location');
  });

  it('shows the names of attached files, never loading their URLs', async () => {
    const { el } = await loaded('090-create-with-attachments-read', 'thr_0111');
    expect($$(el, '[part=attachment]').map(text)).to.deep.equal(['notes.txt', 'cat.png']);
    expect($$(el, 'img')).to.have.length(0);
  });
});

describe('<ck-thread> renders what a response streams', () => {
  it('lists cited sources as links through the URL policy', async () => {
    const { el } = await created('005-create-annotate');
    const links = $$<HTMLAnchorElement>(el, '[part=sources] a');
    expect(links.map((a) => [text(a), a.href, a.target, a.rel])).to.deep.equal([['IEA report', 'https://example.com/iea', '_blank', 'noopener noreferrer']]);
    expect(text($(el, 'article[aria-label="Assistant"]'))).to.include('Solar grew 20% [1].').and.include('Second part.');
  });

  it('shows @mention chips of a user message', async () => {
    const request = await fetch(new URL('../../../shared/fixtures/chatkit-python/130-mention-input-tag.request.json', import.meta.url)).then((r) => r.json());
    const wire = fixtureFetch({ 'threads.create': ['130-mention-input-tag'] });
    const el = await mountThread(wire.fetch);
    await el.sendUserMessage(request.params.input);
    await el.updateComplete;
    expect(wire.requests[0]!.body.params).to.deep.equal(request.params);
    expect($$(el, '[part=tag]').map(text)).to.deep.equal(['@Solar boom']);
  });

  it('shows notices by level', async () => {
    const { el } = await created('020-create-notice');
    const notices = $$(el, '[part=notice]');
    expect(notices.map((n) => n.dataset.level)).to.deep.equal(['info', 'warning', 'danger']);
    expect(text(notices[1])).to.equal('Heads up Responses may be slow right now.');
    expect(notices[0]!.getAttribute('role')).to.equal('status');
  });

  it('shows progress in a status region while the response runs, and nothing after', async () => {
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const events = await transcriptEvents('019-create-progress');
    const wire = scriptedFetch(() => sseResponse(events, { hold, holdAfter: 4 }));
    const el = await mountThread(wire.fetch);
    const done = el.sendUserMessage('progress please');
    await until(() => text($(el, '[part=progress]')).startsWith('Searching the archive…'), 'the progress text');
    expect(text($(el, '[part=stop]')), 'the server allows cancel').to.equal('Stop');
    expect($(el, '[part=progress]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part=progress] [data-ck-icon=search]')).to.exist;
    release();
    await done;
    await el.updateComplete;
    expect(text($(el, '[part=progress]'))).to.equal('');
    expect(spinners(el)).to.deep.equal([]);
  });

  it('shows a generated image with its progress, through the image URL policy', async () => {
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const events = await transcriptEvents('034-create-image');
    // The recorded image lives on another origin; serve a same-origin data: image so the policy allows it.
    const image = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const local = JSON.parse(JSON.stringify(events).replaceAll('https://example.com/gen/final.png', image));
    const wire = scriptedFetch(() => sseResponse(local, { hold, holdAfter: 5 }));
    const el = await mountThread(wire.fetch);
    const done = el.sendUserMessage('image please');
    await until(() => !!$(el, '[part=generated-image] progress'), 'the image progress');
    await el.updateComplete;
    expect(($(el, '[part=generated-image] progress') as HTMLProgressElement).value).to.equal(0.5);
    expect(text($(el, '[part=image-blocked]')), 'the cross-origin partial image is refused').to.include('not allowed');
    release();
    await done;
    await el.updateComplete;
    expect($<HTMLImageElement>(el, '[part=generated-image] img')!.getAttribute('src')).to.equal(image);
    expect(spinners(el)).to.deep.equal([]);
  });

  it('renders hostile text as text and refuses script links', async () => {
    const events = await transcriptEvents('005-create-annotate');
    const hostile = JSON.parse(
      JSON.stringify(events)
        .replaceAll('Solar grew 20% [1].', '<img src=x onerror=alert(1)>')
        .replaceAll('https://example.com/iea', 'javascript:alert(1)'),
    );
    const el = await mountThread(scriptedFetch(() => sseResponse(hostile, { perChunk: 100 })).fetch);
    await el.sendUserMessage('annotate this');
    await el.updateComplete;
    expect($$(el, 'article img')).to.have.length(0);
    expect(text($(el, 'article[aria-label="Assistant"]'))).to.include('<img src=x onerror=alert(1)>');
    expect($$(el, '[part=sources] a')).to.have.length(0);
    expect(text($(el, '[part=sources]'))).to.equal('IEA report');
  });

  it('keeps a workflow open while it streams and shows no spinner once it is done', async () => {
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const events = await transcriptEvents('027-create-workflow');
    const el = await mountThread(scriptedFetch(() => sseResponse(events, { hold, holdAfter: 5 })).fetch);
    const done = el.sendUserMessage('workflow demo');
    await until(() => $$(el, '[part=task]').length === 1, 'the first task');
    await el.updateComplete;
    expect($(el, '[part=workflow-toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(text($(el, '[part=workflow-toggle]'))).to.equal('Working…');
    release();
    await done;
    await el.updateComplete;
    expect(text($(el, '[part=workflow-toggle]'))).to.equal('Searched flights');
    expect(spinners(el)).to.deep.equal([]);
    expect(itemNode(el, 'msg_0068')).to.exist;
  });
});
