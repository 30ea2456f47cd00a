import { defineCkWidget } from './ck-widget.js';
import { defineCkThread } from './ck-thread.js';
import { defineCkChat } from './ck-chat.js';

// Registering is idempotent: loading the script twice (npm + CDN, or two bundles) never throws.
defineCkWidget();
defineCkThread();
defineCkChat();
