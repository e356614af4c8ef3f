/** Errors services raise for the callers to answer (the console maps them to HTTP statuses). */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** Someone else got there first (a claim), or the thing is no longer in a state that allows it. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
}
