import { html, css, nothing } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { Checkbox as CheckboxNode } from '../schema/index.js';
import { fieldId } from './field-id.js';
import { typeStep } from '../style/tokens.js';

export const Checkbox: ComponentDescriptor<CheckboxNode> = {
  render(node, ctx) {
    const action = node.onChangeAction;
    return html`<label class=${node.disabled ? 'check disabled' : 'check'} part="checkbox">
      <input type="checkbox" id=${fieldId(node.name)} name=${node.name} .defaultChecked=${node.defaultChecked === true}
        ?disabled=${node.disabled === true} ?required=${node.required === true} data-ck-action=${action ? '' : nothing}
        aria-label=${node.label ? nothing : node.name}
        @change=${action ? (event: Event) => ctx.act({ action, source: event.currentTarget as Element }) : nothing} />
      ${node.label ? html`<span>${node.label}</span>` : nothing}
    </label>`;
  },
  styles: css`
    .check,
    .radio {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      font-size: ${typeStep.sm};
      cursor: pointer;
      min-width: 0;
    }
    .check.disabled,
    .radio.disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    .check input,
    .radio input {
      width: 16px;
      height: 16px;
      margin: 0;
      flex: none;
      accent-color: var(--ck-color-accent);
      cursor: inherit;
    }
  `,
};
