import './host-page.js';
import { loadCorpus } from './run-case.js';
import { defineCaseTests, printTally } from './case-tests.js';
import '../browser/dom-safe-failures.js';

const cases = await loadCorpus(new URL('../../../shared/corpus/hostile/template-corpus.json', import.meta.url));

describe('hostile .widget templates and data', () => defineCaseTests(cases));

after(() => printTally('template corpus'));
