import { TriangleAlert } from "lucide-react";
import { CopyField } from "@/components/forms/copy-field";
import { Alert, AlertDescription } from "@/components/ui/alert";

/** The whole key, shown this once: only its hash is kept, so nobody can show it again. */
export function NewApiKey({ apiKey }: { apiKey: string }) {
  return (
    <div className="grid gap-3">
      <Alert variant="warning" role="note">
        <TriangleAlert aria-hidden="true" />
        <AlertDescription id="new-api-key-warning">Copy it now: it will not be shown again.</AlertDescription>
      </Alert>
      <CopyField
        id="new-api-key"
        label="Your new API key"
        value={apiKey}
        noun="key"
        describedBy="new-api-key-warning"
        inputClassName="font-mono text-xs md:text-xs"
      />
    </div>
  );
}
