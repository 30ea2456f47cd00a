import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { TableCell as TableCellNode } from '../schema/index.js';
import { cssSize } from '../style/css-values.js';
import { spacingInto, type StyleRecord } from './box-style.js';

const ALIGN: Record<string, string> = { start: 'start', center: 'center', end: 'end' };
const VALIGN: Record<string, string> = { start: 'top', center: 'middle', end: 'bottom' };
const COL_SIZES = new Set(['xs', 'sm', 'md', 'lg', 'xl']);
const span = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 1000 ? value : nothing);

export const TableCell: ComponentDescriptor<TableCellNode> = {
  render(node, ctx) {
    const style: StyleRecord = {
      width: cssSize(node.width),
      'text-align': node.align && Object.hasOwn(ALIGN, node.align) ? ALIGN[node.align] : undefined,
      'vertical-align': node.vAlign && Object.hasOwn(VALIGN, node.vAlign) ? VALIGN[node.vAlign] : undefined,
    };
    spacingInto(style, 'padding', node.padding);
    const classes = node.colSize && COL_SIZES.has(node.colSize) ? `col-${node.colSize}` : '';
    const content = html`<div class="cell" style=${styleMap({ 'align-items': style['text-align'] === 'end' ? 'flex-end' : style['text-align'] === 'center' ? 'center' : undefined })}>${ctx.children(node.children)}</div>`;
    return ctx.env.tableHeader
      ? html`<th scope="col" class=${classes} colspan=${span(node.colSpan)} rowspan=${span(node.rowSpan)} style=${styleMap(style)}>${content}</th>`
      : html`<td class=${classes} colspan=${span(node.colSpan)} rowspan=${span(node.rowSpan)} style=${styleMap(style)}>${content}</td>`;
  },
};
