// Pattern 5, a widget streamed from a tool: the server "runs" a deploy_check tool, reports progress
// (progress_update), and streams the tool's widget with streamWidget: the log grows with
// widget.streaming_text.value_delta, the status badge, step caption and progress bar change with
// widget.component.updated. A summary reply follows.

export const SERVICES = [
  { name: 'api-gateway', ms: 42 },
  { name: 'auth', ms: 18 },
  { name: 'payments', ms: 67 },
  { name: 'search', ms: 31 },
];

/** One state of the tool's widget: `done` services checked; `finished` once the tool returned. */
export function deployWidget(done, finished = false) {
  const log = SERVICES.slice(0, done)
    .map((service) => `- ✓ **${service.name}** healthy · ${service.ms} ms\n`)
    .join('');
  const percent = Math.round((done / SERVICES.length) * 100);
  return {
    type: 'Card',
    size: 'md',
    status: { text: 'Tool: deploy_check', icon: 'square-code' },
    children: [
      {
        type: 'Row',
        align: 'center',
        children: [
          { type: 'Title', value: 'Release 2.4.0 · production', size: 'sm' },
          { type: 'Spacer' },
          { type: 'Badge', id: 'deploy-status', label: finished ? 'Passed' : 'Running', color: finished ? 'success' : 'info', pill: true },
        ],
      },
      {
        type: 'Box',
        id: 'deploy-progress',
        height: 8,
        radius: 'full',
        background: 'surface-tertiary',
        children: [{ type: 'Box', height: 8, radius: 'full', width: `${percent}%`, background: finished ? 'green-500' : 'blue-500' }],
      },
      {
        type: 'Caption',
        id: 'deploy-step',
        value: finished
          ? `All ${SERVICES.length} services checked`
          : done < SERVICES.length
            ? `Checking ${SERVICES[done].name} (${done + 1} of ${SERVICES.length})…`
            : 'Collecting the results…',
      },
      { type: 'Markdown', id: 'deploy-log', value: log, streaming: !finished },
    ],
  };
}

/** The log grows by appending (value deltas); the last state flips the badge, bar and caption. */
async function* toolStates(script, context) {
  for (let done = 0; done <= SERVICES.length; done++) {
    if (done > 0) await script.pause(context, 10);
    yield deployWidget(done);
  }
  await script.pause(context, 4);
  yield deployWidget(SERVICES.length, true);
}

export const deployCheck = {
  id: 'deploy-check',
  title: 'Streamed tool widget',
  prompt: 'Run the deploy check tool',
  routes: [
    {
      match: /\bdeploy|\btool\b|\bcheck\b/,
      priority: 3,
      async *respond(script, thread, _input, context) {
        yield script.kit.progressUpdate('Calling deploy_check…', 'square-code');
        await script.pause(context, 6);
        yield* script.kit.streamWidget(script.base(thread, context), toolStates(script, context), {
          componentUpdates: true,
          copyText: SERVICES.map((service) => `${service.name}: healthy`).join('\n'),
        });
        yield script.kit.progressUpdate('Writing the summary…');
        await script.pause(context, 4);
        yield* script.say(thread, context, `All ${SERVICES.length} services are healthy; the slowest is payments at 67 ms. Release 2.4.0 is good to go.`);
      },
    },
  ],
};
