/** Mocha tests for corpus cases, shared by the widget and template suites. */
import { expect } from '@esm-bundle/chai';
import { runCase, type HostileCase } from './run-case.js';
import { KNOWN_FAILURES } from './known-failures.js';

type Outcome = 'passed' | 'failed' | 'skipped' | 'overBudget';
const tally = new Map<string, Record<Outcome, number>>();

function record(category: string, outcome: Outcome): void {
  const row = tally.get(category) ?? { passed: 0, failed: 0, skipped: 0, overBudget: 0 };
  row[outcome]++;
  tally.set(category, row);
}

/** One `it` per case: a failure message lists every oracle the case tripped. */
export function defineCaseTests(list: readonly HostileCase[]): void {
  for (const testCase of list) {
    const known = KNOWN_FAILURES[testCase.id];
    const title = `${testCase.id}: ${testCase.description}`;
    if (known?.skip) {
      it.skip(`${title} (known failure, not run: ${known.reason})`);
      record(testCase.category, 'skipped');
      continue;
    }
    it(title, async function () {
      this.timeout(60_000);
      const { findings, renderMs, blockedMs, overBudget } = await runCase(testCase);
      const expected = findings.filter((f) => known?.oracles.some((oracle) => f.startsWith(`${oracle}:`) || f.startsWith(`after clicks, ${oracle}:`)));
      const unexpected = findings.filter((f) => !expected.includes(f));
      record(testCase.category, findings.length === 0 ? 'passed' : 'failed');
      if (overBudget) record(testCase.category, 'overBudget');
      if (renderMs + blockedMs > 500 || findings.length > 0) console.log(`[security] ${testCase.id} render ${Math.round(renderMs)} ms, blocked ${Math.round(blockedMs)} ms after${findings.length ? `\n  ${findings.join('\n  ')}` : ''}`);
      expect(unexpected, unexpected.join('\n')).to.deep.equal([]);
      if (!known || expected.length > 0) return;
      // A fixed case must leave the to-do list; a `hang` entry only says so, since speed varies by machine.
      if (known.oracles.every((oracle) => oracle === 'hang')) console.log(`[security] ${testCase.id} passed this time: if it keeps passing, remove it from KNOWN_FAILURES`);
      else expect.fail(`${testCase.id} now passes: remove it from KNOWN_FAILURES`);
    });
  }
}

/** Logs cases tried/passed per category (the figures docs/security.md quotes). */
export function printTally(label: string): void {
  const lines = [...tally].map(([category, row]) => `  ${category}: ${row.passed + row.failed} tried, ${row.passed} passed, ${row.failed} known failures, ${row.skipped} not run, ${row.overBudget} over the 2 s budget`);
  console.log(`[security] ${label}\n${lines.join('\n')}`);
}
