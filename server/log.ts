import "server-only";

/**
 * Security events as one JSON line each on stderr: failed sign-ins and refused calls, with who,
 * what, when and organisation. Never pass a password, token or hash in `details`.
 */
export type SecurityEvent = {
  event: "sign_in_failed" | "sign_in_locked" | "call_refused" | "request_refused";
  userId?: string | null;
  orgId?: string | null;
  email?: string | null;
  ip?: string | null;
  what?: string;
  reason?: string;
};

type Sink = (line: string) => void;
// Tests read the log through setSecurityLogSink; elsewhere it goes to stderr.
let sink: Sink = process.env.VITEST ? () => {} : (line) => process.stderr.write(line + "\n");

export function logSecurityEvent(event: SecurityEvent): void {
  sink(JSON.stringify({ at: new Date().toISOString(), level: "warn", ...event }));
}

/** Lets a test read what would be logged. */
export function setSecurityLogSink(next: Sink): Sink {
  const previous = sink;
  sink = next;
  return previous;
}
