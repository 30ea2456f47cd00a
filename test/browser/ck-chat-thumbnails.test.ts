import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { CkChat } from '../../src/elements/ck-chat.js';
import type { Attachment } from '../../src/protocol/types.js';
import { $, $$, cleanup, mountChat, ScriptedServer, settled, text, until } from './ck-chat-harness.js';
import { axeViolations } from './axe.js';
import './dom-safe-failures.js';

afterEach(cleanup);

/**
 * The scripted server, with `attachments.create` held while `hold` is set (the chip stays
 * "uploading") and a `preview_url` of the server's choosing on every attachment it makes.
 */
class ThumbnailServer extends ScriptedServer {
  hold: Promise<void> | null = null;
  previewUrl: ((params: { name: string; mime_type: string }) => string | undefined) | null = null;

  constructor() {
    super();
    const handler = this.options.attachments!;
    const create = handler.create.bind(handler);
    handler.create = async (params, context) => {
      if (this.hold) await this.hold;
      const attachment = await create(params, context);
      const preview = this.previewUrl?.(params);
      return preview ? { ...attachment, preview_url: preview } : attachment;
    };
  }
}

/** A PNG whose left half is red and right half blue (or top red, bottom blue when taller than wide). */
async function twoColorPng(name: string, width: number, height: number): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ff0000';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#0000ff';
  if (width >= height) context.fillRect(width / 2, 0, width / 2, height);
  else context.fillRect(0, height / 2, width, height / 2);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}

async function pngDataUrl(): Promise<string> {
  const file = await twoColorPng('x.png', 8, 8);
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsDataURL(file);
  });
}

const chips = (el: CkChat) => $$<HTMLLIElement>(el, '[part=composer-attachment]');
const chipNamed = (el: CkChat, name: string) => chips(el).find((chip) => text(chip.querySelector('.attachment-name')) === name);

/** The RGBA of one device pixel of a thumbnail canvas, at a fraction of its width and height. */
function pixel(canvas: HTMLCanvasElement, fx: number, fy: number): number[] {
  const x = Math.min(canvas.width - 1, Math.floor(canvas.width * fx));
  const y = Math.min(canvas.height - 1, Math.floor(canvas.height * fy));
  return [...canvas.getContext('2d')!.getImageData(x, y, 1, 1).data];
}
const isRed = ([r, g, b, a]: number[]) => r! > 200 && g! < 60 && b! < 60 && a === 255;
const isBlue = ([r, g, b, a]: number[]) => r! < 60 && g! < 60 && b! > 200 && a === 255;

