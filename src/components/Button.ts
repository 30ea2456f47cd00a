import { html, css, nothing } from 'lit';
import type { ComponentDescriptor } from '../catalog.js';
import type { Button as ButtonNode } from '../schema/index.js';
import { limitLabel } from './text-style.js';
import { renderIcon } from '../icons/index.js';
import { controlClasses, controlStyles } from './control-style.js';
import { leaf } from './leaf.js';
import { typeStep } from '../style/tokens.js';

const ACTION_BUTTON = Object.freeze({ type: 'button', part: 'button', 'data-ck-action': '' });

const COLORS = new Set(['primary', 'secondary', 'info', 'discovery', 'success', 'caution', 'warning', 'danger']);
const ICON_SIZES: Record<string, string> = { sm: '14px', md: '16px', lg: '18px', xl: '20px', '2xl': '24px' };

export const Button: ComponentDescriptor<ButtonNode> = {
  render(node, ctx) {
    const color = node.color && COLORS.has(node.color) ? node.color : node.style === 'secondary' ? 'secondary' : 'primary';
    const variant = node.variant ?? (node.style === 'secondary' ? 'outline' : 'solid');
    let classes = `button color-${color} ${controlClasses({ ...node, variant }, { size: 'md', variant: 'solid' })}`;
    if (node.uniform) classes += ' uniform';
    const iconSize = (node.iconSize && ICON_SIZES[node.iconSize]) ?? '16px';
    const action = node.onClickAction;
    const label = limitLabel(node.label ?? '');
    const type = node.submit ? 'submit' : 'button';
    const click = action && !node.submit ? (event: Event) => ctx.act({ action, source: event.currentTarget as Element }) : nothing;
    if (action && label && !node.submit && !node.disabled && !node.iconStart && !node.iconEnd) {
      // The common button (an action, a text label, no icon): built and patched as plain DOM.
      return leaf({ tag: 'button', className: classes, attrs: ACTION_BUTTON, text: label, textClass: 'label', onClick: click as (event: Event) => void });
    }
    return html`<button type=${type} class=${classes} part="button"
      ?disabled=${node.disabled === true}
      aria-label=${!label && (node.iconStart || node.iconEnd) ? String(node.iconStart ?? node.iconEnd) : nothing}
      data-ck-action=${action ? '' : nothing}
      @click=${click}>
      ${node.iconStart ? renderIcon(node.iconStart, { size: iconSize }) : nothing}
      ${label ? html`<span class="label">${label}</span>` : nothing}
      ${node.iconEnd ? renderIcon(node.iconEnd, { size: iconSize }) : nothing}
    </button>`;
  },
  styles: [
    controlStyles,
    css`
      .button {
        --h: 36px;
        --gutter: 16px;
        --btn: var(--ck-color-accent);
        --btn-contrast: var(--ck-color-accent-contrast);
        display: inline-flex;
        align-items: center;
        justify-content: center;
        gap: 6px;
        flex: none;
        height: var(--h);
        padding: 0 var(--gutter);
        font: inherit;
        font-size: ${typeStep.sm};
        font-weight: 500;
        line-height: 1;
        white-space: nowrap;
        border: 1px solid transparent;
        border-radius: var(--ck-radius-control);
        cursor: pointer;
        user-select: none;
        transition: background var(--ck-transition), opacity var(--ck-transition), border-color var(--ck-transition);
      }
      .button.variant-solid { background: var(--btn); color: var(--btn-contrast); }
      .button.variant-solid:hover:not(:disabled) { background: color-mix(in srgb, var(--btn) 85%, var(--ck-color-surface)); }
      .button.variant-soft { background: color-mix(in srgb, var(--btn) 12%, transparent); color: var(--btn-text, var(--btn)); }
      .button.variant-soft:hover:not(:disabled) { background: color-mix(in srgb, var(--btn) 18%, transparent); }
      .button.variant-outline { background: transparent; color: var(--btn-text, var(--btn)); border-color: color-mix(in srgb, var(--btn) 35%, transparent); }
      .button.variant-outline:hover:not(:disabled),
      .button.variant-ghost:hover:not(:disabled) { background: color-mix(in srgb, var(--btn) 8%, transparent); }
      .button.variant-ghost { background: transparent; color: var(--btn-text, var(--btn)); }
      .button.color-secondary { --btn: var(--ck-color-text); --btn-contrast: var(--ck-color-surface); }
      .button.color-secondary.variant-solid { background: var(--ck-color-surface-tertiary); color: var(--ck-color-text); }
      .button.color-secondary.variant-solid:hover:not(:disabled) { background: color-mix(in srgb, var(--ck-color-text) 12%, var(--ck-color-surface)); }
      .button.color-info { --btn: var(--ck-color-info); --btn-contrast: var(--ck-color-on-solid); --btn-text: var(--ck-color-text-info); }
      .button.color-discovery { --btn: var(--ck-color-discovery); --btn-contrast: var(--ck-color-on-solid); --btn-text: var(--ck-color-text-discovery); }
      .button.color-success { --btn: var(--ck-color-success); --btn-contrast: var(--ck-color-on-solid); --btn-text: var(--ck-color-text-success); }
      .button.color-caution { --btn: var(--ck-color-caution); --btn-contrast: #1a1a1a; --btn-text: var(--ck-color-text-caution); }
      .button.color-warning { --btn: var(--ck-color-warning); --btn-contrast: var(--ck-color-on-solid); --btn-text: var(--ck-color-text-warning); }
      .button.color-danger { --btn: var(--ck-color-danger); --btn-contrast: var(--ck-color-on-solid); --btn-text: var(--ck-color-text-danger); }
      .button.pill { border-radius: var(--ck-radius-full); }
      .button.uniform { width: var(--h); padding: 0; }
      .button.block { display: flex; width: 100%; }
      .button:disabled { opacity: 0.45; cursor: not-allowed; }
      .button[aria-busy='true'] { cursor: progress; }
      /* data-ck-busy, not aria-busy: a rule that restyles the children of any [aria-busy] element makes
         Blink restyle the whole subtree of every element whose aria-busy changes, such as a thread's log. */
      .button[data-ck-busy] > * { visibility: hidden; }
      .button[aria-busy='true']::after {
        content: '';
        position: absolute;
        width: 1em;
        height: 1em;
        border: 2px solid currentColor;
        border-right-color: transparent;
        border-radius: 50%;
        animation: ck-spin 0.8s linear infinite;
      }
      /* Positioned only while busy (for the spinner): a positioned element is a paint layer, and a
         list of a thousand buttons would be a thousand layers to update on every frame. */
      .button[data-ck-busy] { position: relative; }
      .button .label { overflow: hidden; text-overflow: ellipsis; }
    `,
  ],
};
