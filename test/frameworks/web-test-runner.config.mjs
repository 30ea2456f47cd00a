// `npm run test:frameworks`: the project's browser setup, over the framework apps only.
// The apps are bundled first (build-apps.mjs) from the built package in dist/.
import base from '../../web-test-runner.config.mjs';
import { buildApps } from './build-apps.mjs';

await buildApps();

export default { ...base, files: ['test/frameworks/**/*.test.ts'] };
