import "server-only";

/**
 * Errors a service may throw. Only the API layers translate them: tRPC codes in
 * server/api/trpc.ts, HTTP statuses in the REST layer. Messages are safe to show a user.
 */
export class ServiceError extends Error {}

export class NotFoundError extends ServiceError {
  constructor(what: string) {
    super(`${what} was not found`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends ServiceError {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ValidationError extends ServiceError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class PermissionError extends ServiceError {
  constructor(message = "You are not allowed to do that") {
    super(message);
    this.name = "PermissionError";
  }
}

export class TooManyRequestsError extends ServiceError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "TooManyRequestsError";
  }
}
