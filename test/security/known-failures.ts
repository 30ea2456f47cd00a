/**
 * KNOWN_FAILURES: corpus cases the runtime still fails, each with the oracles it trips, what happens
 * and the proposed fix (the owners' to-do). A listed case must still pass every other oracle; one
 * that starts passing fails the suite until its entry is removed (`hang`-only entries just log it,
 * since speed varies by machine). `skip` marks cases too slow to run in the shared page.
 */
export interface KnownFailure {
  /** The oracles the case is known to trip; any other finding still fails it. */
  oracles: readonly string[];
  reason: string;
  skip?: boolean;
}

export const KNOWN_FAILURES: Readonly<Record<string, KnownFailure>> = {
  'text-injection-047': {
    oracles: ['errorPlaceholder'],
    reason: 'Deliberate: assigning the property `widget = null` clears the element (how React, Vue and Svelte bindings say "no widget yet"), so it renders nothing. A null root that arrives as data (JSON text "null", a <script> child, a src URL or a template) shows the error placeholder: tested in test/browser/ck-widget.test.ts',
  },
};
