"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { formatBytes, formatCount, formatDateTime, formatF1, formatPercent, type ModelSummary } from "./format";

function outcome(model: ModelSummary) {
  if (model.active) return <Badge variant="success">In use</Badge>;
  if (model.beatsLexicon) return <Badge variant="secondary">Beat the lexicon, since replaced</Badge>;
  return <Badge variant="warning">Did not beat the lexicon</Badge>;
}

/** Every training, newest first: what each model scored against the lexicon on its held-out labels. */
export function ModelHistory() {
  const trpc = useTRPC();
  const history = useQuery(trpc.textModel.history.queryOptions());
  return (
    <section aria-labelledby="model-history" className="grid gap-3">
      <h2 id="model-history" className="text-lg font-semibold">
        Model history
      </h2>
      {history.isPending ? (
        <div role="status" aria-label="Loading model history" className="grid gap-2">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : history.isError ? (
        <FormAlert message={errorMessage(history.error)} />
      ) : history.data.models.length === 0 ? (
        <p className="text-sm text-muted-foreground">No model has been trained yet.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Trained</TableHead>
              <TableHead>By</TableHead>
              <TableHead className="text-right">Labels</TableHead>
              <TableHead className="text-right">Accuracy (lexicon)</TableHead>
              <TableHead className="text-right">Macro-F1 (lexicon)</TableHead>
              <TableHead className="text-right">Features</TableHead>
              <TableHead className="text-right">Size</TableHead>
              <TableHead>Outcome</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {history.data.models.map((model) => (
              <TableRow key={model.id}>
                <TableCell>{formatDateTime(model.trainedAt)}</TableCell>
                <TableCell>{model.trainedBy ?? "Automatic"}</TableCell>
                <TableCell className="text-right tabular-nums">{formatCount(model.trainCount + model.heldOutCount)}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatPercent(model.accuracy)} <span className="text-muted-foreground">({formatPercent(model.lexiconAccuracy)})</span>
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatF1(model.macroF1)} <span className="text-muted-foreground">({formatF1(model.lexiconMacroF1)})</span>
                </TableCell>
                <TableCell className="text-right tabular-nums">{formatCount(model.featureCount)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatBytes(model.sizeBytes)}</TableCell>
                <TableCell>{outcome(model)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
