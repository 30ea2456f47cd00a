/** chatkit-widgets/server/node: everything in the server kit plus the Node-only FileStore and node:http handler. */
export * from './index.js';
export { FileStore } from './file-store.js';
export { createNodeHandler, type NodeHandlerOptions } from './node-handler.js';
