import { css } from 'lit';
import { typeStep } from '../../style/tokens.js';

/** Layout of the chat shell: header, scrolling thread, history panel, composer. Tokens only. */
export const chatStyles = css`
  :host {
    contain: none;
    display: block;
    height: 100%;
    min-height: 0;
    background: var(--ck-color-surface);
  }
  .chat {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: none;
    border-radius: var(--ck-radius-full);
    background: none;
    color: var(--ck-color-text-secondary);
    cursor: pointer;
    font-size: ${typeStep.lg};
  }
  .icon-button.small {
    width: 1.5rem;
    height: 1.5rem;
    font-size: ${typeStep.sm};
  }
  .icon-button:hover:not(:disabled) {
    background: var(--ck-color-hover);
    color: var(--ck-color-text);
  }
  .icon-button[aria-expanded='true'] {
    background: var(--ck-color-surface-tertiary);
    color: var(--ck-color-text-emphasis);
  }
  button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  .text-button {
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-full);
    background: var(--ck-color-surface);
    padding: calc(var(--ck-space-unit) * 1) calc(var(--ck-space-unit) * 3);
    font-size: ${typeStep.sm};
    cursor: pointer;
  }
  .text-button:hover:not(:disabled) {
    background: var(--ck-color-surface-secondary);
  }
  .text-button.danger {
    color: var(--ck-color-text-danger);
  }

  /* header */
  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 1);
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3);
    border-bottom: 1px solid var(--ck-color-border-subtle);
    min-height: calc(var(--ck-space-unit) * 14);
  }
  .header-title {
    flex: 1;
    min-width: 0;
    margin: 0;
    font-size: ${typeStep.md};
    font-weight: 600;
    color: var(--ck-color-text-emphasis);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  /* body: the scrolling thread and the history panel over it */
  .body {
    position: relative;
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .scroller {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: calc(var(--ck-space-unit) * 4);
  }
  .start {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--ck-space-unit) * 4);
    min-height: 60%;
    text-align: center;
  }
  .greeting {
    margin: 0;
    font-size: ${typeStep.xl};
    font-weight: 600;
    color: var(--ck-color-text-emphasis);
  }
  .prompts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--ck-space-unit) * 2);
  }
  .prompt {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 2);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-full);
    background: var(--ck-color-surface);
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 4);
    font-size: ${typeStep.sm};
    cursor: pointer;
  }
  .prompt:hover {
    background: var(--ck-color-surface-secondary);
  }

  .history {
    position: absolute;
    inset: 0;
    z-index: 2;
    overflow-y: auto;
    background: var(--ck-color-surface);
    padding: calc(var(--ck-space-unit) * 3) calc(var(--ck-space-unit) * 4);
  }
  .history-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    margin-bottom: calc(var(--ck-space-unit) * 2);
  }
  .history-header h2:focus {
    /* Focus lands here when the panel opens (a reading position, not a control). */
    outline: none;
  }
  .history-header h2 {
    margin: 0;
    font-size: ${typeStep.md};
    color: var(--ck-color-text-emphasis);
  }
  .history-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-space-unit) * 0.5);
  }
  .history-row {
    display: flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 1);
    border-radius: var(--ck-radius-md);
    padding: calc(var(--ck-space-unit) * 0.5);
  }
  .history-row[data-current] {
    background: var(--ck-color-surface-secondary);
  }
  .history-open {
    flex: 1;
    min-width: 0;
    display: flex;
    align-items: baseline;
    gap: calc(var(--ck-space-unit) * 2);
    border: none;
    background: none;
    text-align: start;
    padding: calc(var(--ck-space-unit) * 2);
    border-radius: var(--ck-radius-md);
    cursor: pointer;
  }
  .history-open:hover {
    background: var(--ck-color-hover);
  }
  .history-title {
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .history-date {
    flex: none;
    font-size: ${typeStep.xs};
    color: var(--ck-color-text-secondary);
  }
  .history-rename,
  .history-confirm {
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 2);
    padding: calc(var(--ck-space-unit) * 1);
  }
  .history-rename input {
    flex: 1;
    min-width: 8rem;
    font: inherit;
    color: inherit;
    background: var(--ck-color-surface);
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-md);
    padding: calc(var(--ck-space-unit) * 1.5) calc(var(--ck-space-unit) * 2);
  }
  .history-empty,
  .history-error {
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.sm};
  }
  .history-error {
    display: flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 2);
    color: var(--ck-color-text-danger);
  }
  .load-more {
    margin-top: calc(var(--ck-space-unit) * 2);
  }

  /* composer */
  .composer-area {
    padding: 0 calc(var(--ck-space-unit) * 4) calc(var(--ck-space-unit) * 3);
  }
  .composer {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-space-unit) * 1);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-2xl);
    background: var(--ck-color-surface);
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 1.5);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.04);
  }
  .composer:focus-within {
    border-color: var(--ck-color-border-strong);
  }
  .editor {
    min-height: 1.5em;
    max-height: 12em;
    overflow-y: auto;
    padding: calc(var(--ck-space-unit) * 1) calc(var(--ck-space-unit) * 2);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    outline: none;
    color: var(--ck-color-text);
    line-height: 1.5;
  }
  .editor[data-empty]::before {
    content: attr(data-placeholder);
    color: var(--ck-color-text-tertiary);
    pointer-events: none;
    position: absolute;
  }
  .editor[aria-disabled='true'] {
    color: var(--ck-color-text-secondary);
    cursor: not-allowed;
  }
  .composer:has(.editor:focus-visible) {
    outline: 2px solid var(--ck-color-focus-ring);
    outline-offset: 1px;
  }
  .chip {
    display: inline-flex;
    align-items: baseline;
    gap: calc(var(--ck-space-unit) * 1);
    padding: 0 calc(var(--ck-space-unit) * 1.5);
    border-radius: var(--ck-radius-sm);
    background: var(--ck-color-surface-tertiary);
    color: var(--ck-color-accent);
    font-weight: 600;
    white-space: nowrap;
    user-select: all;
  }
  .chip-icon {
    align-self: center;
    display: inline-flex;
  }
  .composer-toolbar {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: calc(var(--ck-space-unit) * 1);
  }
  .toolbar-spacer {
    flex: 1;
  }
  .send-button {
    display: inline-grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: none;
    border-radius: var(--ck-radius-full);
    background: var(--ck-color-accent);
    color: var(--ck-color-accent-contrast);
    cursor: pointer;
    font-size: ${typeStep.lg};
  }
  .send-button:disabled {
    opacity: 0.35;
  }
  .pill-button,
  .tool-pill {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 1.5);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-full);
    background: var(--ck-color-surface);
    padding: calc(var(--ck-space-unit) * 1) calc(var(--ck-space-unit) * 3);
    font-size: ${typeStep.sm};
    color: var(--ck-color-text-secondary);
  }
  .pill-button {
    cursor: pointer;
  }
  .pill-button[aria-pressed='true'],
  .tool-pill {
    background: var(--ck-color-surface-tertiary);
    color: var(--ck-color-text-emphasis);
    border-color: var(--ck-color-border-strong);
  }
  .tool-pill {
    padding-right: calc(var(--ck-space-unit) * 1);
  }
  .tool-menu-anchor {
    position: relative;
  }
  .tool-menu {
    position: absolute;
    bottom: calc(100% + 6px);
    left: 0;
    z-index: 3;
    min-width: 14rem;
    display: flex;
    flex-direction: column;
    padding: calc(var(--ck-space-unit) * 1);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-lg);
    background: var(--ck-color-surface-elevated);
    box-shadow: var(--ck-shadow-card);
  }
  .tool-item {
    display: flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 2);
    border: none;
    background: none;
    text-align: start;
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3);
    border-radius: var(--ck-radius-md);
    cursor: pointer;
  }
  .tool-item:hover,
  .tool-item:focus-visible {
    background: var(--ck-color-hover);
  }
  .tool-item[aria-checked='true'] {
    font-weight: 600;
    color: var(--ck-color-text-emphasis);
  }
  .model-select {
    font: inherit;
    font-size: ${typeStep.sm};
    color: var(--ck-color-text-secondary);
    background: var(--ck-color-surface);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-full);
    padding: calc(var(--ck-space-unit) * 1) calc(var(--ck-space-unit) * 2);
  }
  .composer-attachments {
    list-style: none;
    margin: 0;
    padding: 0 calc(var(--ck-space-unit) * 1);
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--ck-space-unit) * 1.5);
  }
  .composer-attachment {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 1.5);
    padding: calc(var(--ck-space-unit) * 1) calc(var(--ck-space-unit) * 1) calc(var(--ck-space-unit) * 1) calc(var(--ck-space-unit) * 2);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-md);
    font-size: ${typeStep.sm};
    max-width: 100%;
  }
  .composer-attachment[data-status='failed'] {
    border-color: var(--ck-color-danger);
  }
  .composer-attachment:has(> .attachment-visual) {
    padding-left: calc(var(--ck-space-unit) * 1);
  }
  /* The thumbnail square; the spinner of an upload sits over it on a veil of the surface color. */
  .attachment-visual {
    position: relative;
    flex: none;
    display: grid;
    place-items: center;
    width: calc(var(--ck-space-unit) * 7);
    height: calc(var(--ck-space-unit) * 7);
    border-radius: var(--ck-radius-sm);
    overflow: hidden;
    background: var(--ck-color-surface-secondary);
    box-shadow: inset 0 0 0 1px var(--ck-color-border-subtle);
  }
  .attachment-thumb {
    grid-area: 1 / 1;
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .attachment-veil {
    grid-area: 1 / 1;
    align-self: stretch;
    justify-self: stretch;
    display: grid;
    place-items: center;
    color: var(--ck-color-text);
    background: color-mix(in srgb, var(--ck-color-surface) 55%, transparent);
  }
  .attachment-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-width: 14rem;
  }
  .attachment-error,
  .composer-notice {
    color: var(--ck-color-text-danger);
    font-size: ${typeStep.sm};
  }
  .composer-notice {
    margin: 0;
    padding: 0 calc(var(--ck-space-unit) * 2);
  }
  .composer-reply {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--ck-space-unit) * 2);
    padding: 0 calc(var(--ck-space-unit) * 1);
  }
  .composer-reply blockquote {
    flex: 1;
    margin: 0;
    padding-left: calc(var(--ck-space-unit) * 3);
    border-left: 3px solid var(--ck-color-border-strong);
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.sm};
    max-height: 4.5em;
    overflow: hidden;
  }

  /* the mention list, above the composer */
  .mention-popup {
    position: absolute;
    left: 0;
    right: 0;
    bottom: calc(100% + 6px);
    z-index: 3;
    max-height: min(18rem, 50vh);
    overflow-y: auto;
    padding: calc(var(--ck-space-unit) * 1);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-lg);
    background: var(--ck-color-surface-elevated);
    box-shadow: var(--ck-shadow-card);
  }
  .mention-status {
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3);
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.sm};
  }
  .mention-group-label {
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3) calc(var(--ck-space-unit) * 1);
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.xs};
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .mention-option {
    display: flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 2);
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3);
    border-radius: var(--ck-radius-md);
    cursor: pointer;
  }
  .mention-option:hover {
    background: var(--ck-color-hover);
  }
  .mention-option[aria-selected='true'] {
    background: var(--ck-color-surface-tertiary);
    color: var(--ck-color-text-emphasis);
    outline: 2px solid var(--ck-color-focus-ring);
    outline-offset: -2px;
  }
  .mention-title {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .disclaimer {
    margin: calc(var(--ck-space-unit) * 2) 0 0;
    text-align: center;
    font-size: ${typeStep.xs};
    color: var(--ck-color-text-secondary);
  }
  .disclaimer[data-high-contrast] {
    color: var(--ck-color-text);
  }
`;
