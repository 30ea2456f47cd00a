/** Styles for rendered Markdown; only --ck-* tokens, so it follows the host theme and scheme. */
import { css } from 'lit';
import { typeStep } from '../style/tokens.js';

export const markdownStyles = css`
  .ck-markdown {
    color: var(--ck-color-text);
    font-family: var(--ck-font-family);
    font-size: ${typeStep.md};
    line-height: 1.55;
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .ck-markdown > :first-child {
    margin-top: 0;
  }
  .ck-markdown > :last-child {
    margin-bottom: 0;
  }
  .ck-markdown :is(p, ul, ol, blockquote, pre, .table-scroll, .raw-html) {
    margin: 0 0 calc(var(--ck-space-unit) * 3);
  }
  .ck-markdown :is(h1, h2, h3, h4, h5, h6) {
    color: var(--ck-color-text-emphasis);
    margin: calc(var(--ck-space-unit) * 4) 0 calc(var(--ck-space-unit) * 2);
    line-height: 1.25;
    font-weight: 600;
  }
  .ck-markdown h1 {
    font-size: calc(${typeStep.lg} * 1.3);
  }
  .ck-markdown h2 {
    font-size: calc(${typeStep.lg} * 1.15);
  }
  .ck-markdown h3 {
    font-size: ${typeStep.lg};
  }
  .ck-markdown :is(h4, h5, h6) {
    font-size: ${typeStep.md};
  }
  .ck-markdown a {
    color: var(--ck-color-accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .ck-markdown a:focus-visible {
    outline: 2px solid var(--ck-color-accent);
    outline-offset: 2px;
    border-radius: var(--ck-radius-sm);
  }
  .ck-markdown :is(ul, ol) {
    padding-inline-start: calc(var(--ck-space-unit) * 6);
  }
  .ck-markdown :is(ul, ol) :is(ul, ol) {
    margin-bottom: 0;
  }
  .ck-markdown .loose > li > p {
    margin-bottom: calc(var(--ck-space-unit) * 2);
  }
  .ck-markdown li.task {
    list-style: none;
  }
  .ck-markdown li.task > input {
    margin: 0 calc(var(--ck-space-unit) * 2) 0 calc(var(--ck-space-unit) * -5);
    vertical-align: middle;
    accent-color: var(--ck-color-accent);
  }
  .ck-markdown blockquote {
    margin-inline: 0;
    padding: 0 calc(var(--ck-space-unit) * 3);
    border-inline-start: 3px solid var(--ck-color-border-strong);
    color: var(--ck-color-text-secondary);
  }
  .ck-markdown code {
    font-family: var(--ck-font-mono);
    font-size: 0.9em;
    background: var(--ck-color-code-bg);
    border-radius: var(--ck-radius-sm);
    padding: 0.1em 0.35em;
  }
  .ck-markdown pre {
    background: var(--ck-color-code-bg);
    border: 1px solid var(--ck-color-border-subtle);
    border-radius: var(--ck-radius-md);
    padding: calc(var(--ck-space-unit) * 3);
    overflow-x: auto;
  }
  .ck-markdown pre > code {
    background: none;
    padding: 0;
    font-size: ${typeStep.sm};
    white-space: pre;
  }
  .ck-markdown .raw-html {
    white-space: pre-wrap;
  }
  .ck-markdown .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .ck-markdown table {
    border-collapse: collapse;
    font-size: ${typeStep.sm};
  }
  .ck-markdown :is(th, td) {
    border: 1px solid var(--ck-color-border);
    padding: calc(var(--ck-space-unit) * 1.5) calc(var(--ck-space-unit) * 3);
    text-align: start;
  }
  .ck-markdown th {
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text-emphasis);
    font-weight: 600;
  }
  .ck-markdown [data-align='center'] {
    text-align: center;
  }
  .ck-markdown [data-align='right'] {
    text-align: end;
  }
  .ck-markdown hr {
    border: none;
    border-top: 1px solid var(--ck-color-border);
    margin: calc(var(--ck-space-unit) * 4) 0;
  }
  .ck-markdown img {
    max-width: 100%;
    height: auto;
    border-radius: var(--ck-radius-sm);
  }
  .ck-markdown .image-alt {
    color: var(--ck-color-text-tertiary);
    font-style: italic;
  }
  .ck-markdown-error {
    color: var(--ck-color-danger);
    border: 1px dashed var(--ck-color-danger);
    border-radius: var(--ck-radius-sm);
    padding: calc(var(--ck-space-unit) * 2) calc(var(--ck-space-unit) * 3);
    font-size: ${typeStep.sm};
  }
  .ck-markdown-omitted {
    color: var(--ck-color-text-tertiary);
    font-size: ${typeStep.sm};
  }
  .ck-markdown-fallback {
    white-space: pre-wrap;
  }
  /* Streaming caret: drawn after the last block, CSS only. */
  .ck-markdown[data-streaming] > :last-child::after {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 1em;
    margin-inline-start: 2px;
    vertical-align: text-bottom;
    background: currentColor;
    animation: ck-markdown-caret 1s steps(1) infinite;
  }
  @keyframes ck-markdown-caret {
    50% {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .ck-markdown[data-streaming] > :last-child::after {
      animation: none;
      opacity: 0.6;
    }
  }
`;
