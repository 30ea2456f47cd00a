// First, before the library: a token name registered the way a host page can.
import { pageRegistrationError } from './theming-page-registration.js';
import { expect } from '@esm-bundle/chai';
import './dom-safe-failures.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';
import * as harness from './ck-chat-harness.js';
import * as tokens from '../../src/style/tokens.js';

/* Tokens set by page CSS on any ancestor reach every element, inner shadow roots included. */

const sheets: HTMLStyleElement[] = [];
/** Page CSS, as a host page writes it. */
function pageCss(text: string): void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  sheets.push(style);
}

afterEach(() => {
  sheets.splice(0).forEach((style) => style.remove());
  document.querySelectorAll('ck-widget').forEach((el) => el.remove());
  harness.cleanup();
});

const CARD = {
  type: 'Card',
  children: [
    { type: 'Text', value: 'Hello' },
    { type: 'Button', label: 'Go', onClickAction: { type: 'go', handler: 'client' } },
  ],
};

async function mountWidget(widget: object = CARD, setup?: (el: CkWidget) => void): Promise<CkWidget> {
  const el = document.createElement('ck-widget') as CkWidget;
  el.widget = widget as CkWidget['widget'];
  setup?.(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (node: Element) => getComputedStyle(node);

/** A chat whose reply is CARD, mounted with `options`; returns the chat, its thread and the reply's widget. */
async function chatWithWidget(options: Parameters<typeof harness.mountChat>[1] = {}) {
  const server = new harness.ScriptedServer();
  server.script = async function* (thread, _input, self) {
    yield self.widgetReply(thread, CARD, 'Hello');
  };
  const { el } = await harness.mountChat(server, options);
  await el.sendUserMessage({ text: 'hi' });
  await harness.settled(el);
  const thread = el.thread!;
  await harness.until(() => thread.shadowRoot!.querySelector('ck-widget') !== null, 'the widget reply');
  const widget = thread.shadowRoot!.querySelector('ck-widget') as CkWidget;
  await widget.updateComplete;
  return { el, thread, widget };
}

describe('tokens on :root', () => {
  it("reach a widget's components", async () => {
    pageCss(':root { --ck-color-accent: rgb(255, 0, 128); --ck-font-family: Georgia, serif; }');
    const el = await mountWidget();
    expect(style(inside(el, '.button')).backgroundColor).to.equal('rgb(255, 0, 128)');
    expect(style(inside(el, '.card')).fontFamily).to.equal('Georgia, serif');
  });

  it('a base size on :root rescales the type steps', async () => {
    pageCss(':root { --ck-font-size-base: 20px; }');
    const el = await mountWidget();
    // Buttons use --ck-font-size-sm: 0.875 × base.
    expect(style(inside(el, '.button')).fontSize).to.equal('17.5px');
  });

  it('a type step on :root reaches a widget, the others still follow the base', async () => {
    pageCss(':root { --ck-font-size-sm: 13px; --ck-font-size-base: 20px; }');
    const el = await mountWidget();
    expect(style(inside(el, '.button')).fontSize).to.equal('13px');
    expect(style(inside(el, '.card')).fontSize).to.equal('20px');
  });

  it('a widget without page tokens keeps the defaults', async () => {
    const el = await mountWidget();
    expect(style(inside(el, '.button')).backgroundColor).to.equal('rgb(13, 13, 13)');
    expect(style(inside(el, '.button')).fontSize).to.equal('14px');
    expect(style(inside(el, '.card')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('tokens on <ck-chat>', () => {
  it('reach the inner thread and a widget inside it', async () => {
    pageCss('ck-chat { --ck-color-accent: rgb(0, 128, 255); --ck-font-family: Georgia, serif; --ck-font-size-sm: 12px; }');
    const { thread, widget } = await chatWithWidget();
    expect(style(thread).fontFamily).to.equal('Georgia, serif');
    expect(style(widget).fontFamily).to.equal('Georgia, serif');
    expect(style(inside(widget, '.button')).backgroundColor).to.equal('rgb(0, 128, 255)');
    expect(style(inside(widget, '.button')).fontSize, 'a type step set on ck-chat').to.equal('12px');
  });
});

describe('which token wins', () => {
  it('a token on ck-widget wins over :root', async () => {
    pageCss(':root { --ck-color-accent: rgb(255, 0, 128); } ck-widget.mine { --ck-color-accent: rgb(0, 160, 0); --ck-font-size-sm: 13px; }');
    const mine = await mountWidget(CARD, (el) => el.classList.add('mine'));
    const other = await mountWidget();
    expect(style(inside(mine, '.button')).backgroundColor).to.equal('rgb(0, 160, 0)');
    expect(style(inside(other, '.button')).backgroundColor).to.equal('rgb(255, 0, 128)');
    // A type step set on the element itself wins over the step its host computes from the base.
    expect(style(inside(mine, '.button')).fontSize).to.equal('13px');
    expect(style(inside(other, '.button')).fontSize).to.equal('14px');
  });

  it('themeOptions (inline on the element) win over page CSS', async () => {
    pageCss(':root { --ck-color-accent: rgb(255, 0, 128); --ck-radius-card: 3px; }');
    const el = await mountWidget(CARD, (el) => {
      el.themeOptions = { radius: 'sharp', color: { accent: { primary: '#123456' } } };
    });
    expect(style(inside(el, '.button')).backgroundColor).to.equal('rgb(18, 52, 86)');
    expect(style(inside(el, '.card')).borderTopLeftRadius).to.equal('4px');
  });
});

describe('dark theme', () => {
  it('theme "dark" on <ck-chat> makes its thread and widgets dark', async () => {
    const { thread, widget } = await chatWithWidget({ theme: 'dark' });
    expect(style(thread).colorScheme).to.equal('dark');
    expect(style(inside(widget, '.card')).backgroundColor).to.equal('rgb(33, 33, 33)');
    expect(style(inside(widget, '.button')).backgroundColor).to.equal('rgb(243, 243, 243)');
  });

  it('a light-dark() token set on :root resolves where it is used', async () => {
    pageCss(':root { --ck-color-accent: light-dark(rgb(1, 2, 3), rgb(4, 5, 6)); }');
    const light = await mountWidget();
    const dark = await mountWidget(CARD, (el) => el.setAttribute('theme', 'dark'));
    expect(style(inside(light, '.button')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(style(inside(dark, '.button')).backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  it('a Card with theme "dark" inside a light widget is dark', async () => {
    const el = await mountWidget({ ...CARD, theme: 'dark' });
    expect(el.getAttribute('theme')).to.equal(null);
    expect(style(inside(el, '.card')).backgroundColor).to.equal('rgb(33, 33, 33)');
    expect(style(inside(el, '.button')).backgroundColor).to.equal('rgb(243, 243, 243)');
  });
});

describe('token registration', () => {
  it('registers every token, once per document', () => {
    for (const name of Object.keys(tokens.TOKEN_DEFAULTS)) {
      expect(() => CSS.registerProperty({ name, syntax: '*', inherits: true }), name).to.throw(DOMException);
    }
  });

  it('registering again does not throw', () => {
    expect(() => tokens.registerTokens()).not.to.throw();
    expect(tokens.registerTokens()).to.equal(true);
  });

  it('a second copy of the library loads', async () => {
    // Another module instance of tokens.ts, as when the IIFE is on the page twice.
    const url = new URL('../../src/style/tokens.ts?second-copy', import.meta.url).href;
    const copy = (await import(/* @vite-ignore */ url)) as typeof tokens;
    expect(copy.registerTokens).not.to.equal(tokens.registerTokens);
    expect(copy.registerTokens()).to.equal(true);
    const el = await mountWidget();
    expect(style(inside(el, '.button')).backgroundColor).to.equal('rgb(13, 13, 13)');
  });

  it('a name the page registered first is kept', async () => {
    expect(pageRegistrationError).to.equal(undefined);
    const el = await mountWidget();
    expect(style(el).getPropertyValue('--ck-radius-4xl')).to.equal('30px');
    expect(style(inside(el, '.card')).fontFamily).to.contain('ui-sans-serif');
  });
});
