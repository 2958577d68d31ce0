"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { csvRows, textChunks } from "@/lib/import/records";
import { createRowMapper, type RowMapperOptions } from "@/lib/import/row-to-items";
import { runImport, splitHeader } from "@/lib/import/run-import";
import type { ImportTargets, Mapping } from "@/lib/import/types";
import { useTRPC } from "@/lib/trpc/react";
import type { ImportOutcome } from "./import-result";
import type { Progress } from "./import-progress";

/** Runs an import of a file chunk by chunk against the server, with progress and a cancel. */
export function useImportRun() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const start = useMutation(trpc.imports.start.mutationOptions());
  const chunk = useMutation(trpc.imports.chunk.mutationOptions());
  const finish = useMutation(trpc.imports.finish.mutationOptions());
  const [progress, setProgress] = useState<Progress | null>(null);
  const stop = useRef(false);

  async function run(file: File, mapping: Mapping, targets: ImportTargets, options: RowMapperOptions & { encoding: string }): Promise<ImportOutcome> {
    stop.current = false;
    const startedAt = Date.now();
    let bytes = 0;
    let rowsRead = 0;
    const update = (stopping = stop.current) => setProgress({ bytes, totalBytes: file.size, rowsRead, startedAt, now: Date.now(), stopping });
    update(false);
    const { id: importRunId } = await start.mutateAsync({ fileName: file.name, shape: mapping.shape });
    const { header, rest } = await splitHeader(csvRows(textChunks(file.stream(), (n) => (bytes += n), options.encoding)));
    const mapRow = createRowMapper(mapping, targets, options, header?.cells ?? []);
    try {
      const tally = await runImport({
        rows: rest,
        mapRow,
        sendChunk: (c) => chunk.mutateAsync({ importRunId, ...c }),
        shouldStop: () => stop.current,
        onProgress: (t) => {
          rowsRead = t.rowsRead;
          update();
        },
      });
      await finish.mutateAsync({ importRunId, status: tally.stopped ? "cancelled" : "completed" });
      return { fileName: file.name, header: header?.cells ?? [], ...tally, cancelled: tally.stopped };
    } catch (error) {
      // A run left "running" would look unfinished forever in Recent imports.
      await finish.mutateAsync({ importRunId, status: "cancelled" }).catch(() => undefined);
      throw error;
    } finally {
      setProgress(null);
      await queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey() });
    }
  }

  return {
    run,
    progress,
    cancel: () => {
      stop.current = true;
      setProgress((p) => (p ? { ...p, stopping: true } : p));
    },
  };
}
