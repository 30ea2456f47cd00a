/**
 * Validation of the 16 request types with zod/mini, mirroring chatkit-python's pydantic models:
 * unknown fields are dropped, defaults are filled (so stored items look like the Python server's),
 * and a numeric string is accepted where an integer is expected (pydantic's lax mode).
 * A failure is a RequestError naming the field, never a bare 500.
 */
import * as z from 'zod/mini';
import type { ChatKitRequest, RequestType } from '../protocol/requests.js';
import { RequestError } from './errors.js';

const MAX_ID_LENGTH = 256;
const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const laxInt = z.union([
  z.number().check(z.int()),
  z.pipe(
    z.string().check(z.regex(/^\s*-?\d+\s*$/)),
    z.transform((value: string) => Number(value)),
  ),
]);
const order = z._default(z.enum(['asc', 'desc']), 'desc');
const jsonObject = z.record(z.string(), z.unknown());

const inputText = z.object({ type: z.literal('input_text'), text: z.string() });
const inputTag = z.object({
  type: z.literal('input_tag'),
  id: z.string(),
  text: z.string(),
  data: jsonObject,
  group: z.nullish(z.string()),
  interactive: z._default(z.boolean(), false),
});
const userMessageInput = z.object({
  content: z.array(z.discriminatedUnion('type', [inputText, inputTag])),
  attachments: z.array(id),
  quoted_text: z.nullish(z.string()),
  inference_options: z.object({
    tool_choice: z.nullish(z.object({ id: z.string() })),
    model: z.nullish(z.string()),
  }),
});

// An action without `type` is accepted, as the Python server does; the hook sees `type: ""`.
const action = z.object({
  type: z._default(z.string(), ''),
  payload: z.optional(z.unknown()),
  handler: z._default(z.enum(['client', 'server']), 'server'),
  loadingBehavior: z._default(z.enum(['auto', 'none', 'self', 'container']), 'auto'),
  streaming: z._default(z.boolean(), true),
});
const actionParams = z.object({ thread_id: id, item_id: z.nullish(id), action });

const structuredInput = z.object({
  status: z._default(z.enum(['answered', 'skipped']), 'answered'),
  answers: z._default(
    z.record(z.string(), z.object({ values: z._default(z.array(z.string()), []), skipped: z._default(z.boolean(), false) })),
    {},
  ),
});

const listParams = { limit: z.nullish(laxInt), order, after: z.nullish(z.string()) };

const paramsByType = {
  'threads.create': z.object({ input: userMessageInput }),
  'threads.add_user_message': z.object({ thread_id: id, input: userMessageInput }),
  'threads.add_client_tool_output': z.object({ thread_id: id, result: z.unknown() }),
  'threads.retry_after_item': z.object({ thread_id: id, item_id: id }),
  'threads.custom_action': actionParams,
  'threads.add_structured_input': z.object({ thread_id: id, item_id: id, input: structuredInput }),
  'threads.get_by_id': z.object({ thread_id: id }),
  'threads.list': z.object(listParams),
  'items.list': z.object({ thread_id: id, ...listParams }),
  'items.feedback': z.object({ thread_id: id, item_ids: z.array(id), kind: z.enum(['positive', 'negative']) }),
  'threads.update': z.object({ thread_id: id, title: z.string() }),
  'threads.delete': z.object({ thread_id: id }),
  'threads.sync_custom_action': actionParams,
  'attachments.create': z.object({ name: z.string(), size: laxInt, mime_type: z.string() }),
  'attachments.delete': z.object({ attachment_id: id }),
  'input.transcribe': z.object({ audio_base64: z.string(), mime_type: z.string() }),
} satisfies Record<RequestType, z.ZodMiniType>;

/** Params of each type after validation: defaults filled, optional fields possibly null. */
export type ParsedParams = { [T in RequestType]: z.infer<(typeof paramsByType)[T]> };
export type ParsedRequest = { [T in RequestType]: { type: T; params: ParsedParams[T]; metadata: Record<string, unknown> } }[RequestType];
export type ParsedAction = z.infer<typeof action>;
export type ParsedUserMessageInput = z.infer<typeof userMessageInput>;
export type ParsedStructuredInput = z.infer<typeof structuredInput>;

const isRequestType = (type: unknown): type is RequestType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(paramsByType, type);

export function parseChatKitRequest(json: unknown): ParsedRequest {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new RequestError('invalid_request', 'Request body must be a JSON object {type, params}.');
  }
  const { type, params, metadata } = json as ChatKitRequest & Record<string, unknown>;
  if (type === undefined) throw new RequestError('invalid_request', 'Request has no "type".');
  if (!isRequestType(type)) {
    throw new RequestError('unknown_request_type', `Unknown request type ${JSON.stringify(String(type)).slice(0, 80)}.`);
  }
  const result = z.safeParse(paramsByType[type], params);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? ['params', ...issue.path.map(String)].join('.') : 'params';
    throw new RequestError('invalid_request', `${type}: ${where}: ${issue?.message ?? 'invalid'}.`);
  }
  const meta = typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) ? metadata : {};
  return { type, params: result.data, metadata: meta } as ParsedRequest;
}
