import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ThemeFormDialog } from "@/components/themes/theme-form-dialog";
import { SuggestThemes } from "@/components/themes/suggest-themes";
import { TaxonomyPreset } from "@/components/themes/taxonomy-preset";
import { ThemeInsights } from "@/components/themes/theme-insights";
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
        description="Themes tell what comments are about. A comment gets a theme when it contains one of the theme's words or phrases, in any grammatical form, and the theme applies to its journey. See how often each comes up and how customers feel about it, then add words, merge or split themes, or accept themes suggested from your comments."
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
        <TaxonomyPreset />
        <ThemeInsights />
        <section aria-labelledby="taxonomy-heading" className="grid gap-4">
          <h2 id="taxonomy-heading" className="text-lg font-semibold">
            Words and phrases
          </h2>
          <ThemesTable />
        </section>
        <SuggestThemes />
        <TryComment />
      </div>
    </>
  );
}
