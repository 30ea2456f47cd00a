import { describeFramework } from './framework-cases.js';

describeFramework('Angular (zone.js)', 'angular-zone');
