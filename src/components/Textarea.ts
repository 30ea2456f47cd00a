import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Textarea as TextareaNode } from '../schema/index.js';
import { attr, controlClasses, controlStyles, focusOnce } from './control-style.js';
import { fieldId } from './field-id.js';

const clampRows = (rows: unknown, fallback: number) => (typeof rows === 'number' && Number.isInteger(rows) && rows > 0 ? Math.min(rows, 50) : fallback);

export const Textarea: ComponentDescriptor<TextareaNode> = {
  render(node, ctx) {
    const rows = clampRows(node.rows, 3);
    const style = node.autoResize ? { 'max-height': `calc(${clampRows(node.maxRows, 12)} * 1.5em + 18px)`, 'min-height': `calc(${rows} * 1.5em + 18px)` } : {};
    return html`<textarea class=${`control ${controlClasses(node, { size: 'md', variant: 'outline' })}${node.autoResize ? ' auto-resize' : ''}`}
      part="textarea" id=${fieldId(node.name)} name=${node.name} rows=${rows} .defaultValue=${node.defaultValue ?? ''}
      placeholder=${attr(node.placeholder)} ?required=${node.required === true} ?disabled=${node.disabled === true}
      aria-label=${attr(node.placeholder ?? node.name)} style=${styleMap(style)}
      @focus=${node.autoSelect ? (event: Event) => (event.currentTarget as HTMLTextAreaElement).select() : nothing}
      ${node.autoFocus && ctx.mayTakeFocus() ? focusOnce() : nothing}></textarea>`;
  },
  styles: controlStyles,
};
