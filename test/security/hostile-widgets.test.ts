import './host-page.js';
import { loadCorpus } from './run-case.js';
import { defineCaseTests, printTally } from './case-tests.js';
import '../browser/dom-safe-failures.js';

const cases = await loadCorpus(new URL('../../../shared/corpus/hostile/corpus.json', import.meta.url));

for (const category of new Set(cases.map((c) => c.category))) {
  describe(`hostile widget JSON: ${category}`, () => defineCaseTests(cases.filter((c) => c.category === category)));
}

after(() => printTally('widget corpus'));
