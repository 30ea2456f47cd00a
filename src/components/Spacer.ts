import { html, css } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Spacer as SpacerNode } from '../schema/index.js';
import { cssSize } from '../style/css-values.js';

export const Spacer: ComponentDescriptor<SpacerNode> = {
  render(node) {
    const min = cssSize(node.minSize);
    return html`<div class="spacer" aria-hidden="true" style=${styleMap({ 'min-width': min, 'min-height': min })}></div>`;
  },
  styles: css`
    .spacer {
      flex: 1 1 auto;
    }
  `,
};
