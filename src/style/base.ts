import { css } from 'lit';
import { typeStep } from './tokens.js';

/** Styles every widget shares: the host box, focus rings, error placeholders, screen-reader text. */
export const baseStyles = css`
  :host {
    display: block;
    /* The widget never paints outside its own box, whatever the JSON asks for. */
    contain: paint;
    min-width: 0;
    font-family: var(--ck-font-family);
    font-size: ${typeStep.md};
    line-height: 1.5;
    color: var(--ck-color-text);
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--ck-color-focus-ring);
    outline-offset: 2px;
  }
  .ck-error {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
    max-width: 100%;
    padding: 2px 8px;
    border: 1px dashed var(--ck-color-danger);
    border-radius: var(--ck-radius-sm);
    color: var(--ck-color-text-danger);
    background: color-mix(in srgb, var(--ck-color-danger) 8%, transparent);
    font: 12px/1.5 var(--ck-font-mono);
    overflow-wrap: anywhere;
  }
  .ck-error-type {
    font-weight: 600;
  }
  .ck-error-path {
    font-style: italic;
  }
  .ck-fatal {
    display: block;
    padding: 12px 16px;
    border-radius: var(--ck-radius-lg);
  }
  :host([busy]) {
    position: relative;
  }
  .ck-busy {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--ck-color-surface) 55%, transparent);
    border-radius: var(--ck-radius-card);
    color: var(--ck-color-text-secondary);
    cursor: progress;
  }
  .ck-action-error {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-top: 8px;
    padding: 8px 12px;
    border-radius: var(--ck-radius-md);
    background: color-mix(in srgb, var(--ck-color-danger) 10%, transparent);
    color: var(--ck-color-text-danger);
    font-size: ${typeStep.sm};
  }
  .ck-action-error span {
    flex: 1;
  }
  .ck-dismiss {
    all: unset;
    cursor: pointer;
    padding: 0 4px;
    font-size: 16px;
    line-height: 1;
  }
  .ck-dismiss:focus-visible {
    outline: 2px solid var(--ck-color-focus-ring);
  }
  .ck-sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .ck-loading {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 16px;
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.sm};
  }
  .ck-spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: ck-spin 0.8s linear infinite;
    flex: none;
  }
  @keyframes ck-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .ck-spinner {
      animation-duration: 2.4s;
    }
  }
`;

/**
 * A widget's control while its server action runs (`loadingBehavior: self`): dimmed, and no second
 * click. Only inside `<ck-widget>`: a thread marks its log and a streaming message `aria-busy` for
 * screen readers, and must neither dim the conversation nor restyle every widget in it (an
 * inherited property changed on the log restyles the whole subtree, widgets included).
 */
export const actionBusyStyles = css`
  [aria-busy='true'] {
    cursor: progress;
    pointer-events: none;
    opacity: 0.7;
  }
`;
