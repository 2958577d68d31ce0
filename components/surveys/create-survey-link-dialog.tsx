"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { CopyField } from "@/components/forms/copy-field";
import { DialogCancel } from "@/components/forms/dialog-cancel";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, serverFieldErrors } from "@/lib/trpc/errors";
import type { ScoreKind } from "@/server/services/surveys/questions";
import { QUESTION_LABELS, surveyUrl } from "./survey-link-labels";

type CreateSurveyLinkDialogProps = {
  touchPointId: string;
  touchPointName: string;
  scoreKinds: ScoreKind[];
  hasOwnerTeam: boolean;
  describedBy: string;
};

export function CreateSurveyLinkDialog({ touchPointId, touchPointName, scoreKinds, hasOwnerTeam, describedBy }: CreateSurveyLinkDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [includeComment, setIncludeComment] = useState(true);
  const [includeStaff, setIncludeStaff] = useState(hasOwnerTeam);
  const [createdPath, setCreatedPath] = useState<string | null>(null);
  const create = useMutation(trpc.surveys.create.mutationOptions());

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      // Only now: the refreshed row swaps this dialog for the link's actions, so refreshing any
      // earlier would take the new link away before it could be copied.
      if (createdPath) void queryClient.invalidateQueries(trpc.surveys.list.pathFilter());
      setCreatedPath(null);
      create.reset();
    }
  };
  const onCreate = async () => {
    try {
      const created = await create.mutateAsync({ touchPointId, includeComment, includeStaff });
      setCreatedPath(created.path);
    } catch {
      // Shown below from create.error.
    }
  };
  const fieldErrors = create.error ? serverFieldErrors(create.error) : {};
  const idBase = `create-survey-${touchPointId}`;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-describedby={describedBy}>
          <Link2 aria-hidden="true" />
          Create link
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{createdPath ? `The survey link for ${touchPointName} is ready` : `Create a survey link for ${touchPointName}`}</DialogTitle>
          <DialogDescription>
            {createdPath
              ? "Share it, print it on receipts or put it in a QR code. Anyone with the link can answer; close it here when you are done."
              : scoreKinds.length
                ? `The survey asks the scores this touch point measures: ${scoreKinds.map((k) => QUESTION_LABELS[k]).join(", ")}.`
                : "This touch point measures no NPS, CSAT, CES or rating, so the survey asks for a comment only."}
          </DialogDescription>
        </DialogHeader>
        {createdPath ? (
          <>
            <CopyField id={`${idBase}-url`} label="Survey link" value={surveyUrl(createdPath)} noun="link" inputClassName="font-mono text-xs" />
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button">Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <div className="grid gap-4">
            <FormAlert message={create.error && Object.keys(fieldErrors).length === 0 ? errorMessage(create.error) : null} />
            <fieldset className="grid gap-3">
              <legend className="mb-2 text-sm font-medium">Also ask</legend>
              <Option
                id={`${idBase}-comment`}
                label="A comment in the customer's own words"
                description={scoreKinds.length ? "Optional for the customer." : "Needed: without scores the comment is the survey."}
                checked={includeComment}
                onChange={setIncludeComment}
                error={fieldErrors.includeComment?.[0]}
              />
              <Option
                id={`${idBase}-staff`}
                label="“Who served you?”"
                description={
                  hasOwnerTeam
                    ? "The customer may pick a name from the owning team (first name and initial). Optional for the customer."
                    : "This touch point has no owning team, so there is nobody to name."
                }
                checked={includeStaff}
                disabled={!hasOwnerTeam}
                onChange={setIncludeStaff}
                error={fieldErrors.includeStaff?.[0]}
              />
            </fieldset>
            <DialogFooter>
              <DialogCancel />
              <Button type="button" disabled={create.isPending} onClick={() => void onCreate()}>
                {create.isPending ? "Creating…" : "Create survey link"}
              </Button>
            </DialogFooter>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}

type OptionProps = {
  id: string;
  label: string;
  description: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
};

function Option({ id, label, description, checked, disabled, onChange, error }: OptionProps) {
  return (
    <div className="flex items-start gap-3 rounded-md border px-3 py-2">
      <Checkbox
        id={id}
        className="mt-0.5"
        checked={checked}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-description`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        onCheckedChange={(next) => onChange(next === true)}
      />
      <div className="grid gap-1">
        <Label htmlFor={id}>{label}</Label>
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
        {error && (
          <p role="alert" id={`${id}-error`} className="text-sm text-destructive">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
