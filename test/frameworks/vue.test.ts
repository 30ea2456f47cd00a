import { describeFramework } from './framework-cases.js';

describeFramework('Vue 3', 'vue');
