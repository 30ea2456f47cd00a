import type { ChatKitProtocolError } from '../../protocol/client.js';

/**
 * Plain words for each way a request can fail, as the user reads them on the element; the
 * technical detail (status, request type, frame index) stays in the `ck-error` event.
 */
export function describeProtocolError(error: ChatKitProtocolError): string {
  switch (error.kind) {
    case 'network':
      return 'Could not reach the server.';
    case 'http':
      return `The server answered with an error (HTTP ${error.status ?? '?'}).`;
    case 'content-type':
      return 'The server answered with something that is not a ChatKit response (wrong content type).';
    case 'invalid-json':
    case 'invalid-response':
      return 'The server sent a response this page could not read.';
    case 'dropped':
      return 'The connection closed before the response finished.';
    case 'too-large':
      return 'The server sent a message too large to show; the response was stopped.';
    case 'aborted':
      return 'The request was stopped.';
  }
}
