// Pattern 6, an error mid-stream with retry: the first answer to a message streams half a reply and
// then fails with an `error` event that allows a retry (the half reply is never stored). Retry sends
// threads.retry_after_item for the same user message; the second attempt succeeds.

const QUARTERS = [
  { quarter: 'Q1', riders: 4.1, target: 4.0 },
  { quarter: 'Q2', riders: 4.6, target: 4.3 },
  { quarter: 'Q3', riders: 5.2, target: 4.6 },
  { quarter: 'Q4', riders: 5.0, target: 4.9 },
];

const reportCard = {
  type: 'Card',
  size: 'md',
  status: { text: 'Ridership report', icon: 'chart' },
  children: [
    { type: 'Title', value: 'Metro riders per quarter (millions)', size: 'sm' },
    {
      type: 'Chart',
      height: 180,
      showLegend: true,
      xAxis: 'quarter',
      data: QUARTERS,
      series: [
        { type: 'bar', dataKey: 'riders', label: 'Riders', color: 'blue' },
        { type: 'line', dataKey: 'target', label: 'Target', color: 'orange' },
      ],
    },
    { type: 'Caption', value: 'Every quarter beat its target; Q3 was the busiest.' },
  ],
};

export const errorRetry = {
  id: 'error-retry',
  title: 'Error and retry',
  prompt: 'Show an error mid-stream, then retry',
  routes: [
    {
      match: /\berror\b|\bfail|\bretry\b|\bbreak\b/,
      priority: 0,
      async *respond(script, thread, input, context) {
        const messageId = input.message?.id;
        if (messageId && !script.server.failedOnce.has(messageId)) {
          script.server.failedOnce.add(messageId);
          const base = script.base(thread, context);
          // Half a reply: added and streamed, never done, so the server does not store it.
          yield { type: 'thread.item.added', item: { ...base, type: 'assistant_message', content: [] } };
          yield {
            type: 'thread.item.updated',
            item_id: base.id,
            update: { type: 'assistant_message.content_part.added', content_index: 0, content: script.kit.outputText('') },
          };
          for (const delta of ['Fetching ', 'the ridership ', 'report from ', 'the data ', 'warehouse…']) {
            await script.pause(context, 2);
            yield { type: 'thread.item.updated', item_id: base.id, update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta } };
          }
          await script.pause(context, 6);
          throw new script.kit.CustomStreamError('The data warehouse timed out in the middle of the answer. Retry to ask again.', true);
        }
        yield script.kit.progressUpdate('Fetching the ridership report (second try)…', 'chart');
        await script.pause(context, 6);
        yield* script.say(thread, context, 'Second try worked: here is the ridership report.');
        yield script.widget(thread, context, reportCard, QUARTERS.map((row) => `${row.quarter}: ${row.riders}M riders`).join('\n'));
      },
    },
  ],
};
