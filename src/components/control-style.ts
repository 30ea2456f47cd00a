import { css, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { typeStep } from '../style/tokens.js';

const focused = new WeakSet<Element>();

/** Focuses a control once, when it first appears (ChatKit's `autoFocus`); never again on re-render. */
export function focusOnce() {
  return ref((element) => {
    if (!(element instanceof HTMLElement) || focused.has(element)) return;
    focused.add(element);
    queueMicrotask(() => element.isConnected && element.focus({ preventScroll: true }));
  });
}

const CONTROL_SIZES = new Set(['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']);
const VARIANTS = new Set(['solid', 'soft', 'outline', 'ghost']);
const GUTTERS = new Set(['2xs', 'xs', 'sm', 'md', 'lg', 'xl']);

/** Class names for a control's size, variant, gutter and shape; unknown values fall back to defaults. */
export function controlClasses(node: { size?: unknown; variant?: unknown; pill?: unknown; block?: unknown; gutterSize?: unknown }, defaults: { size: string; variant: string }): string {
  const size = typeof node.size === 'string' && CONTROL_SIZES.has(node.size) ? node.size : defaults.size;
  const variant = typeof node.variant === 'string' && VARIANTS.has(node.variant) ? node.variant : defaults.variant;
  let classes = `size-${size} variant-${variant}`;
  if (typeof node.gutterSize === 'string' && GUTTERS.has(node.gutterSize)) classes += ` gutter-${node.gutterSize}`;
  if (node.pill === true) classes += ' pill';
  if (node.block === true) classes += ' block';
  return classes;
}

/** An attribute value or `nothing` when absent, so Lit leaves the attribute off. */
export const attr = (value: string | undefined | null) => (value === undefined || value === null ? nothing : value);

export const controlStyles = css`
  .control {
    --h: 36px;
    --gutter: 12px;
    box-sizing: border-box;
    height: var(--h);
    min-width: 0;
    width: 100%;
    padding: 0 var(--gutter);
    font: inherit;
    font-size: ${typeStep.sm};
    color: var(--ck-color-text);
    background: transparent;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-md);
    transition: border-color var(--ck-transition), box-shadow var(--ck-transition);
  }
  .control::placeholder {
    color: var(--ck-color-placeholder);
  }
  .control:hover:not(:disabled) {
    border-color: var(--ck-color-border-strong);
  }
  .control:focus-visible {
    outline: none;
    border-color: var(--ck-color-focus-ring);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--ck-color-focus-ring) 25%, transparent);
  }
  .control:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .control.variant-soft,
  .control.variant-solid {
    background: var(--ck-color-surface-tertiary);
    border-color: transparent;
  }
  .control.variant-ghost {
    border-color: transparent;
  }
  textarea.control {
    height: auto;
    padding-block: 8px;
    line-height: 1.5;
    resize: vertical;
  }
  textarea.control.auto-resize {
    field-sizing: content;
    resize: none;
  }
  .control.pill {
    border-radius: var(--ck-radius-full);
  }
  .size-3xs { --h: 22px; --gutter: 6px; }
  .size-2xs { --h: 24px; --gutter: 8px; }
  .size-xs { --h: 28px; --gutter: 8px; }
  .size-sm { --h: 32px; --gutter: 10px; }
  .size-md { --h: 36px; --gutter: 12px; }
  .size-lg { --h: 40px; --gutter: 14px; }
  .size-xl { --h: 44px; --gutter: 16px; }
  .size-2xl { --h: 48px; --gutter: 18px; }
  .size-3xl { --h: 56px; --gutter: 20px; }
  .gutter-2xs { --gutter: 4px; }
  .gutter-xs { --gutter: 6px; }
  .gutter-sm { --gutter: 8px; }
  .gutter-md { --gutter: 12px; }
  .gutter-lg { --gutter: 16px; }
  .gutter-xl { --gutter: 20px; }
  select.control {
    appearance: none;
    padding-inline-end: calc(var(--gutter) + 18px);
    background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position: calc(100% - var(--gutter) - 5px) 52%, calc(100% - var(--gutter)) 52%;
    background-size: 5px 5px, 5px 5px;
    background-repeat: no-repeat;
    cursor: pointer;
  }
  select.control option {
    background: var(--ck-color-surface-elevated);
    color: var(--ck-color-text);
  }
  .field-block {
    width: 100%;
  }
  .control-inline {
    width: auto;
  }
`;
