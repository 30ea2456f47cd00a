import { html, nothing } from 'lit';
import type { ThreadItem, WidgetItem } from '../../protocol/types.js';
import { renderAssistantMessage } from './assistant-message.js';
import { renderClientToolCall } from './client-tool-call.js';
import { renderGeneratedImage } from './generated-image.js';
import { renderUserMessage } from './user-message.js';
import type { ItemViewContext } from './view-context.js';
import { renderTaskItem, renderWorkflow } from './workflow.js';

type ItemOfType<K extends ThreadItem['type']> = Extract<ThreadItem, { type: K }>;
export type ItemView<K extends ThreadItem['type']> = (item: ItemOfType<K>, ctx: ItemViewContext) => unknown;

function renderWidgetItem(item: WidgetItem, ctx: ItemViewContext): unknown {
  // Keyed by item id in the list, so a replaced widget reaches this same <ck-widget> node.
  return html`<ck-widget part="widget" .widget=${item.widget} item-id=${item.id} theme=${ctx.theme ?? nothing} .themeOptions=${ctx.themeOptions}></ck-widget>`;
}

/** One view per thread item type; adding an item type is adding one line here. */
export const itemViews: { [K in ThreadItem['type']]: ItemView<K> } = {
  user_message: renderUserMessage,
  assistant_message: renderAssistantMessage,
  widget: renderWidgetItem,
  client_tool_call: renderClientToolCall,
  workflow: renderWorkflow,
  task: renderTaskItem,
  generated_image: renderGeneratedImage,
  // Structured input needs the composer (<ck-chat>); end_of_turn and unknown items show nothing.
  structured_input: () => nothing,
  end_of_turn: () => nothing,
  unknown: () => nothing,
};

export function renderItem(item: ThreadItem, ctx: ItemViewContext): unknown {
  const view = itemViews[item.type] as ItemView<ThreadItem['type']> | undefined;
  return view ? view(item as never, ctx) : nothing;
}
