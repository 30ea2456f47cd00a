/**
 * A Python exception raised while rendering (TypeError, UndefinedError, ...). The evaluator
 * turns it into a TemplateError carrying the template position of the expression that raised it.
 */
export class PyException extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

export function typeError(message: string): PyException {
  return new PyException('TypeError', message);
}

export function valueError(message: string): PyException {
  return new PyException('ValueError', message);
}

export function undefinedError(message: string): PyException {
  return new PyException('UndefinedError', message);
}

/** Work limits (loop iterations, output size, recursion depth) end a render with this. */
export function limitError(message: string): PyException {
  return new PyException('LimitExceeded', message);
}
