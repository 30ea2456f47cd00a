import { html, css } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Label as LabelNode } from '../schema/index.js';
import { limitText, textStyle } from './text-style.js';
import { fieldId } from './field-id.js';

const SIZES = new Set(['xs', 'sm', 'md', 'lg', 'xl']);

/** A <label> tied to the control whose `name` is `fieldName`. */
export const Label: ComponentDescriptor<LabelNode> = {
  render(node, ctx) {
    const { style, classes } = textStyle({ ...node, weight: node.weight ?? 'medium' });
    const size = node.size && SIZES.has(node.size) ? node.size : 'sm';
    return html`<label class=${`label text size-${size}${classes}`} for=${fieldId(node.fieldName)} style=${styleMap(style)}>${limitText(node.value, ctx.limits.maxTextLength).text}</label>`;
  },
  styles: css`
    .label {
      display: block;
      margin: 0;
      cursor: default;
    }
  `,
};
