import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Caption as CaptionNode } from '../schema/index.js';
import { limitText, textStyle, textStyles } from './text-style.js';

const SIZES = new Set(['sm', 'md', 'lg']);

export const Caption: ComponentDescriptor<CaptionNode> = {
  render(node, ctx) {
    const { style, classes } = textStyle(node);
    const size = node.size && SIZES.has(node.size) ? node.size : 'md';
    const { text, cut } = limitText(node.value, ctx.limits.maxTextLength);
    return html`<p class=${`caption size-${size}${classes}`} style=${styleMap(style)}>${text}${cut ? html`<span class="text-cut" data-ck-error> …</span>` : nothing}</p>`;
  },
  styles: textStyles,
};
