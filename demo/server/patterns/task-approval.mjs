// Pattern 4, task approval: a Card form (Card asForm with confirm/cancel) built from a `.widget`
// template. The server validates what was submitted: an invalid submission comes back as the same
// form with the values kept and an error under each bad field; a valid one becomes a summary card
// whose Approve/Reject buttons finish the flow.
import { payloadString } from '../script.mjs';

export const APPROVERS = [
  { id: 'ada', name: 'Ada Lovelace', team: 'Platform' },
  { id: 'grace', name: 'Grace Hopper', team: 'Compilers' },
  { id: 'alan', name: 'Alan Turing', team: 'Research' },
];
const PRIORITIES = ['low', 'normal', 'high'];
const EMPTY = { title: null, assignee: null, due: null, priority: 'normal', notes: null };

/** The date part of the server clock's now: what "today" means to the validation. */
const today = (script) => script.server.now().slice(0, 10);

const formData = (script, values, errors) => ({ values, errors, approvers: APPROVERS, today: today(script) });

/** Checks a submitted task; returns the values to show again and an error per bad field. */
export function validateTask(submitted, todayIso) {
  const field = (name, max) => {
    const value = payloadString(submitted, name, max);
    return value === undefined ? null : value.trim();
  };
  const values = { title: field('title', 200), assignee: field('assignee', 40), due: field('due', 40), priority: field('priority', 20), notes: field('notes', 2000) };
  const errors = {};
  if (!values.title || values.title.length < 4) errors.title = 'Give the task a title of at least 4 characters.';
  else if (values.title.length > 80) errors.title = 'Keep the title under 80 characters.';
  if (!APPROVERS.some((person) => person.id === values.assignee)) errors.assignee = 'Choose who approves the task.';
  if (!values.due) errors.due = 'Pick a due date.';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.due) || Number.isNaN(Date.parse(values.due))) errors.due = 'Use a date like 2026-05-01.';
  else if (values.due < todayIso) errors.due = `The due date is in the past (today is ${todayIso}).`;
  if (!PRIORITIES.includes(values.priority ?? '')) errors.priority = 'Choose a priority.';
  if (values.priority === 'high' && (values.notes ?? '').length < 10) errors.notes = 'High priority needs a reason for the approver (10 characters or more).';
  else if ((values.notes ?? '').length > 500) errors.notes = 'Keep the notes under 500 characters.';
  return { values, errors };
}

function summaryCard(task, state) {
  const approver = APPROVERS.find((person) => person.id === task.assignee);
  const status = {
    pending: { text: 'Waiting for approval', icon: 'notebook', badge: { label: 'Pending', color: 'warning' } },
    approved: { text: 'Approved', icon: 'check-circle', badge: { label: 'Approved', color: 'success' } },
    rejected: { text: 'Rejected', icon: 'circle-question', badge: { label: 'Rejected', color: 'danger' } },
  }[state];
  const row = (label, value) => ({
    type: 'Row',
    gap: 3,
    children: [
      { type: 'Text', value: label, size: 'sm', color: 'secondary', width: 96 },
      typeof value === 'string' ? { type: 'Text', value, size: 'sm' } : value,
    ],
  });
  const card = {
    type: 'Card',
    size: 'md',
    status: { text: status.text, icon: status.icon },
    children: [
      {
        type: 'Row',
        align: 'center',
        children: [
          { type: 'Title', value: task.title, size: 'md' },
          { type: 'Spacer' },
          { type: 'Badge', label: status.badge.label, color: status.badge.color, pill: true },
        ],
      },
      { type: 'Caption', value: `${task.id} · created by you` },
      { type: 'Divider', spacing: 2 },
      row('Approver', `${approver?.name ?? task.assignee} (${approver?.team ?? '—'})`),
      row('Due', task.due),
      row('Priority', { type: 'Badge', label: task.priority, color: task.priority === 'high' ? 'danger' : 'secondary', variant: 'outline' }),
      ...(task.notes ? [row('Notes', task.notes)] : []),
    ],
  };
  if (state === 'pending') {
    card.confirm = { label: 'Approve', action: { type: 'task.approve', payload: { id: task.id } } };
    card.cancel = { label: 'Reject', action: { type: 'task.reject', payload: { id: task.id } } };
  }
  return card;
}

async function findTask(script, thread, context, action) {
  const id = payloadString(action.payload, 'id', 20);
  const task = (await script.notes(thread, context)).find((content) => content?.kind === 'task' && content.task.id === id);
  if (!task) throw new script.kit.CustomStreamError('That task is not known to this thread.', false);
  return task.task;
}

export const taskApproval = {
  id: 'task-approval',
  title: 'Task approval',
  prompt: 'Draft a task for approval',
  routes: [
    {
      match: /\btasks?\b|\bapprov|\bform\b/,
      priority: 3,
      async *respond(script, thread, _input, context) {
        yield* script.say(thread, context, 'Fill in the task and submit it. Try submitting it empty: the server checks it and sends the form back.');
        yield script.widget(thread, context, script.build('task-form', formData(script, EMPTY, {})), 'New task form');
      },
    },
  ],
  actions: {
    async *'task.submit'(script, thread, action, sender, context) {
      if (!sender) throw new script.kit.CustomStreamError('The form is gone; ask for a new one.', false);
      const submitted = action.payload !== null && typeof action.payload === 'object' ? action.payload.task : undefined;
      await script.pause(context, 8);
      const { values, errors } = validateTask(submitted ?? {}, today(script));
      const problems = Object.keys(errors).length;
      if (problems > 0) {
        yield script.replace(sender, script.build('task-form', formData(script, values, errors)));
        yield* script.say(thread, context, `The server refused the task: ${Object.values(errors).join(' ')}`);
        return;
      }
      const count = (await script.notes(thread, context)).filter((content) => content?.kind === 'task').length;
      const task = { ...values, id: `T-${count + 1}` };
      yield script.remember(thread, context, { kind: 'task', task });
      yield script.replace(sender, summaryCard(task, 'pending'));
      const approver = APPROVERS.find((person) => person.id === task.assignee);
      yield* script.say(thread, context, `Task ${task.id} is valid and waits for ${approver?.name}. Approve or reject it on their behalf.`);
    },
    async *'task.cancel'(script, thread, _action, sender, context) {
      if (!sender) return;
      yield script.replace(sender, {
        type: 'Card',
        size: 'md',
        status: { text: 'Approval request', icon: 'notebook-pencil' },
        children: [{ type: 'Text', value: 'Draft discarded.', color: 'secondary' }],
      });
      yield* script.say(thread, context, 'No problem, I discarded the draft.');
    },
    async *'task.approve'(script, thread, action, sender, context) {
      const task = await findTask(script, thread, context, action);
      if (sender) yield script.replace(sender, summaryCard(task, 'approved'));
      yield* script.say(thread, context, `Approved: ${task.id} “${task.title}” is due ${task.due}.`);
      yield script.kit.clientEffect('task_decided', { id: task.id, decision: 'approved' });
    },
    async *'task.reject'(script, thread, action, sender, context) {
      const task = await findTask(script, thread, context, action);
      if (sender) yield script.replace(sender, summaryCard(task, 'rejected'));
      yield* script.say(thread, context, `Rejected: ${task.id} goes back to you.`);
      yield script.kit.clientEffect('task_decided', { id: task.id, decision: 'rejected' });
    },
  },
};
