import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CkWidget } from '../../src/elements/ck-widget.js';

async function mount(widget: unknown): Promise<CkWidget> {
  const el = document.createElement('ck-widget');
  el.widget = widget as CkWidget['widget'];
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const shadowText = (el: CkWidget) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

afterEach(() => document.querySelectorAll('ck-widget').forEach((el) => el.remove()));

describe('<ck-widget> renders a card', () => {
  it('shows text, title, badge and a button', async () => {
    const el = await mount({
      type: 'Card',
      children: [
        { type: 'Title', value: 'Flight UA 123' },
        { type: 'Text', value: 'San Francisco to Tokyo' },
        { type: 'Badge', label: 'On time', color: 'success' },
        { type: 'Button', label: 'Check in', onClickAction: { type: 'checkin' } },
      ],
    });
    expect(shadowText(el)).to.include('Flight UA 123');
    expect(shadowText(el)).to.include('San Francisco to Tokyo');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Check in');
  });
});
