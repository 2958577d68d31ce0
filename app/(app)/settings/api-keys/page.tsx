import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { API_DOCS_PATH } from "@/components/api-keys/api-key-labels";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requireUser(["director"]);
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let your other systems send feedback and observations to Touchpoint. Each key is shown once, when it is
            created; revoke one that is lost or no longer used.{" "}
            <a href={API_DOCS_PATH} className="font-medium text-primary underline-offset-4 hover:underline">
              API reference
            </a>
          </>
        }
        actions={<CreateApiKeyDialog />}
      />
      <ApiKeysTable />
    </>
  );
}
