import { Badge } from "@/components/ui/badge";

type Session = { status: "confirmed" | "awaiting_confirmation"; followUpDue: boolean };

/** Confirmed or awaiting the person's confirmation, and a follow-up whose day has come. */
export function CoachingStatus({ session }: { session: Session }) {
  return (
    <span className="flex flex-wrap gap-1">
      {session.status === "confirmed" ? <Badge variant="success">Confirmed</Badge> : <Badge variant="warning">Awaiting confirmation</Badge>}
      {session.followUpDue && <Badge variant="destructive">Follow-up due</Badge>}
    </span>
  );
}
