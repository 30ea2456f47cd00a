import { expect } from '@esm-bundle/chai';
import { render } from 'lit';
import { renderIcon } from '../../src/icons/index.js';
import './dom-safe-failures.js';

function draw(name: unknown, options?: Parameters<typeof renderIcon>[1]): SVGSVGElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(renderIcon(name, options), host);
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('no <svg> rendered');
  return svg;
}

describe('Icons: ChatKit names', () => {
  it('draws the mapped lucide glyph synchronously, stroked in currentColor', () => {
    const svg = draw('agent');
    expect(svg.getAttribute('data-ck-icon')).to.equal('agent');
    expect(svg.hasAttribute('data-ck-icon-fallback')).to.equal(false);
    expect(svg.getAttribute('stroke')).to.equal('currentColor');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 24 24');
    // lucide's bot: a rect and five paths.
    expect(svg.querySelectorAll('rect').length).to.equal(1);
    expect(svg.querySelectorAll('path').length).to.equal(5);
  });

  it('fills the filled variants', () => {
    const star = draw('star-filled').querySelector('path');
    expect(star?.getAttribute('fill')).to.equal('currentColor');
    expect(draw('star').querySelector('path')?.hasAttribute('fill')).to.equal(false);
    const badge = draw('check-circle-filled');
    expect(badge.querySelector('circle')?.getAttribute('fill')).to.equal('currentColor');
    expect(badge.querySelector('path')?.classList.contains('ck-icon-knockout')).to.equal(true);
  });

  it('is decorative by default and an image with a label', () => {
    const decorative = draw('star');
    expect(decorative.getAttribute('aria-hidden')).to.equal('true');
    expect(decorative.hasAttribute('role')).to.equal(false);
    const labelled = draw('star', { label: 'Favourite' });
    expect(labelled.getAttribute('role')).to.equal('img');
    expect(labelled.getAttribute('aria-label')).to.equal('Favourite');
    expect(labelled.hasAttribute('aria-hidden')).to.equal(false);
  });

  it('is 1em square by default and takes a size and a color', () => {
    const host = document.createElement('div');
    host.style.fontSize = '20px';
    document.body.append(host);
    render(renderIcon('bolt'), host);
    const box = host.querySelector('svg')!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([20, 20]);
    const sized = draw('bolt', { size: '32px', color: 'danger' });
    expect(sized.style.getPropertyValue('--ck-icon-size')).to.equal('32px');
    expect(sized.style.color).to.equal('var(--ck-color-text-danger)');
  });

  it('ignores a hostile size or color', () => {
    const svg = draw('bolt', { size: '1px;position:fixed', color: 'red;outline:7px solid rgb(1,2,3)' });
    expect(svg.getAttribute('style') ?? '').to.not.match(/fixed|outline/);
  });
});

describe('Icons: lucide:<name>', () => {
  it('shows a same-size placeholder, then the glyph once the set has loaded', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(renderIcon('lucide:rocket'), host);
    const placeholder = host.querySelector('svg')!;
    expect(placeholder.hasAttribute('data-ck-icon-loading')).to.equal(true);
    expect(placeholder.childElementCount).to.equal(0);
    expect(placeholder.getAttribute('width')).to.equal('1em');
    for (let i = 0; i < 200 && host.querySelector('svg[data-ck-icon-loading]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const svg = host.querySelector('svg')!;
    expect(svg.getAttribute('data-ck-icon')).to.equal('lucide:rocket');
    expect(svg.querySelectorAll('path').length).to.be.greaterThan(0);
  });

  it('renders synchronously once the set is loaded, and a fallback for a well-formed unknown name', () => {
    expect(draw('lucide:chart-spline').querySelectorAll('path').length).to.be.greaterThan(0);
    expect(draw('lucide:constructor').hasAttribute('data-ck-icon-fallback')).to.equal(true);
    expect(draw('lucide:no-such-glyph').hasAttribute('data-ck-icon-fallback')).to.equal(true);
  });

});

describe('Icons: drawn by cloning one prototype per glyph', () => {
  it('gives each icon its own element, size, colour and name, and patches them in place', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const view = (size: string, label?: string) => renderIcon('star', { size, color: 'success', label });
    render(view('20px'), host);
    const first = host.querySelector('svg')!;
    const other = draw('star', { size: '32px' });
    expect(first).to.not.equal(other);
    expect(first.style.getPropertyValue('--ck-icon-size')).to.equal('20px');
    expect(other.style.getPropertyValue('--ck-icon-size')).to.equal('32px');
    expect(first.style.color).to.not.equal('');
    expect(other.style.color).to.equal('');
    render(view('24px', 'Favourite'), host);
    const patched = host.querySelector('svg')!;
    expect(patched, 'the same element, patched').to.equal(first);
    expect(patched.style.getPropertyValue('--ck-icon-size')).to.equal('24px');
    expect([patched.getAttribute('role'), patched.getAttribute('aria-label'), patched.hasAttribute('aria-hidden')]).to.deep.equal(['img', 'Favourite', false]);
    // Another glyph in the same place is a new element; the prototype was never touched.
    render(renderIcon('search', { size: '24px' }), host);
    expect(host.querySelector('svg')!.getAttribute('data-ck-icon')).to.equal('search');
    const fresh = draw('star');
    expect([fresh.style.getPropertyValue('--ck-icon-size'), fresh.getAttribute('aria-hidden'), fresh.hasAttribute('role')]).to.deep.equal(['', 'true', false]);
  });
});
