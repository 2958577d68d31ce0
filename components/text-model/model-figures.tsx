import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import { ConfusionMatrix } from "./confusion-matrix";
import { algorithmName, formatBytes, formatCount, formatDateTime, formatF1, formatPercent, type ModelSummary } from "./format";

function Comparison({ name, model, lexicon, format }: { name: string; model: number; lexicon: number; format: (n: number) => string }) {
  const better = model > lexicon;
  return (
    <div className="grid gap-2 rounded-lg border p-4">
      <p className="text-sm font-medium">{name}</p>
      <dl className="grid grid-cols-2 gap-3">
        <div>
          <dt className="text-xs text-muted-foreground">Your model</dt>
          <dd className={cn("text-2xl font-semibold tabular-nums", better && "text-success")}>{format(model)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Lexicon (AFINN)</dt>
          <dd className="text-2xl font-semibold tabular-nums text-muted-foreground">{format(lexicon)}</dd>
        </div>
      </dl>
    </div>
  );
}

/** The latest model measured against the lexicon on the same held-out labels. */
export function ModelFigures({ model }: { model: ModelSummary }) {
  const details: [string, string][] = [
    ["Trained", `${formatDateTime(model.trainedAt)}${model.trainedBy ? ` by ${model.trainedBy}` : " (automatic)"}`],
    ["Method", algorithmName(model.algorithm)],
    ["Labels", `${formatCount(model.trainCount)} learnt from, ${formatCount(model.heldOutCount)} held out`],
    ["Features", formatCount(model.featureCount)],
    ["Size", formatBytes(model.sizeBytes)],
  ];
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle>Latest model against the lexicon</CardTitle>
          {model.active ? (
            <Badge variant="success">In use</Badge>
          ) : model.beatsLexicon ? (
            <Badge variant="secondary">Not in use</Badge>
          ) : (
            <Badge variant="warning">Did not beat the lexicon</Badge>
          )}
        </div>
        <CardDescription>
          Both scored the same {formatCount(model.heldOutCount)} labelled comments, which the model did not learn from. Macro-F1
          averages how well each sentiment is found, so a scorer that calls everything neutral does not look good.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <div className="grid gap-4 sm:grid-cols-2">
          <Comparison name="Accuracy" model={model.accuracy} lexicon={model.lexiconAccuracy} format={formatPercent} />
          <Comparison name="Macro-F1" model={model.macroF1} lexicon={model.lexiconMacroF1} format={formatF1} />
        </div>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted-foreground">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <div className="grid gap-6 lg:grid-cols-2">
          <ConfusionMatrix title="Your model: labelled against predicted" matrix={model.confusion} />
          <ConfusionMatrix title="Lexicon: labelled against predicted" matrix={model.lexiconConfusion} />
        </div>
      </CardContent>
    </Card>
  );
}
