import type { RouterOutputs } from "@/lib/trpc/types";

export type ModelStatus = RouterOutputs["textModel"]["status"];
export type ModelSummary = NonNullable<ModelStatus["latest"]>;
export type TextJob = ModelStatus["jobs"][number];


const number = new Intl.NumberFormat("en-GB");
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export const formatCount = (n: number) => number.format(n);
export const formatPercent = (share: number) => `${(share * 100).toFixed(1)}%`;
/** F1 reads as a score from 0 to 1, not a share of comments. */
export const formatF1 = (f1: number) => f1.toFixed(2);
export const formatDateTime = (value: Date | string) => dateTime.format(new Date(value));

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const ALGORITHM_NAMES: Record<string, string> = {
  "softmax-regression": "Logistic regression",
  "naive-bayes": "Naive Bayes",
};
export const algorithmName = (algorithm: string) => ALGORITHM_NAMES[algorithm] ?? algorithm;
