"use client";

import { useMutationState } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

type Mapped = { module: string; statements: number; applied: number; waitingForPerson: number };

/** What the last mapping did, announced: it stays after its row leaves the waiting list. */
export function MapResult() {
  const trpc = useTRPC();
  const results = useMutationState({ filters: { mutationKey: trpc.trainingImports.mapCourse.mutationKey(), status: "success" }, select: (m) => m.state.data as Mapped });
  const last = results.at(-1);
  return (
    <p role="status" className="text-sm">
      {last &&
        `Mapped to ${last.module}: ${last.applied} of ${last.statements} statements became training records${last.waitingForPerson ? `; ${last.waitingForPerson} now ${last.waitingForPerson === 1 ? "waits" : "wait"} for their person` : ""}.`}
    </p>
  );
}
