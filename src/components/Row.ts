import type { ComponentDescriptor } from '../catalog.js';
import type { Row as RowNode } from '../schema/index.js';
import { boxStyles, renderBox } from './Box.js';

export const Row: ComponentDescriptor<RowNode> = { render: (node, ctx) => renderBox(node, 'row', ctx), styles: boxStyles };
