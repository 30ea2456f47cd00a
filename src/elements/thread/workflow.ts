import { html, nothing, type TemplateResult } from 'lit';
import type { Task, TaskItem, Workflow, WorkflowItem } from '../../protocol/types.js';
import { renderIcon } from '../../icons/index.js';
import type { ItemViewContext } from './view-context.js';

const STATUS_TEXT = { loading: 'in progress', complete: 'done' } as const;

function statusIcon(task: Task, live: boolean): unknown {
  // A task left "loading" by a finished or failed response must not spin forever.
  if (task.status_indicator === 'loading') return live ? html`<span class="ck-spinner" aria-hidden="true"></span>` : renderIcon('empty-circle');
  if (task.status_indicator === 'complete') return renderIcon('check-circle');
  return renderIcon(typeof task['icon'] === 'string' ? task['icon'] : 'dot');
}

export function renderTask(task: Task, live: boolean): TemplateResult {
  const indicator = task.status_indicator === 'loading' || task.status_indicator === 'complete' ? task.status_indicator : null;
  return html`<li class="task" part="task" data-status=${indicator ?? 'none'}>
    <span class="task-status">${statusIcon(task, live)}</span>
    <div class="task-body">
      <span class="task-title">${typeof task.title === 'string' ? task.title : ''}${indicator
          ? html`<span class="ck-sr-only"> (${STATUS_TEXT[indicator]})</span>`
          : nothing}</span>
      ${typeof task.content === 'string' && task.content !== '' ? html`<div class="task-content">${task.content}</div>` : nothing}
    </div>
  </li>`;
}

function summaryText(workflow: Workflow, live: boolean): string {
  const summary = workflow.summary;
  if (summary && typeof summary['title'] === 'string' && summary['title'] !== '') return summary['title'];
  if (summary && typeof summary['duration'] === 'number') return `Worked for ${Math.max(1, Math.round(summary['duration']))} s`;
  if (live) return 'Working…';
  const count = Array.isArray(workflow.tasks) ? workflow.tasks.length : 0;
  return `${count} ${count === 1 ? 'step' : 'steps'}`;
}

/** A workflow: a summary button that expands its tasks; open while it streams, then as the server says. */
export function renderWorkflow(item: WorkflowItem, ctx: ItemViewContext): TemplateResult {
  const workflow = item.workflow ?? { type: 'custom', tasks: [] };
  const tasks = Array.isArray(workflow.tasks) ? workflow.tasks : [];
  const live = ctx.unfinished && ctx.streaming;
  const expanded = ctx.expanded ?? (live || workflow.expanded === true);
  return html`<div class="workflow" part="workflow">
    <button type="button" class="workflow-toggle" part="workflow-toggle" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => ctx.toggle(item.id, !expanded)}>
      ${renderIcon('chevron-right')}<span>${summaryText(workflow, live)}</span>
    </button>
    ${expanded ? html`<ol class="tasks">${tasks.map((task) => renderTask(task, live))}</ol>` : nothing}
  </div>`;
}

export function renderTaskItem(item: TaskItem, ctx: ItemViewContext): TemplateResult {
  return html`<ol class="tasks task-item" part="task-item">${item.task ? renderTask(item.task, ctx.unfinished && ctx.streaming) : nothing}</ol>`;
}
