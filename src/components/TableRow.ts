import { html } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { TableRow as TableRowNode } from '../schema/index.js';

/** Cells of a `header` row render as <th> (see Table.Cell). */
export const TableRow: ComponentDescriptor<TableRowNode> = {
  render(node, ctx) {
    return html`<tr class=${node.header ? 'header' : ''}>${ctx.children(node.children, 'children', { tableHeader: node.header === true })}</tr>`;
  },
};
