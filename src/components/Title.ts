import { html } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { Title as TitleNode } from '../schema/index.js';
import { limitText, textStyle, textStyles } from './text-style.js';
import { inlineStyle } from './box-style.js';
import { leaf } from './leaf.js';

const HEADING = Object.freeze({ role: 'heading', 'aria-level': '3' });

const SIZES = new Set(['sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl']);

export const Title: ComponentDescriptor<TitleNode> = {
  render(node, ctx) {
    const { style, classes } = textStyle(node);
    const size = node.size && SIZES.has(node.size) ? node.size : 'md';
    const { text, cut } = limitText(node.value, ctx.limits.maxTextLength);
    if (!cut && typeof text === 'string') return leaf({ tag: 'p', className: `title size-${size}${classes}`, attrs: HEADING, style, text });
    return html`<p class=${`title size-${size}${classes}`} role="heading" aria-level="3" style=${inlineStyle(style)}>${cut ? [text, html`<span class="text-cut" data-ck-error> …</span>`] : text}</p>`;
  },
  styles: textStyles,
};
