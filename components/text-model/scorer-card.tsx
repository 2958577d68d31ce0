"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { RefreshCw, Sparkles } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { formatCount, formatDateTime, formatF1, type ModelStatus } from "./format";
import { JobProgress } from "./job-progress";

function why(status: ModelStatus): string {
  const { latest, active, labels, minimums } = status;
  switch (status.reason) {
    case "model":
      return `Trained ${formatDateTime(active!.trainedAt)}. On ${formatCount(active!.heldOutCount)} labelled comments it had not learnt from, its macro-F1 is ${formatF1(active!.macroF1)} against the lexicon's ${formatF1(active!.lexiconMacroF1)}, so it scores new comments.`;
    case "did_not_beat":
      return `Your latest model (trained ${formatDateTime(latest!.trainedAt)}) did not beat the lexicon on ${formatCount(latest!.heldOutCount)} held-out labels (macro-F1 ${formatF1(latest!.macroF1)} against ${formatF1(latest!.lexiconMacroF1)}), so the lexicon keeps scoring comments. More labels may change that: train again when you have them.`;
    case "no_labels":
      return `Your organisation has no labelled comments yet. With ${minimums.labels} labels, ${minimums.perClass} of each sentiment, Touchpoint trains your own model in the background.`;
    case "too_few_labels":
      return `${status.notReadyReason} Touchpoint trains your own model in the background once there are enough.`;
    case "not_trained":
      return `You have ${formatCount(labels.total)} labelled comments, enough to train. A training starts in the background when labels arrive; or retrain now.`;
  }
}

/** What scores new comments now and why, with the two actions and the latest job's progress. */
export function ScorerCard({ status, onChanged }: { status: ModelStatus; onChanged: () => void }) {
  const trpc = useTRPC();
  const train = useMutation(trpc.textModel.train.mutationOptions({ onSuccess: onChanged }));
  const rescore = useMutation(trpc.textModel.rescore.mutationOptions({ onSuccess: onChanged }));
  const [failure, setFailure] = useState<string | null>(null);
  const followed = status.openJob ?? status.jobs[0] ?? null;
  const busy = status.openJob !== null || train.isPending || rescore.isPending;

  const run = (mutation: typeof train | typeof rescore) => {
    setFailure(null);
    mutation.mutate(undefined, { onError: (error) => setFailure(errorMessage(error)) });
  };

  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle className="text-lg">{status.scorer === "model" ? "Your own model" : "Lexicon (AFINN)"}</CardTitle>
          <Badge variant={status.scorer === "model" ? "success" : "secondary"}>Scores new comments</Badge>
        </div>
        <CardDescription>{why(status)}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => run(train)} disabled={busy}>
            <Sparkles aria-hidden="true" />
            {train.isPending ? "Queuing…" : "Retrain"}
          </Button>
          <Button variant="outline" onClick={() => run(rescore)} disabled={busy}>
            <RefreshCw aria-hidden="true" />
            {rescore.isPending ? "Queuing…" : "Rescore stored feedback"}
          </Button>
        </div>
        <FormAlert message={failure} />
        {followed && <JobProgress key={followed.id} jobId={followed.id} onSettled={onChanged} />}
        <p className="text-xs text-muted-foreground">
          How the model is chosen: each training sets aside a fifth of your labels, measures the new model and the lexicon on
          them, and uses the model only if its macro-F1 there is higher. The newest training decides, so a retrained model
          that no longer beats the lexicon hands back to it. Rescoring re-reads stored comments with whatever scores now;
          labels people gave and themes they corrected are never changed.
        </p>
      </CardContent>
    </Card>
  );
}
