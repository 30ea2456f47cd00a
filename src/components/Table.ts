import { html, css } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { Table as TableNode } from '../schema/index.js';
import { typeStep } from '../style/tokens.js';

export const Table: ComponentDescriptor<TableNode> = {
  render(node, ctx) {
    return html`<div class="table-wrap" part="table"><table class="table"><tbody>${ctx.children(node.children)}</tbody></table></div>`;
  },
  styles: css`
    .table-wrap {
      max-width: 100%;
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font-size: ${typeStep.sm};
    }
    .table td,
    .table th {
      padding: 8px 10px;
      text-align: start;
      vertical-align: middle;
      border-bottom: 1px solid var(--ck-color-border-subtle);
    }
    .table tr:last-child > td {
      border-bottom: 0;
    }
    .table th {
      color: var(--ck-color-text-secondary);
      font-weight: 500;
      font-size: ${typeStep.xs};
      text-transform: none;
    }
    .table .cell {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .table td.col-xs, .table th.col-xs { width: 8%; }
    .table td.col-sm, .table th.col-sm { width: 14%; }
    .table td.col-md, .table th.col-md { width: 22%; }
    .table td.col-lg, .table th.col-lg { width: 32%; }
    .table td.col-xl, .table th.col-xl { width: 45%; }
  `,
};
