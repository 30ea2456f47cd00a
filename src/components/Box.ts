import { html, css } from 'lit';
import type { ComponentDescriptor, RenderContext } from '../catalog.js';
import type { Box as BoxNode, Row as RowNode, Col as ColNode } from '../schema/index.js';
import { boxStyle, inlineStyle } from './box-style.js';

/** The flex containers: Box (direction prop), Row and Col. */
export function renderBox(node: BoxNode | RowNode | ColNode, direction: 'row' | 'col', ctx: RenderContext) {
  return html`<div class=${`box ${direction}`} style=${inlineStyle(boxStyle(node))}>${ctx.children(node.children)}</div>`;
}

export const boxStyles = css`
  .box {
    display: flex;
    min-width: 0;
  }
  .box.row {
    flex-direction: row;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 2);
  }
  .box.col {
    flex-direction: column;
    gap: calc(var(--ck-space-unit) * 2);
  }
`;

export const Box: ComponentDescriptor<BoxNode> = {
  render: (node, ctx) => renderBox(node, node.direction === 'row' ? 'row' : 'col', ctx),
  styles: boxStyles,
};
