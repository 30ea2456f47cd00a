import { html, nothing } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { Input as InputNode } from '../schema/index.js';
import { attr, controlClasses, controlStyles, focusOnce } from './control-style.js';
import { fieldId } from './field-id.js';

const TYPES = new Set(['number', 'email', 'text', 'password', 'tel', 'url']);

/** A native <input>; typed text survives re-renders because only `defaultValue` is bound. */
export const Input: ComponentDescriptor<InputNode> = {
  render(node, ctx) {
    const type = node.inputType && TYPES.has(node.inputType) ? node.inputType : 'text';
    return html`<input class=${`control ${controlClasses(node, { size: 'md', variant: 'outline' })}`} part="input"
      id=${fieldId(node.name)} name=${node.name} type=${type} .defaultValue=${node.defaultValue ?? ''}
      placeholder=${attr(node.placeholder)} pattern=${attr(node.pattern)} ?required=${node.required === true}
      ?disabled=${node.disabled === true} aria-label=${attr(node.placeholder ?? node.name)}
      autocomplete=${node.allowAutofillExtensions ? nothing : 'off'} data-1p-ignore=${node.allowAutofillExtensions ? nothing : ''}
      @focus=${node.autoSelect ? (event: Event) => (event.currentTarget as HTMLInputElement).select() : nothing}
      ${node.autoFocus && ctx.mayTakeFocus() ? focusOnce() : nothing} />`;
  },
  styles: controlStyles,
};
