import { css } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { Badge as BadgeNode } from '../schema/index.js';
import { limitLabel } from './text-style.js';
import { leaf } from './leaf.js';
import { typeStep } from '../style/tokens.js';

const BADGE = Object.freeze({ part: 'badge' });

const COLORS = new Set(['secondary', 'success', 'danger', 'warning', 'info', 'discovery']);
const VARIANTS = new Set(['solid', 'soft', 'outline']);
const SIZES = new Set(['sm', 'md', 'lg']);

export const Badge: ComponentDescriptor<BadgeNode> = {
  render(node) {
    const color = node.color && COLORS.has(node.color) ? node.color : 'secondary';
    const variant = node.variant && VARIANTS.has(node.variant) ? node.variant : 'soft';
    const size = node.size && SIZES.has(node.size) ? node.size : 'sm';
    return leaf({ tag: 'span', className: `badge color-${color} variant-${variant} size-${size}${node.pill ? ' pill' : ''}`, attrs: BADGE, text: limitLabel(node.label) });
  },
  styles: css`
    .badge {
      --badge: var(--ck-color-text-secondary);
      --badge-text: var(--ck-color-text-secondary);
      display: inline-flex;
      align-items: center;
      flex: none;
      max-width: 100%;
      padding: 0 8px;
      height: 22px;
      border: 1px solid transparent;
      border-radius: var(--ck-radius-sm);
      font-size: ${typeStep.xs};
      font-weight: 500;
      line-height: 1;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .badge.size-md { height: 24px; font-size: ${typeStep.sm}; }
    .badge.size-lg { height: 28px; padding: 0 10px; font-size: ${typeStep.sm}; }
    .badge.pill { border-radius: var(--ck-radius-full); }
    .badge.color-success { --badge: var(--ck-color-success); --badge-text: var(--ck-color-text-success); }
    .badge.color-danger { --badge: var(--ck-color-danger); --badge-text: var(--ck-color-text-danger); }
    .badge.color-warning { --badge: var(--ck-color-warning); --badge-text: var(--ck-color-text-warning); }
    .badge.color-info { --badge: var(--ck-color-info); --badge-text: var(--ck-color-text-info); }
    .badge.color-discovery { --badge: var(--ck-color-discovery); --badge-text: var(--ck-color-text-discovery); }
    .badge.variant-soft { background: color-mix(in srgb, var(--badge) 14%, transparent); color: var(--badge-text); }
    .badge.variant-solid { background: var(--badge); color: var(--ck-color-on-solid); }
    .badge.color-secondary.variant-solid { background: var(--ck-color-text-secondary); color: var(--ck-color-surface); }
    .badge.variant-outline { border-color: color-mix(in srgb, var(--badge) 45%, transparent); color: var(--badge-text); }
  `,
};
