import { html, css } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Icon as IconNode } from '../schema/index.js';
import { iconStyles, renderIcon } from '../icons/index.js';
import { cssColor } from '../style/css-values.js';

const SIZES: Record<string, string> = { xs: '12px', sm: '14px', md: '16px', lg: '20px', xl: '24px', '2xl': '32px', '3xl': '40px' };

export const Icon: ComponentDescriptor<IconNode> = {
  render(node) {
    const size = (node.size && Object.hasOwn(SIZES, node.size) ? SIZES[node.size] : undefined) ?? '16px';
    return html`<span class="icon" style=${styleMap({ color: cssColor(node.color, 'text'), 'font-size': size })}>${renderIcon(node.name, { size: '1em' })}</span>`;
  },
  styles: [
    iconStyles,
    css`
    .icon {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      line-height: 1;
    }
  `,
  ],
};