/** Records `ck-error` events on the chat and unhandled rejections in the page. */
function watchFailures(el: CkChat) {
  const errors: string[] = [];
  const rejections: unknown[] = [];
  el.addEventListener('ck-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  window.addEventListener('unhandledrejection', onRejection);
  return { errors, rejections, stop: () => window.removeEventListener('unhandledrejection', onRejection) };
}

const ATTACHMENTS = { composer: { attachments: { enabled: true } } };

describe('<ck-chat> composer thumbnails', () => {
  it('draws a picked image into a square canvas at once, while it uploads and after', async () => {
    const server = new ThumbnailServer();
    let release!: () => void;
    server.hold = new Promise((resolve) => (release = resolve));
    const { el, wire } = await mountChat(server, ATTACHMENTS);
    const wide = await twoColorPng('wide.png', 640, 480);
    const tall = await twoColorPng('tall.png', 480, 640);
    const adding = el.setComposerValue({ files: [wide, tall] });
    await until(() => chips(el).length === 2, 'the chips');
    const [wideChip, tallChip] = [chipNamed(el, 'wide.png')!, chipNamed(el, 'tall.png')!];
    expect(wideChip.dataset.status).to.equal('uploading');
    const canvas = wideChip.querySelector<HTMLCanvasElement>('canvas.attachment-thumb')!;
    expect(canvas, 'a canvas thumbnail').to.not.equal(null);
    expect(canvas.getAttribute('aria-hidden')).to.equal('true');
    expect(wideChip.querySelector('.attachment-veil .ck-spinner'), 'the upload spinner over it').to.not.equal(null);
    // Drawn while the upload is still held: a square at the canvas's CSS size times the pixel ratio,
    // cropped from the middle (the wide image's left edge red, right edge blue; the tall one's top and bottom).
    await until(() => isRed(pixel(canvas, 0.05, 0.5)), 'drawn pixels');
    expect(wideChip.dataset.status).to.equal('uploading');
    const side = Math.round(canvas.clientWidth * devicePixelRatio);
    expect(canvas.clientWidth).to.be.greaterThan(0);
    expect([canvas.width, canvas.height]).to.deep.equal([side, side]);
    expect(isBlue(pixel(canvas, 0.95, 0.5))).to.equal(true);
    const tallCanvas = tallChip.querySelector<HTMLCanvasElement>('canvas.attachment-thumb')!;
    await until(() => isRed(pixel(tallCanvas, 0.5, 0.05)), 'the tall thumbnail');
    expect(isBlue(pixel(tallCanvas, 0.5, 0.95))).to.equal(true);
    expect([tallCanvas.width, tallCanvas.height]).to.deep.equal([side, side]);
    // The chip keeps its accessible name (file name + status) and its remove button.
    expect(text(wideChip)).to.contain('wide.png');
    expect(text(wideChip.querySelector('.ck-sr-only'))).to.contain('wide.png');
    expect(wideChip.querySelector('button')!.getAttribute('aria-label')).to.equal('Remove wide.png');

    release();
    await adding;
    await until(() => chips(el).every((chip) => chip.dataset.status === 'ready'), 'the uploads');
    expect(wire.of('attachments.create')).to.have.length(2);
    // The same canvas, not redrawn or replaced, and no spinner once uploaded.
    expect(chipNamed(el, 'wide.png')!.querySelector('canvas')).to.equal(canvas);
    expect(isRed(pixel(canvas, 0.05, 0.5))).to.equal(true);
    expect(chipNamed(el, 'wide.png')!.querySelector('.ck-spinner')).to.equal(null);
  });

  it('a text file gets its file icon and no thumbnail', async () => {
    const server = new ThumbnailServer();
    const { el } = await mountChat(server, ATTACHMENTS);
    await el.setComposerValue({ files: [new File(['notes'], 'notes.txt', { type: 'text/plain' })] });
    await until(() => chipNamed(el, 'notes.txt')?.dataset.status === 'ready', 'the upload');
    const chip = chipNamed(el, 'notes.txt')!;
    expect(chip.querySelector('canvas, img')).to.equal(null);
    expect(chip.querySelector('svg'), 'the file icon').to.not.equal(null);
  });

  it('a file that does not decode falls back to the icon, quietly, and still uploads', async () => {
    const server = new ThumbnailServer();
    const { el } = await mountChat(server, ATTACHMENTS);
    const failures = watchFailures(el);
    try {
      await el.setComposerValue({ files: [new File(['this is not a PNG'], 'broken.png', { type: 'image/png' })] });
      await until(() => chipNamed(el, 'broken.png')?.querySelector('canvas') === null, 'the icon back');
      const chip = chipNamed(el, 'broken.png')!;
      expect(chip.querySelector('svg'), 'the image icon').to.not.equal(null);
      expect(chip.dataset.status).to.equal('ready');
      // Give a stray rejection a task or two to surface.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(failures.errors).to.deep.equal([]);
      expect(failures.rejections).to.deep.equal([]);
      expect($(el, '[part=composer-notice]')).to.equal(null);
    } finally {
      failures.stop();
    }
  });

  it('removing the chip removes its thumbnail', async () => {
    const server = new ThumbnailServer();
    const { el } = await mountChat(server, ATTACHMENTS);
    await el.setComposerValue({ files: [await twoColorPng('a.png', 64, 48), await twoColorPng('b.png', 64, 48)] });
    await until(() => $$(el, 'canvas.attachment-thumb').length === 2, 'two thumbnails');
    const kept = chipNamed(el, 'b.png')!.querySelector('canvas')!;
    await until(() => isRed(pixel(kept, 0.05, 0.5)), 'drawn');
    chipNamed(el, 'a.png')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(chips(el).map((chip) => text(chip.querySelector('.attachment-name')))).to.deep.equal(['b.png']);
    // One canvas left, and it is b's own (chips are keyed, so nothing is redrawn into another chip).
    expect($$(el, 'canvas.attachment-thumb')).to.deep.equal([kept]);
    chipNamed(el, 'b.png')!.querySelector('button')!.click();
    await el.updateComplete;
    expect($$(el, 'canvas')).to.have.length(0);
    expect($(el, '.composer-attachments')).to.equal(null);
  });

  it('a failed send puts the chips back with their thumbnails', async () => {
    const server = new ThumbnailServer();
    const { el, wire } = await mountChat(server, ATTACHMENTS);
    await el.setComposerValue({ files: [await twoColorPng('photo.png', 64, 48)] });
    await until(() => chipNamed(el, 'photo.png')?.dataset.status === 'ready', 'the upload');
    wire.fail('threads.create');
    await el.focusComposer();
    await sendKeys({ type: 'look' });
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.create').length === 1, 'the attempt');
    await settled(el);
    await until(() => chips(el).length === 1, 'the chip back');
    const canvas = chipNamed(el, 'photo.png')!.querySelector<HTMLCanvasElement>('canvas.attachment-thumb')!;
    await until(() => isRed(pixel(canvas, 0.05, 0.5)), 'the thumbnail drawn again');
  });

  it('restored attachments show their preview_url only where the URL policy allows it', async () => {
    const server = new ThumbnailServer();
    const { el } = await mountChat(server, ATTACHMENTS);
    const dataUrl = await pngDataUrl();
    const image = (id: string, name: string, preview_url?: string): Attachment => ({ id, name, mime_type: 'image/png', type: 'image', ...(preview_url ? { preview_url } : {}) });
    await el.setComposerValue({
      attachments: [
        image('atc_a', 'allowed.png', dataUrl),
        image('atc_b', 'elsewhere.png', 'https://images.elsewhere.example/b.png'),
        image('atc_c', 'blob.png', `blob:${location.origin}/0b3c5b7e-0000-4000-8000-000000000000`),
        image('atc_d', 'none.png'),
        { id: 'atc_e', name: 'doc.pdf', mime_type: 'application/pdf', type: 'file', preview_url: dataUrl },
      ],
    });
    await el.updateComplete;
    const img = chipNamed(el, 'allowed.png')!.querySelector('img.attachment-thumb')!;
    expect(img.getAttribute('src')).to.equal(dataUrl);
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('aria-hidden')).to.equal('true');
    for (const name of ['elsewhere.png', 'blob.png', 'none.png', 'doc.pdf']) {
      const chip = chipNamed(el, name)!;
      expect(chip.querySelector('img, canvas'), name).to.equal(null);
      expect(chip.querySelector('svg'), `${name} icon`).to.not.equal(null);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`a chip with a thumbnail has no axe violations (${theme})`, async () => {
      const server = new ThumbnailServer();
      let release!: () => void;
      server.hold = new Promise((resolve) => (release = resolve));
      const { el } = await mountChat(server, { ...ATTACHMENTS, theme });
      el.style.background = theme === 'dark' ? '#212121' : '#ffffff';
      const adding = el.setComposerValue({ files: [await twoColorPng('photo.png', 64, 48), new File(['notes'], 'notes.txt', { type: 'text/plain' })] });
      await until(() => $$(el, 'canvas.attachment-thumb').length === 1, 'the thumbnail');
      await until(() => isRed(pixel($<HTMLCanvasElement>(el, 'canvas.attachment-thumb')!, 0.05, 0.5)), 'drawn');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await axeViolations(el), 'uploading').to.deep.equal([]);
      release();
      await adding;
      await el.updateComplete;
      expect(await axeViolations(el), 'uploaded').to.deep.equal([]);
    });
  }
});

