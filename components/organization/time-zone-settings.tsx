"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Progress } from "@/components/ui/progress";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { formatInstant } from "@/lib/day-in";
import { TIME_ZONES } from "@/lib/time-zone";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import type { RouterOutputs } from "@/lib/trpc/types";

type Settings = RouterOutputs["organization"]["settings"];
type Rebuild = NonNullable<Settings["rebuild"]>;

const number = new Intl.NumberFormat("en-GB");
const zoneName = (zone: string) => zone.replaceAll("_", " ");

/** Now, again every 30 seconds: the clock beside the zone picker. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The zone picker with the time it is there now; a change asks first (what moves, how much is
 * rebuilt), then drives the rebuild call after call with its progress. A rebuild left unfinished
 * (a closed page, a restarted server) is resumed when a director opens this page.
 */
export function TimeZoneSettings({ settings }: { settings: Settings }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const now = useNow();
  const selectId = useId();
  const [chosen, setChosen] = useState(settings.timeZone);
  const [rebuild, setRebuild] = useState<Rebuild | null>(settings.rebuild);
  const [running, setRunning] = useState(false);
  const stopped = useRef(false);
  const change = useMutation(trpc.organization.updateTimeZone.mutationOptions());
  const step = useMutation(trpc.organization.rebuildStep.mutationOptions());
  const zones = TIME_ZONES.includes(settings.timeZone) ? TIME_ZONES : [settings.timeZone, ...TIME_ZONES];
  const unfinished = Boolean(rebuild && !rebuild.finishedAt);

  const drive = async () => {
    setRunning(true);
    try {
      for (;;) {
        const next = await step.mutateAsync();
        setRebuild(next);
        if (!next || next.finishedAt || stopped.current) break;
      }
    } catch {
      // The mutation holds the error, shown below.
    } finally {
      setRunning(false);
      // Every figure may have moved to other days, and the layout's zone (times, "today") changed.
      await queryClient.invalidateQueries();
      router.refresh();
    }
  };

  const resumeOnOpen = useRef(unfinished);
  useEffect(() => {
    stopped.current = false;
    if (resumeOnOpen.current) {
      resumeOnOpen.current = false;
      void drive();
    }
    return () => {
      stopped.current = true;
    };
    // Runs once: a rebuild found unfinished when the page opens is resumed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const confirmChange = async () => {
    const saved = await change.mutateAsync({ timeZone: chosen });
    setRebuild(saved.rebuild);
    void drive();
  };

  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <SelectField
          id={selectId}
          label="Time zone"
          description={`It is ${formatInstant(chosen, now)} there now.`}
          value={chosen}
          disabled={running || unfinished}
          onChange={(event) => setChosen(event.target.value)}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zoneName(zone)}
            </option>
          ))}
        </SelectField>
      </div>
      {chosen !== settings.timeZone && !unfinished && (
        <ConfirmDialog
          title={`Change the time zone to ${zoneName(chosen)}?`}
          description={
            <>
              Your days will begin at midnight in {zoneName(chosen)} instead of {zoneName(settings.timeZone)}: answers given late in the evening or early in the
              morning may move to another day, so daily and weekly figures, trends and periods change. The figures of {number.format(settings.responses)}{" "}
              {settings.responses === 1 ? "response" : "responses"} at {number.format(settings.touchPoints)}{" "}
              {settings.touchPoints === 1 ? "touch point" : "touch points"} are rebuilt, one touch point at a time; until a touch point is rebuilt its figures
              still count days in {zoneName(settings.timeZone)}. New answers count in the new zone at once.
            </>
          }
          confirmLabel="Change and rebuild"
          pendingLabel="Changing…"
          destructive={false}
          action={change}
          onConfirm={confirmChange}
          trigger={<Button type="button">Change time zone…</Button>}
        />
      )}
      {rebuild && (unfinished || running || rebuild.finishedAt) && <RebuildProgress rebuild={rebuild} running={running} />}
      <FormAlert message={step.isError ? errorMessage(step.error) : null} />
      {unfinished && !running && (
        <div>
          <Button type="button" onClick={() => void drive()}>
            Resume the rebuild
          </Button>
        </div>
      )}
    </div>
  );
}

function RebuildProgress({ rebuild, running }: { rebuild: Rebuild; running: boolean }) {
  const total = rebuild.touchPointsTotal;
  const done = rebuild.finishedAt ? total : rebuild.touchPointsDone;
  const percent = total ? Math.floor((done / total) * 100) : 100;
  const text = rebuild.finishedAt
    ? `Figures rebuilt for ${zoneName(rebuild.timeZone)}: all ${number.format(total)} touch points. Every dashboard now counts days in ${zoneName(rebuild.timeZone)}.`
    : `Rebuilding figures for ${zoneName(rebuild.timeZone)}: ${number.format(done)} of ${number.format(total)} touch points${running ? "…" : " (paused)"}`;
  return (
    <div className="grid gap-2" aria-live="polite">
      <Progress value={percent} aria-label="Rebuild progress" aria-valuetext={`${number.format(done)} of ${number.format(total)} touch points rebuilt`} />
      <p className="text-sm tabular-nums">{text}</p>
      {rebuild.failedAt && <p className="text-sm text-destructive">The last attempt failed: {rebuild.error}</p>}
    </div>
  );
}
