import { html } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { Caption as CaptionNode } from '../schema/index.js';
import { limitText, textStyle, textStyles } from './text-style.js';
import { inlineStyle } from './box-style.js';
import { leaf } from './leaf.js';

const SIZES = new Set(['sm', 'md', 'lg']);

export const Caption: ComponentDescriptor<CaptionNode> = {
  render(node, ctx) {
    const { style, classes } = textStyle(node);
    const size = node.size && SIZES.has(node.size) ? node.size : 'md';
    const { text, cut } = limitText(node.value, ctx.limits.maxTextLength);
    if (!cut && typeof text === 'string') return leaf({ tag: 'p', className: `caption size-${size}${classes}`, style, text });
    return html`<p class=${`caption size-${size}${classes}`} style=${inlineStyle(style)}>${cut ? [text, html`<span class="text-cut" data-ck-error> …</span>`] : text}</p>`;
  },
  styles: textStyles,
};
