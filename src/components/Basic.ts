import { html, css } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { BasicRoot } from '../schema/index.js';
import { boxStyle } from './box-style.js';

/** The frameless root used for previews (e.g. entity previews in the composer). */
export const Basic: ComponentDescriptor<BasicRoot> = {
  render(node, ctx) {
    const style = boxStyle(node);
    if (node.theme === 'light' || node.theme === 'dark') style['color-scheme'] = node.theme;
    return html`<div class=${`basic dir-${node.direction === 'row' ? 'row' : 'col'}`} part="widget basic" style=${styleMap(style)}>${ctx.children(node.children)}</div>`;
  },
  styles: css`
    .basic {
      display: flex;
      flex-direction: column;
      gap: calc(var(--ck-space-unit) * 2);
      min-width: 0;
    }
    .basic.dir-row {
      flex-direction: row;
    }
  `,
};
