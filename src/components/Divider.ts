import { html, css } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Divider as DividerNode } from '../schema/index.js';
import { cssColor, cssSize, cssSpacing } from '../style/css-values.js';

export const Divider: ComponentDescriptor<DividerNode> = {
  render(node) {
    const spacing = cssSpacing(node.spacing);
    const style = {
      'border-top-color': cssColor(node.color, 'border'),
      'border-top-width': cssSize(node.size),
      'margin-block': spacing,
    };
    return html`<hr class=${node.flush ? 'divider flush' : 'divider'} style=${styleMap(style)} />`;
  },
  styles: css`
    .divider {
      flex: none;
      align-self: stretch;
      margin: 0;
      border: 0;
      border-top: 1px solid var(--ck-color-border-subtle);
    }
    .divider.flush {
      margin-inline: calc(-1 * var(--ck-card-padding, 0px));
    }
  `,
};
