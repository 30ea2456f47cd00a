import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, announced, cleanup, editorOf, mountChat, ScriptedServer, settled, text, until } from './ck-chat-harness.js';
import './dom-safe-failures.js';

afterEach(cleanup);

describe('<ck-chat> composer', () => {
  it('sends on Enter, keeps Shift+Enter as a new line, and shows the streamed reply', async () => {
    const server = new ScriptedServer();
    const { el, wire } = await mountChat(server, { composer: { placeholder: 'Ask the news desk' } });
    const editor = editorOf(el);
    expect(editor.getAttribute('role')).to.equal('textbox');
    expect(editor.getAttribute('aria-multiline')).to.equal('true');
    expect(editor.getAttribute('aria-placeholder')).to.equal('Ask the news desk');
    expect($(el, '[part=send]')!.hasAttribute('disabled')).to.equal(true);
    await el.focusComposer();
    await sendKeys({ type: 'line one' });
    await sendKeys({ press: 'Shift+Enter' });
    await sendKeys({ type: 'line two' });
    await el.updateComplete;
    expect($(el, '[part=send]')!.hasAttribute('disabled')).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.create').length === 1, 'threads.create');
    expect(wire.of('threads.create')[0]!.params.input).to.deep.equal({
      content: [{ type: 'input_text', text: 'line one\nline two' }],
      attachments: [],
      inference_options: {},
    });
    expect(editor.textContent).to.equal('');
    await settled(el);
    const thread = el.thread!;
    await until(() => text($(thread, '[part=assistant-message]')) === 'You said: line one line two', 'the reply');
    expect(text($(thread, '[part=user-bubble]'))).to.equal('line one line two');
    expect(el.threadId).to.equal('thr_0001');
    // Focus stayed in the composer while the reply streamed.
    expect(el.shadowRoot!.activeElement).to.equal(editor);
  });

  it('a failed send keeps the text (and the mention) in the composer and says so', async () => {
    const server = new ScriptedServer();
    const { el, wire } = await mountChat(server);
    wire.fail('threads.create');
    await el.setComposerValue({
      content: [
        { type: 'input_text', text: 'Summarize ' },
        { type: 'input_tag', id: 'art_1', text: 'Budget vote', data: { section: 'politics' }, group: 'Articles', interactive: true },
      ],
    });
    await el.focusComposer();
    await sendKeys({ type: ' today' });
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.create').length === 1, 'the attempt');
    await settled(el);
    await until(() => editorOf(el).textContent === 'Summarize @Budget vote  today', 'the text back in the composer');
    expect($$(el, '.editor .chip').map((chip) => chip.textContent)).to.deep.equal(['@Budget vote']);
    expect(text($(el, '[part=composer-notice]'))).to.equal('Your message was not sent. It is still in the composer.');
    expect(announced(el)).to.equal('Your message was not sent. It is still in the composer.');
    expect(text($(el.thread!, '[part=failure]'))).to.contain('Could not reach the server');
    // Sent again as it was: the same content parts.
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.create').length === 2, 'the second attempt');
    expect(wire.of('threads.create')[1]!.params.input.content).to.deep.equal([
      { type: 'input_text', text: 'Summarize ' },
      { type: 'input_tag', id: 'art_1', text: 'Budget vote', data: { section: 'politics' }, group: 'Articles', interactive: true },
      { type: 'input_text', text: '  today' },
    ]);
    await settled(el);
    expect(editorOf(el).textContent).to.equal('');
  });

  it('becomes a stop button while the reply streams, and stop cancels it', async () => {
    const server = new ScriptedServer();
    let release!: () => void;
    server.gate = new Promise((resolve) => (release = resolve));
    const { el } = await mountChat(server);
    await el.focusComposer();
    await sendKeys({ type: 'hello' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part=stop]') !== null, 'the stop button');
    expect($(el, '[part=stop]')!.getAttribute('aria-label')).to.equal('Stop response');
    // Enter while responding sends nothing and says why.
    await sendKeys({ type: 'more' });
    await sendKeys({ press: 'Enter' });
    expect(editorOf(el).textContent).to.equal('more');
    expect(announced(el)).to.equal('Wait for the response to finish, or stop it.');
    $(el, '[part=stop]')!.click();
    await settled(el);
    release();
    await until(() => $(el, '[part=send]') !== null, 'the send button back');
    expect(el.thread!.state.streaming).to.equal(false);
  });

  it('no stop button when the server says the response cannot be cancelled', async () => {
    const server = new ScriptedServer();
    server.allowCancel = false;
    let release!: () => void;
    server.gate = new Promise((resolve) => (release = resolve));
    const { el } = await mountChat(server);
    const sent = el.sendUserMessage({ text: 'hello' });
    await until(() => el.thread!.state.streamOptions?.allow_cancel === false && el.thread!.state.streaming, 'the uncancellable stream');
    await el.updateComplete;
    expect($(el, '[part=stop]')).to.equal(null);
    expect($(el, '[part=send]')!.hasAttribute('disabled')).to.equal(true);
    release();
    await sent;
  });

  it('disableWhileResponding disables the input (focus stays) until the reply ends', async () => {
    const server = new ScriptedServer();
    let release!: () => void;
    server.gate = new Promise((resolve) => (release = resolve));
    const { el } = await mountChat(server, { composer: { disableWhileResponding: true } });
    await el.focusComposer();
    await sendKeys({ type: 'hi' });
    await sendKeys({ press: 'Enter' });
    await until(() => editorOf(el).getAttribute('aria-disabled') === 'true', 'the disabled input');
    expect(editorOf(el).getAttribute('contenteditable')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(editorOf(el));
    release();
    await settled(el);
    await until(() => editorOf(el).getAttribute('aria-disabled') === 'false', 'the input enabled again');
    expect(editorOf(el).getAttribute('contenteditable')).to.equal('plaintext-only');
  });

  it('attaches files with attachments.create, uploads them, and sends their ids', async () => {
    const server = new ScriptedServer({ uploadUrl: 'https://uploads.example.test' });
    const { el, wire } = await mountChat(server, {
      composer: { attachments: { enabled: true, maxSize: { 'image/*': 1000, '*': 10_000 }, maxCount: 2, accept: { 'image/*': ['.png'], 'text/plain': ['.txt'] } } },
    });
    expect($<HTMLInputElement>(el, 'input[type=file]')!.accept).to.equal('image/*,.png,text/plain,.txt');
    await el.setComposerValue({
      files: [
        new File(['x'.repeat(2000)], 'big.png', { type: 'image/png' }),
        new File(['notes'], 'notes.txt', { type: 'text/plain' }),
        new File(['<svg/>'], 'evil.html', { type: 'text/html' }),
      ],
    });
    await until(() => $$(el, '[part=composer-attachment][data-status=ready]').length === 1, 'the upload');
    expect(wire.of('attachments.create').map((r) => r.params)).to.deep.equal([{ name: 'notes.txt', size: 5, mime_type: 'text/plain' }]);
    expect(wire.uploads).to.have.length(1);
    expect(wire.uploads[0]!.url).to.equal('https://uploads.example.test/atc_0001');
    expect(wire.uploads[0]!.method).to.equal('PUT');
    expect(wire.uploads[0]!.headers.get('x-upload')).to.equal('atc_0001');
    expect(text($(el, '[part=composer-notice]'))).to.equal('evil.html is not a file type this chat accepts.');
    await el.focusComposer();
    await sendKeys({ type: 'see attached' });
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.create').length === 1, 'the message');
    expect(wire.of('threads.create')[0]!.params.input.attachments).to.deep.equal(['atc_0001']);
    await settled(el);
    expect(text($(el.thread!, '[part=attachment]'))).to.equal('notes.txt');
    expect($$(el, '[part=composer-attachment]')).to.have.length(0);
  });

  it('refuses a file over its size limit, by MIME pattern', async () => {
    const server = new ScriptedServer();
    const { el, wire } = await mountChat(server, { composer: { attachments: { enabled: true, maxSize: { 'image/*': 1000 } } } });
    await el.setComposerValue({ files: [new File(['x'.repeat(2000)], 'photo.png', { type: 'image/png' })] });
    await el.updateComplete;
    expect(text($(el, '[part=composer-notice]'))).to.equal('photo.png is larger than 1,000 B.');
    expect(wire.of('attachments.create')).to.have.length(0);
  });
});
