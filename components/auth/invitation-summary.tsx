import { ROLE_LABELS } from "@/lib/domain/roles";
import type { RouterOutputs } from "@/lib/trpc/types";

type Invitation = RouterOutputs["invitations"]["lookup"];

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function InvitationSummary({ invitation }: { invitation: Invitation }) {
  const rows: [string, string][] = [
    ["Organisation", invitation.orgName],
    ["Email", invitation.email],
    ["Role", ROLE_LABELS[invitation.role]],
    ["Team", invitation.teamName ?? "No team yet"],
    ["Link expires", dateFormat.format(invitation.expiresAt)],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md border bg-muted/40 p-4 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted-foreground">{term}</dt>
          <dd className="font-medium break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
