"use client";

import { Button } from "@/components/ui/button";

export type Progress = { bytes: number; totalBytes: number; rowsRead: number; startedAt: number; now: number; stopping: boolean };

const number = new Intl.NumberFormat("en-GB");

/** The running import: share of the file read, rows and rows a second, and a way out. */
export function ImportProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const percent = progress.totalBytes ? Math.min(100, Math.round((progress.bytes / progress.totalBytes) * 100)) : 0;
  const seconds = Math.max((progress.now - progress.startedAt) / 1000, 0.001);
  return (
    <div className="grid gap-3">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% of the file, ${number.format(progress.rowsRead)} rows`}
        className="h-3 w-full overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-muted-foreground tabular-nums">
          {percent}% · {number.format(progress.rowsRead)} rows · {number.format(Math.round(progress.rowsRead / seconds))} rows/s
          {progress.stopping && " · stopping after this chunk…"}
        </p>
        <Button variant="outline" onClick={onCancel} disabled={progress.stopping}>
          Cancel import
        </Button>
      </div>
    </div>
  );
}
