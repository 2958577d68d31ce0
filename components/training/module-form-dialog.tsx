"use client";

import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { CheckboxList } from "@/components/forms/checkbox-list";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { SelectField } from "@/components/forms/select-field";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { TRAINING_CATEGORIES } from "@/lib/domain/training";
import { optionalText } from "@/lib/schemas/common";
import { EXTERNAL_ID_MAX, MODULE_SKILLS_MAX, moduleFieldsSchema } from "@/lib/schemas/training";
import { useTRPC } from "@/lib/trpc/react";
import { KIND_DESCRIPTION, KIND_LABEL } from "./training-labels";
import { MarkdownContent } from "./markdown-content";

const formSchema = z.object({
  title: moduleFieldsSchema.shape.title,
  kind: moduleFieldsSchema.shape.kind,
  skillsText: optionalText("Skills", 2000).refine((text) => splitSkills(text).length <= MODULE_SKILLS_MAX, `List at most ${MODULE_SKILLS_MAX} skills`),
  touchPointIds: z.array(z.string()),
  durationMinutes: moduleFieldsSchema.shape.durationMinutes,
  content: moduleFieldsSchema.shape.content,
  externalId: optionalText("LMS course id", EXTERNAL_ID_MAX),
  /** "" for the whole organisation. */
  teamId: z.string(),
});
type FormValues = z.input<typeof formSchema>;

const FIELDS = { title: "title", kind: "kind", skills: "skillsText", touchPointIds: "touchPointIds", durationMinutes: "durationMinutes", content: "content", externalId: "externalId", teamId: "teamId" } as const;

/** Skills typed as a list separated by commas or new lines. */
function splitSkills(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((skill) => skill.trim())
    .filter((skill) => skill !== "");
}

export type EditableModule = {
  id: string;
  title: string;
  kind: (typeof TRAINING_CATEGORIES)[number];
  skills: string[];
  touchPoints: { id: string }[];
  durationMinutes: number;
  content: string;
  externalId: string | null;
  teamId: string | null;
};

type Props = {
  trigger: ReactNode;
  /** Absent when creating. */
  module?: EditableModule;
  isDirector: boolean;
  /** The teams the caller may give a module to (a lead's own teams; every team for a director). */
  teams: { id: string; name: string }[];
};

export function ModuleFormDialog({ trigger, module: existing, isDirector, teams }: Props) {
  return (
    <FormDialog
      trigger={trigger}
      className="sm:max-w-2xl"
      title={existing ? `Edit ${existing.title}` : "New training module"}
      description="What it teaches, the touch points it serves (its impact is measured on their KPIs) and its content."
    >
      {(close) => <ModuleForm existing={existing} isDirector={isDirector} teams={teams} onDone={close} />}
    </FormDialog>
  );
}

function ModuleForm({ existing, isDirector, teams, onDone }: { existing?: EditableModule; isDirector: boolean; teams: Props["teams"]; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const points = useQuery(trpc.training.touchPointOptions.queryOptions());
  const create = useMutation(trpc.training.create.mutationOptions());
  const update = useMutation(trpc.training.update.mutationOptions());
  const [preview, setPreview] = useState(false);
  const form = useForm<FormValues, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      title: existing?.title ?? "",
      kind: existing?.kind ?? "professional",
      skillsText: existing?.skills.join(", ") ?? "",
      touchPointIds: existing?.touchPoints.map((p) => p.id) ?? [],
      durationMinutes: existing?.durationMinutes ?? 30,
      content: existing?.content ?? "",
      externalId: existing?.externalId ?? "",
      teamId: existing?.teamId ?? (isDirector ? "" : (teams[0]?.id ?? "")),
    },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const pending = create.isPending || update.isPending;
  const teamId = useWatch({ control: form.control, name: "teamId" });
  const content = useWatch({ control: form.control, name: "content" }) ?? "";
  const kind = useWatch({ control: form.control, name: "kind" });
  // A team's module serves that team's touch points; an organisation-wide one any touch point.
  const offered = (points.data ?? []).filter((p) => !teamId || p.ownerTeamId === teamId);

  const onSubmit = submit(async ({ skillsText, ...values }) => {
    const fields = { ...values, skills: splitSkills(skillsText), externalId: values.externalId || null, teamId: values.teamId || null };
    const saved = existing ? await update.mutateAsync({ ...fields, moduleId: existing.id }) : await create.mutateAsync(fields);
    await queryClient.invalidateQueries(trpc.training.pathFilter());
    onDone();
    if (!existing) router.push(`/training/${saved.id}`);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField id="module-title" label="Title" autoComplete="off" error={errors.title?.message} {...form.register("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="module-kind" label="Kind" error={errors.kind?.message} description={KIND_DESCRIPTION[kind]} {...form.register("kind")}>
          {TRAINING_CATEGORIES.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABEL[kind]}
            </option>
          ))}
        </SelectField>
        <SelectField id="module-team" label="For" error={errors.teamId?.message} {...form.register("teamId")}>
          {isDirector && <option value="">The whole organisation</option>}
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="module-duration"
          label="Expected duration (minutes)"
          type="number"
          inputMode="numeric"
          min={1}
          error={errors.durationMinutes?.message}
          {...form.register("durationMinutes", { valueAsNumber: true })}
        />
        <TextField
          id="module-external-id"
          label="LMS course id (optional)"
          description="The course id in your LMS, to match its completions."
          autoComplete="off"
          error={errors.externalId?.message}
          {...form.register("externalId")}
        />
      </div>
      <TextField id="module-skills" label="Skills" description="Separated by commas." autoComplete="off" error={errors.skillsText?.message} {...form.register("skillsText")} />
      <FormField label="Touch points it serves" htmlFor="module-touch-points" error={errors.touchPointIds?.message}>
        <div id="module-touch-points">
          {points.isPending ? (
            <p className="text-sm text-muted-foreground">Loading touch points…</p>
          ) : offered.length === 0 ? (
            <p className="text-sm text-muted-foreground">No touch point to link{teamId ? " for this team" : ""}.</p>
          ) : (
            <Controller
              control={form.control}
              name="touchPointIds"
              render={({ field }) => (
                <CheckboxList
                  className="max-h-48 overflow-y-auto sm:grid-cols-2"
                  options={offered.map((p) => ({ value: p.id, label: p.name, id: `module-tp-${p.id}` }))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          )}
        </div>
      </FormField>
      <FormField label="Content (markdown)" htmlFor="module-content" error={errors.content?.message}>
        <div className="grid gap-2">
          <div className="flex gap-2" role="group" aria-label="Content view">
            <Button type="button" size="sm" variant={preview ? "ghost" : "secondary"} aria-pressed={!preview} onClick={() => setPreview(false)}>
              Write
            </Button>
            <Button type="button" size="sm" variant={preview ? "secondary" : "ghost"} aria-pressed={preview} onClick={() => setPreview(true)}>
              Preview
            </Button>
          </div>
          {preview ? (
            <div className="max-h-72 overflow-y-auto rounded-md border p-3">
              <MarkdownContent markdown={content} />
            </div>
          ) : (
            <Textarea
              id="module-content"
              rows={8}
              className="font-mono text-sm"
              aria-invalid={errors.content ? true : undefined}
              aria-describedby={describedBy("module-content", errors.content?.message)}
              {...form.register("content")}
            />
          )}
        </div>
      </FormField>
      <DialogFormFooter pending={pending} submitLabel={existing ? "Save changes" : "Create module"} />
    </form>
  );
}
