import { html, css, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { RadioGroup as RadioGroupNode } from '../schema/index.js';
import { fieldId } from './field-id.js';

/** Native radios in a labelled radiogroup: arrow keys move the choice, as users expect. */
export const RadioGroup: ComponentDescriptor<RadioGroupNode> = {
  render(node, ctx) {
    const action = node.onChangeAction;
    const options = node.options ?? [];
    return html`<div role="radiogroup" class=${`radios dir-${node.direction === 'row' ? 'row' : 'col'}`} part="radio-group"
      id=${fieldId(node.name)} aria-label=${node.ariaLabel ?? node.name} aria-required=${node.required ? 'true' : nothing}>
      ${repeat(
        options,
        (option) => option.value,
        (option, index) => html`<label class=${node.disabled || option.disabled ? 'radio disabled' : 'radio'}>
          <input type="radio" name=${node.name} value=${option.value} .defaultChecked=${option.value === node.defaultValue}
            ?disabled=${node.disabled === true || option.disabled === true} ?required=${node.required === true && index === 0}
            data-ck-action=${action ? '' : nothing}
            @change=${action ? (event: Event) => ctx.act({ action, source: event.currentTarget as Element }) : nothing} />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>`;
  },
  styles: css`
    .radios {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .radios.dir-row {
      flex-direction: row;
      flex-wrap: wrap;
      gap: 16px;
    }
  `,
};
