// The request builders produce, for each of the 16 request types, the body the reference
// transcripts recorded (compared as JSON: key order is not part of the protocol).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isStreamingRequest, requests, STREAMING_REQUEST_TYPES, textInput } from '../../src/protocol/requests.js';
import type { ChatKitRequest } from '../../src/protocol/requests.js';

const FIXTURES = new URL('../../../shared/fixtures/chatkit-python/', import.meta.url);
const recordedRequest = (name: string): unknown => JSON.parse(readFileSync(new URL(`${name}.request.json`, FIXTURES), 'utf8'));
const recordedMeta = (name: string): { streaming: boolean } => JSON.parse(readFileSync(new URL(`${name}.meta.json`, FIXTURES), 'utf8'));

const built: [string, ChatKitRequest][] = [
  ['001-create-text', requests.createThread(textInput('hello there'))],
  [
    '040-add-user-message',
    requests.addUserMessage(
      'thr_0001',
      textInput('stream a follow-up', { inference_options: { tool_choice: { id: 'event_finder' }, model: 'fast' }, quoted_text: 'hello there' }),
    ),
  ],
  ['080-client-tool-output', requests.addClientToolOutput('thr_0058', { city: 'Paris' })],
  ['043-retry-after-item', requests.retryAfterItem('thr_0001', 'msg_0091')],
  [
    '049-action-line-select',
    requests.customAction('thr_0016', 'msg_0018', { type: 'line.select', payload: { id: 'blue' }, handler: 'server', loadingBehavior: 'container' }),
  ],
  ['068-action-no-item', requests.customAction('thr_0022', null, { type: 'line.select', payload: { id: 'red' } })],
  [
    '083-structured-input-answer',
    requests.addStructuredInput('thr_0076', 'msg_0078', {
      status: 'answered',
      answers: { seat: { values: ['window', 'aisle'] }, notes: { values: ['vegetarian meal'] } },
    }),
  ],
  ['002-create-text-read', requests.getThread('thr_0001')],
  ['094-threads-list-default', requests.listThreads()],
  ['096-threads-list-desc-3-next', requests.listThreads({ limit: 3, order: 'desc', after: 'thr_0105' })],
  ['048-items-list-default', requests.listItems('thr_0001')],
  ['053-items-list-asc-after', requests.listItems('thr_0016', { limit: 2, order: 'asc', after: 'msg_0018' })],
  ['042-feedback-negative-many', requests.feedback('thr_0001', ['msg_0091', 'msg_0092'], 'negative')],
  ['101-threads-update', requests.updateThread('thr_0001', 'Renamed ✓')],
  ['105-threads-delete', requests.deleteThread('thr_0046')],
  ['071-sync-action-counter', requests.syncCustomAction('thr_0028', 'msg_0030', { type: 'counter.add', payload: { n: 0 }, streaming: false })],
  ['075-sync-action-no-item', requests.syncCustomAction('thr_0028', null, { type: 'counter.add', payload: { n: 5 } })],
  ['087-attachments-create', requests.createAttachment({ name: 'notes.txt', size: 12, mime_type: 'text/plain' })],
  ['091-attachments-delete', requests.deleteAttachment('atc_0109')],
  ['093-input-transcribe', requests.transcribe('AAECAwQ=', 'audio/webm;codecs=opus')],
];

describe('request builders', () => {
  for (const [name, request] of built) {
    it(`${request.type} builds the body of ${name}`, () => {
      assert.deepEqual(request, recordedRequest(name));
    });
  }

  it('cover all 16 request types', () => {
    assert.equal(new Set(built.map(([, r]) => r.type)).size, 16);
  });

  it('mark exactly the types the server answered with a stream as streaming', () => {
    for (const [name, request] of built) assert.equal(isStreamingRequest(request), recordedMeta(name).streaming, name);
    assert.equal(STREAMING_REQUEST_TYPES.size, 6);
  });
});
