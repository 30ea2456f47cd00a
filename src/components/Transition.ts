import { html, css } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ComponentDescriptor } from '../catalog.js';
import type { Transition as TransitionNode } from '../schema/index.js';

function identity(child: unknown): unknown {
  if (child === null || typeof child !== 'object') return child;
  const { key, id, type } = child as { key?: unknown; id?: unknown; type?: unknown };
  return typeof key === 'string' ? `k:${key}` : typeof id === 'string' ? `i:${id}` : `t:${String(type)}`;
}

/** Animates its child in when the child is replaced by one with another key (or id, or type). */
export const Transition: ComponentDescriptor<TransitionNode> = {
  render(node, ctx) {
    return html`<div class="transition">${keyed(identity(node.children), html`<div class="transition-child">${ctx.child(node.children, 'children')}</div>`)}</div>`;
  },
  styles: css`
    .transition {
      display: grid;
      min-width: 0;
    }
    .transition-child {
      display: flex;
      flex-direction: column;
      min-width: 0;
      animation: ck-transition-in 220ms ease-out;
    }
    @keyframes ck-transition-in {
      from {
        opacity: 0;
        transform: translateY(4px);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .transition-child {
        animation: none;
      }
    }
  `,
};
