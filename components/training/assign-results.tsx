import { Alert, AlertDescription } from "@/components/ui/alert";

export type AssignResult = { userId: string; name: string; outcome: "assigned" | "already_assigned" };

/** What an assignment did, person by person: assigned, or already had it open. */
export function AssignResults({ results }: { results: readonly AssignResult[] }) {
  const assigned = results.filter((r) => r.outcome === "assigned").map((r) => r.name);
  const already = results.filter((r) => r.outcome === "already_assigned").map((r) => r.name);
  return (
    <Alert role="status">
      <AlertDescription>
        {assigned.length > 0 && <span className="block">Assigned to {assigned.join(", ")}.</span>}
        {already.length > 0 && <span className="block">Already assigned and not yet finished: {already.join(", ")}; left as it was.</span>}
      </AlertDescription>
    </Alert>
  );
}
