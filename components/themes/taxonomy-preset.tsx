"use client";

import { useId, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RefreshCw, Replace } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { DialogCancel } from "@/components/forms/dialog-cancel";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { JobProgress } from "@/components/text-model/job-progress";
import { THEME_PRESETS, type ThemePresetId } from "@/lib/themes/presets";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";

const themesWord = (n: number) => (n === 1 ? "1 theme" : `${n} themes`);

/**
 * Which starting taxonomy the organisation uses, a switch to another (or to none), and the
 * re-analysis of stored comments that makes past comments follow the current themes.
 */
export function TaxonomyPreset() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.themes.list.queryOptions());
  const status = useQuery(trpc.textModel.status.queryOptions());
  const rescore = useMutation(trpc.textModel.rescore.mutationOptions());
  const [jobId, setJobId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (list.isPending) return <Skeleton className="h-32 w-full" />;
  if (list.isError) return <FormAlert message={errorMessage(list.error)} />;
  const { preset, isDefault, themes } = list.data;
  const followed = jobId ?? status.data?.openJob?.id ?? null;
  const busy = rescore.isPending || status.data?.openJob != null;

  const refresh = () => {
    void queryClient.invalidateQueries(trpc.themes.pathFilter());
    void queryClient.invalidateQueries(trpc.textModel.status.queryFilter());
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-lg">
          {preset.id === "none" ? "Started empty" : `Started from: ${preset.label}`}
        </CardTitle>
        <CardDescription>
          {isDefault
            ? preset.id === "none"
              ? "No starting taxonomy: only the themes you add or accept."
              : `The ${preset.label.toLowerCase()} themes as they come (${themesWord(themes.length)}).`
            : `${themesWord(themes.length)} of your own, started from the ${preset.label.toLowerCase()} taxonomy.`}{" "}
          Comments already stored keep the themes they were given until you re-analyse them.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap gap-2">
          <SwitchPresetDialog
            current={preset.id}
            replacing={themes.length}
            onSwitched={(queued) => {
              setJobId(queued);
              refresh();
            }}
          />
          <Button
            variant="outline"
            disabled={busy}
            onClick={() => {
              setFailure(null);
              rescore.mutate(undefined, {
                onSuccess: ({ jobId: queued }) => {
                  setJobId(queued);
                  refresh();
                },
                onError: (error) => setFailure(errorMessage(error)),
              });
            }}
          >
            <RefreshCw aria-hidden="true" />
            {rescore.isPending ? "Queuing…" : "Re-analyse past comments"}
          </Button>
        </div>
        <FormAlert message={failure} />
        {followed && <JobProgress key={followed} jobId={followed} onSettled={refresh} />}
      </CardContent>
    </Card>
  );
}

type SwitchProps = { current: ThemePresetId; replacing: number; onSwitched: (jobId: string | null) => void };

function SwitchPresetDialog({ current, replacing, onSwitched }: SwitchProps) {
  const trpc = useTRPC();
  const switchPreset = useMutation(trpc.themes.switchPreset.mutationOptions());
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<ThemePresetId>(current === "generic" ? "airline" : "generic");
  const [reanalyse, setReanalyse] = useState(true);
  const reanalyseId = useId();
  const chosen = THEME_PRESETS.find((option) => option.id === preset)!;

  const confirm = async () => {
    try {
      const result = await switchPreset.mutateAsync({ preset, reanalyse });
      setOpen(false);
      onSwitched(result.jobId);
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) switchPreset.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Replace aria-hidden="true" />
          Switch taxonomy
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Switch to another taxonomy</DialogTitle>
          <DialogDescription>
            {replacing === 0
              ? "You have no themes now; the chosen taxonomy applies to comments from now on."
              : `Your ${themesWord(replacing)} and their words and journeys are replaced by the chosen taxonomy. This cannot be undone.`}
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-4">
          <SelectField
            id="switch-preset"
            label="Taxonomy"
            description={chosen.description}
            value={preset}
            onChange={(event) => setPreset(event.target.value as ThemePresetId)}
          >
            {THEME_PRESETS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
                {option.id === current ? " (current)" : ""}
              </option>
            ))}
          </SelectField>
          <div className="flex items-start gap-2">
            <Checkbox id={reanalyseId} checked={reanalyse} onCheckedChange={(checked) => setReanalyse(checked === true)} />
            <Label htmlFor={reanalyseId} className="font-normal leading-snug">
              Re-analyse past comments now, so they carry the new themes (a background job; themes people corrected by hand
              stay). Without it, past comments keep their old themes until re-analysed.
            </Label>
          </div>
        </div>
        <FormAlert message={switchPreset.isError ? errorMessage(switchPreset.error) : null} />
        <DialogFooter>
          <DialogCancel />
          <Button type="button" variant="destructive" disabled={switchPreset.isPending} onClick={() => void confirm()}>
            {switchPreset.isPending ? "Switching…" : replacing === 0 ? `Use ${chosen.label}` : `Replace ${themesWord(replacing)}`}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
