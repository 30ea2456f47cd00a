import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Select as SelectNode } from '../schema/index.js';
import { controlClasses, controlStyles } from './control-style.js';
import { fieldId } from './field-id.js';

/** A native <select>: keyboard, screen readers and mobile pickers work as users expect. */
export const Select: ComponentDescriptor<SelectNode> = {
  render(node, ctx) {
    const action = node.onChangeAction;
    const placeholder = node.placeholder ?? (node.clearable || node.defaultValue === undefined ? 'Select…' : undefined);
    const selected = node.defaultValue ?? '';
    return html`<select class=${`control ${controlClasses(node, { size: 'md', variant: 'outline' })}${node.block === false ? ' control-inline' : ''}`}
      part="select" id=${fieldId(node.name)} name=${node.name} ?disabled=${node.disabled === true}
      aria-label=${node.placeholder ?? node.name} data-ck-action=${action ? '' : nothing}
      @change=${action ? (event: Event) => ctx.act({ action, source: event.currentTarget as Element }) : nothing}>
      ${placeholder !== undefined ? html`<option value="" ?disabled=${!node.clearable} ?selected=${selected === ''}>${placeholder}</option>` : nothing}
      ${repeat(node.options, (option) => option.value, (option) => html`<option value=${option.value} ?selected=${option.value === selected}>${option.label}</option>`)}
    </select>`;
  },
  styles: controlStyles,
};
