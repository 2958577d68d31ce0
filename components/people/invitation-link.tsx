import { CopyField } from "@/components/forms/copy-field";

export function InvitationLink({ url }: { url: string }) {
  return (
    <div className="grid gap-2">
      <CopyField id="invitation-link" label="Invitation link" value={url} noun="link" describedBy="invitation-link-description" />
      <p id="invitation-link-description" className="text-sm text-muted-foreground">
        Send this link to the person; it works once and expires in 7 days.
      </p>
    </div>
  );
}
