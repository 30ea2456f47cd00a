import { html, nothing } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { DatePicker as DatePickerNode } from '../schema/index.js';
import { attr, controlClasses, controlStyles } from './control-style.js';
import { fieldId } from './field-id.js';

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;

/** ISO datetimes (`2026-01-02T00:00:00Z`) reduced to the `yyyy-mm-dd` a date input takes. */
export function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' ? ISO_DATE.exec(value)?.[1] : undefined;
}

export const DatePicker: ComponentDescriptor<DatePickerNode> = {
  render(node, ctx) {
    const action = node.onChangeAction;
    return html`<input type="date" class=${`control ${controlClasses(node, { size: 'md', variant: 'outline' })}${node.block === false ? ' control-inline' : ''}`}
      part="date-picker" id=${fieldId(node.name)} name=${node.name} .defaultValue=${isoDate(node.defaultValue) ?? ''}
      min=${attr(isoDate(node.min))} max=${attr(isoDate(node.max))} ?disabled=${node.disabled === true}
      aria-label=${node.placeholder ?? node.name} data-ck-action=${action ? '' : nothing}
      @change=${action ? (event: Event) => ctx.act({ action, source: event.currentTarget as Element }) : nothing} />`;
  },
  styles: controlStyles,
};
