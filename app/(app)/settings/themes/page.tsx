import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ThemeFormDialog } from "@/components/themes/theme-form-dialog";
import { ThemesTable } from "@/components/themes/themes-table";
import { TryComment } from "@/components/themes/try-comment";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Themes" };

export default async function ThemesPage() {
  await requireUser(["director"]);
  return (
    <>
      <PageHeader
        title="Themes"
        description="Themes tell what comments are about. A comment gets a theme when it contains one of the theme's words or phrases, in any grammatical form. Changes apply to comments that arrive afterwards."
        actions={
          <ThemeFormDialog
            trigger={
              <Button>
                <Plus aria-hidden="true" />
                Add theme
              </Button>
            }
          />
        }
      />
      <div className="grid gap-6">
        <TryComment />
        <ThemesTable />
      </div>
    </>
  );
}
