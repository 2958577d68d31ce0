import "server-only";
import argon2 from "argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

const strength = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

/**
 * Refuses passwords that appear in the common-password lists or are otherwise guessable in few
 * tries (zxcvbn score below 2), including ones built from the person's own name or email.
 */
export function passwordWeakness(password: string, personal: string[] = []): string | null {
  // Words of the email and name count too, so "margaret.ellison" is weak for Margaret Ellison.
  const words = personal.flatMap((value) => [value, value.split("@")[0] ?? "", ...value.split(/[\s@._-]+/)]);
  const result = strength.check(password, words.filter((word) => word.length >= 3).map((word) => word.toLowerCase()));
  if (result.score >= 2) return null;
  return "This password is too common or too easy to guess. Try a longer phrase.";
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifying against a throwaway hash keeps an unknown email as slow as a wrong password. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-account-password");
  await verifyPassword(await dummyHash, password);
}
