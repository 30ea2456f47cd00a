/**
 * Imported first by theming-inherit.test.ts, before the library: registers one token name the way a
 * host page can, so the test can check that the library keeps a registration it finds.
 */
export let pageRegistrationError: unknown;
try {
  CSS.registerProperty({ name: '--ck-radius-4xl', syntax: '<length>', inherits: true, initialValue: '30px' });
} catch (error) {
  pageRegistrationError = error;
}
