import type { ComponentDescriptor } from '../catalog.js';
import type { Col as ColNode } from '../schema/index.js';
import { boxStyles, renderBox } from './Box.js';

export const Col: ComponentDescriptor<ColNode> = { render: (node, ctx) => renderBox(node, 'col', ctx), styles: boxStyles };
