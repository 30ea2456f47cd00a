import { html, css, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Image as ImageNode } from '../schema/index.js';
import { safeImageUrl } from '../style/url-policy.js';
import { blockInto, type StyleRecord } from './box-style.js';
import { typeStep } from '../style/tokens.js';

const FITS = new Set(['cover', 'contain', 'fill', 'scale-down', 'none']);
const POSITIONS = new Set(['top left', 'top', 'top right', 'left', 'center', 'right', 'bottom left', 'bottom', 'bottom right']);

/** Images load only through the URL policy; a refused URL shows its alt text and requests nothing. */
export const Image: ComponentDescriptor<ImageNode> = {
  render(node) {
    const style: StyleRecord = {};
    blockInto(style, node);
    style['object-fit'] = node.fit && FITS.has(node.fit) ? node.fit : undefined;
    style['object-position'] = node.position && POSITIONS.has(node.position) ? node.position : undefined;
    const src = safeImageUrl(node.src);
    const classes = `image${node.frame ? ' frame' : ''}${node.flush ? ' flush' : ''}`;
    if (!src) {
      return html`<span class=${`${classes} blocked`} role="img" aria-label=${node.alt ?? 'Image not shown'} style=${styleMap(style)}
        title="This image's address is not allowed by the page's image policy">${node.alt ?? ''}</span>`;
    }
    return html`<img class=${classes} part="image" src=${src} alt=${node.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer"
      style=${styleMap(style)} width=${typeof node.width === 'number' ? node.width : nothing} />`;
  },
  styles: css`
    .image {
      display: block;
      max-width: 100%;
      object-fit: cover;
      border-radius: var(--ck-radius-lg);
      flex: none;
    }
    .image.frame {
      border: 1px solid var(--ck-color-border-subtle);
      padding: 4px;
      background: var(--ck-color-surface-secondary);
    }
    .image.flush {
      border-radius: 0;
      margin-inline: calc(-1 * var(--ck-card-padding, 0px));
      max-width: none;
      width: calc(100% + 2 * var(--ck-card-padding, 0px));
    }
    .image.blocked {
      display: flex;
      align-items: center;
      justify-content: center;
      min-width: 48px;
      min-height: 48px;
      padding: 8px;
      background: var(--ck-color-surface-tertiary);
      color: var(--ck-color-text-tertiary);
      font-size: ${typeStep.xs};
      text-align: center;
      overflow: hidden;
    }
  `,
};
