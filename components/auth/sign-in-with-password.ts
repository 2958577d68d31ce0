import { signIn } from "next-auth/react";
import { signInErrorMessage } from "./sign-in-errors";

/** Signs in without a page reload; returns the message to show, or null on success. */
export async function signInWithPassword(email: string, password: string): Promise<string | null> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (!result) return signInErrorMessage("unknown");
  if (result.error) return signInErrorMessage(result.error);
  return null;
}