describe('<ck-chat> sent image attachments', () => {
  it('show the server preview (policy-checked, lazy, alt = file name) in the user message', async () => {
    const server = new ThumbnailServer();
    const dataUrl = await pngDataUrl();
    server.previewUrl = ({ name }) => (name === 'allowed.png' ? dataUrl : name === 'elsewhere.png' ? 'https://images.elsewhere.example/e.png' : undefined);
    const { el, wire } = await mountChat(server, ATTACHMENTS);
    await el.setComposerValue({
      files: [await twoColorPng('allowed.png', 64, 48), await twoColorPng('elsewhere.png', 64, 48), new File(['notes'], 'notes.txt', { type: 'text/plain' })],
    });
    await until(() => chips(el).every((chip) => chip.dataset.status === 'ready') && chips(el).length === 3, 'the uploads');
    await el.focusComposer();
    await sendKeys({ type: 'three files' });
    await sendKeys({ press: 'Enter' });
    await until(() => wire.of('threads.create').length === 1, 'the message');
    await settled(el);
    const sent = $$(el.thread!, '[part=attachment]');
    expect(sent.map((li) => text(li))).to.deep.equal(['allowed.png', 'elsewhere.png', 'notes.txt']);
    const img = sent[0]!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(dataUrl);
    expect(img.getAttribute('alt')).to.equal('allowed.png');
    expect(img.getAttribute('loading')).to.equal('lazy');
    // The visible caption repeats the alt text, so it is hidden from the accessibility tree.
    expect(sent[0]!.querySelector('span')!.getAttribute('aria-hidden')).to.equal('true');
    expect(sent[1]!.querySelector('img'), 'refused by the URL policy').to.equal(null);
    expect(sent[1]!.querySelector('svg')).to.not.equal(null);
    expect(sent[2]!.querySelector('img')).to.equal(null);
    expect(await axeViolations(el.thread!)).to.deep.equal([]);
  });
});
