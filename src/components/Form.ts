import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Form as FormNode } from '../schema/index.js';
import { boxStyle } from './box-style.js';
import { boxStyles } from './Box.js';

/**
 * A real <form>: Enter in a field or a `submit` Button submits it, required fields are checked by the
 * browser first, and the values of its named controls are merged into `onSubmitAction`'s payload.
 * It never submits natively (no navigation).
 */
export const Form: ComponentDescriptor<FormNode> = {
  render(node, ctx) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      if (!node.onSubmitAction || !form.reportValidity()) return;
      ctx.act({ action: node.onSubmitAction, source: (event.submitter as HTMLElement | null) ?? form });
    };
    const direction = node.direction === 'row' ? 'row' : 'col';
    return html`<form class=${`box ${direction}`} part="form" novalidate style=${styleMap(boxStyle(node))} @submit=${submit}>
      ${ctx.children(node.children)}
    </form>`;
  },
  styles: boxStyles,
};
