export const LOCKED_MESSAGE = "Too many failed sign-ins. Wait 15 minutes and try again.";
export const BAD_CREDENTIALS_MESSAGE =
  "The email or password is not right, or the account cannot sign in.";

/** The message for a next-auth error code, from signIn() or the `?error=` of a redirect. */
export function signInErrorMessage(code: string): string {
  if (code === "locked") return LOCKED_MESSAGE;
  if (code === "SessionRequired") return "Please sign in to continue.";
  return BAD_CREDENTIALS_MESSAGE;
}
