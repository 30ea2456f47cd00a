// Actions a widget sends when the user clicks, changes or submits (Python `chatkit.actions.ActionConfig`).
import { z } from './zod.js';

export const actionHandlerSchema = z.enum(['client', 'server']);
export const loadingBehaviorSchema = z.enum(['auto', 'none', 'self', 'container']);

/**
 * `{type, payload?, handler?, loadingBehavior?, streaming?}`. Extra keys are ignored like pydantic does.
 * Defaults (handler 'server', loadingBehavior 'auto', streaming true) are applied by the dispatcher,
 * not here, so the parsed value still says what the server sent.
 */
export const actionConfigSchema = z.object({
  type: z.string(),
  payload: z.optional(z.record(z.string(), z.unknown())),
  handler: z.optional(actionHandlerSchema),
  loadingBehavior: z.optional(loadingBehaviorSchema),
  streaming: z.optional(z.boolean()),
});

/** A confirm/cancel button in a Card footer. */
export const cardActionSchema = z.object({ label: z.string(), action: actionConfigSchema });
