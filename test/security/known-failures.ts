/**
 * KNOWN_FAILURES: corpus cases the runtime still fails, each with what happens and whose fix it
 * is. This list is the to-do: a listed case that starts passing fails the suite until its entry is
 * removed. `skip` marks cases that cannot even run in the shared page (they block or crash it).
 */
export interface KnownFailure {
  reason: string;
  skip?: boolean;
}

export const KNOWN_FAILURES: Readonly<Record<string, KnownFailure>> = {};
