import { defineCkWidget } from './ck-widget.js';
import { defineCkThread } from './ck-thread.js';

// Registering is idempotent: loading the script twice (npm + CDN, or two bundles) never throws.
defineCkWidget();
defineCkThread();
