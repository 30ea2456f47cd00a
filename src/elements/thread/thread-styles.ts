import { css } from 'lit';
import { typeStep } from '../../style/tokens.js';

/** Layout of a thread: messages, widgets, tool calls, workflows, status. Tokens only, no fixed colors. */
export const threadStyles = css`
  :host {
    contain: none;
  }
  .thread {
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-space-unit) * 4);
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-space-unit) * 4);
  }
  .items:empty {
    display: none;
  }
  .older {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--ck-space-unit) * 2);
  }
  button {
    font: inherit;
    font-size: ${typeStep.sm};
    color: var(--ck-color-text-emphasis);
    background: var(--ck-color-surface);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-full);
    padding: calc(var(--ck-space-unit) * 1.5) calc(var(--ck-space-unit) * 3);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 1.5);
  }
  button:hover {
    background: var(--ck-color-surface-secondary);
  }
  button[aria-busy='true'] {
    cursor: progress;
  }
  .link-button {
    border: none;
    background: none;
    padding: 0 calc(var(--ck-space-unit) * 1);
    text-decoration: underline;
  }
  .message.user {
    align-self: flex-end;
    max-width: min(80%, 36rem);
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: calc(var(--ck-space-unit) * 1.5);
  }
  .bubble {
    background: var(--ck-color-surface-tertiary);
    color: var(--ck-color-text-emphasis);
    border-radius: var(--ck-radius-lg);
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3.5);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-block;
    padding: 0 calc(var(--ck-space-unit) * 1.5);
    border-radius: var(--ck-radius-sm);
    background: var(--ck-color-surface-elevated);
    color: var(--ck-color-accent);
    font-weight: 600;
  }
  .quote {
    margin: 0;
    padding-left: calc(var(--ck-space-unit) * 3);
    border-left: 3px solid var(--ck-color-border-strong);
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.sm};
  }
  .attachments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--ck-space-unit) * 1.5);
  }
  .attachment {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 1);
    padding: calc(var(--ck-space-unit) * 1) calc(var(--ck-space-unit) * 2);
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-md);
    font-size: ${typeStep.sm};
    color: var(--ck-color-text-secondary);
  }
  .attachment.with-preview {
    padding-left: calc(var(--ck-space-unit) * 1);
  }
  .attachment-preview {
    flex: none;
    width: calc(var(--ck-space-unit) * 10);
    height: calc(var(--ck-space-unit) * 10);
    object-fit: cover;
    border-radius: var(--ck-radius-sm);
    background: var(--ck-color-surface-secondary);
  }
  .message.assistant {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .plain {
    white-space: pre-wrap;
  }
  .sources {
    list-style: none;
    margin: calc(var(--ck-space-unit) * 2) 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--ck-space-unit) * 1.5);
    font-size: ${typeStep.sm};
  }
  .source {
    padding: calc(var(--ck-space-unit) * 0.5) calc(var(--ck-space-unit) * 2);
    border-radius: var(--ck-radius-full);
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text-secondary);
  }
  .source a {
    color: var(--ck-color-accent);
  }
  .tool-call,
  .progress,
  .notice,
  .thread-error {
    display: flex;
    align-items: center;
    gap: calc(var(--ck-space-unit) * 2);
    font-size: ${typeStep.sm};
    color: var(--ck-color-text-secondary);
  }
  .progress:empty {
    display: none;
  }
  code {
    font-family: var(--ck-font-mono);
    background: var(--ck-color-code-bg);
    border-radius: var(--ck-radius-sm);
    padding: 0 calc(var(--ck-space-unit) * 1);
  }
  .workflow {
    border: 1px solid var(--ck-color-border-subtle);
    border-radius: var(--ck-radius-lg);
    padding: calc(var(--ck-space-unit) * 2);
  }
  .workflow-toggle {
    border: none;
    background: none;
    color: var(--ck-color-text-secondary);
  }
  .workflow-toggle .ck-icon {
    transition: transform var(--ck-transition);
  }
  .workflow-toggle[aria-expanded='true'] .ck-icon {
    transform: rotate(90deg);
  }
  .tasks {
    list-style: none;
    margin: calc(var(--ck-space-unit) * 2) 0 0;
    padding: 0 calc(var(--ck-space-unit) * 3);
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-space-unit) * 2);
  }
  .task-item {
    margin: 0;
  }
  .task {
    display: flex;
    gap: calc(var(--ck-space-unit) * 2);
    align-items: baseline;
  }
  .task[data-status='complete'] .task-status {
    color: var(--ck-color-success);
  }
  .task-title {
    color: var(--ck-color-text-emphasis);
  }
  .task-content {
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.sm};
    white-space: pre-wrap;
  }
  .generated-image {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-space-unit) * 2);
    max-width: 32rem;
  }
  .generated-image img {
    max-width: 100%;
    border-radius: var(--ck-radius-lg);
  }
  .image-note {
    padding: calc(var(--ck-space-unit) * 4);
    border: 1px dashed var(--ck-color-border);
    border-radius: var(--ck-radius-lg);
    color: var(--ck-color-text-secondary);
    font-size: ${typeStep.sm};
  }
  progress {
    width: 100%;
    accent-color: var(--ck-color-accent);
  }
  .notice {
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3);
    border-radius: var(--ck-radius-md);
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text);
    border-left: 3px solid var(--ck-color-info);
  }
  .notice[data-level='warning'] {
    border-left-color: var(--ck-color-warning);
  }
  .notice[data-level='danger'] {
    border-left-color: var(--ck-color-danger);
  }
  .thread-error {
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3);
    border-radius: var(--ck-radius-md);
    background: color-mix(in srgb, var(--ck-color-danger) 10%, transparent);
    color: var(--ck-color-text-danger);
  }
  .thread-error span {
    flex: 1;
  }
`;
