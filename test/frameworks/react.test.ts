import { describeFramework } from './framework-cases.js';

describeFramework('React 19', 'react');
