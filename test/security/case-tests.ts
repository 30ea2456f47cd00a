/** Mocha tests for corpus cases, shared by the widget and template suites. */
import { expect } from '@esm-bundle/chai';
import { runCase, type HostileCase } from './run-case.js';
import { KNOWN_FAILURES } from './known-failures.js';

type Outcome = 'passed' | 'failed' | 'skipped';
const tally = new Map<string, Record<Outcome, number>>();

function record(category: string, outcome: Outcome): void {
  const row = tally.get(category) ?? { passed: 0, failed: 0, skipped: 0 };
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
      const { findings, renderMs } = await runCase(testCase);
      record(testCase.category, findings.length === 0 ? 'passed' : 'failed');
      if (renderMs > 500 || findings.length > 0) console.log(`[security] ${testCase.id} ${Math.round(renderMs)} ms${findings.length ? `\n  ${findings.join('\n  ')}` : ''}`);
      if (known) expect(findings, `${testCase.id} now passes: remove it from KNOWN_FAILURES`).not.to.be.empty;
      else expect(findings, findings.join('\n')).to.be.empty;
    });
  }
}

/** Logs cases tried/passed per category (the figures docs/security.md quotes). */
export function printTally(label: string): void {
  const lines = [...tally].map(([category, row]) => `  ${category}: ${row.passed + row.failed} tried, ${row.passed} passed, ${row.failed} known failures, ${row.skipped} not run`);
  console.log(`[security] ${label}\n${lines.join('\n')}`);
}
