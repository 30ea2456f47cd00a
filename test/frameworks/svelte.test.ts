import { describeFramework } from './framework-cases.js';

describeFramework('Svelte 5', 'svelte');
