import { describeFramework } from './framework-cases.js';

describeFramework('Angular (zoneless)', 'angular-zoneless');
