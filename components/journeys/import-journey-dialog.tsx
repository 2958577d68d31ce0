"use client";

import { useId, useState, type FormEvent } from "react";
import { Link } from "@/components/ui/link";
import { useMutation } from "@tanstack/react-query";
import { CircleCheck, Upload } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormDialog } from "@/components/forms/form-dialog";
import { describedBy } from "@/components/forms/text-field";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, serverFieldErrors } from "@/lib/trpc/errors";
import type { RouterInputs } from "@/lib/trpc/types";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

type JourneyDocument = RouterInputs["journeys"]["importDefinition"]["document"];

type Problem = { where: string; message: string };

/** "document.stages.0.touchPoints.2.name" -> "stages #1 › touchPoints #3 › name". */
function describePath(path: string): string {
  const parts = path.split(".").filter((part, index) => !(index === 0 && part === "document"));
  if (parts.length === 0) return "The file";
  return parts.map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part)).join(" › ");
}

function problemsOf(error: unknown): Problem[] {
  return Object.entries(serverFieldErrors(error) ?? {}).flatMap(([path, messages]) =>
    messages.map((message) => ({ where: describePath(path), message })),
  );
}

export function ImportJourneyDialog() {
  return (
    <FormDialog
      trigger={
        <Button variant="outline">
          <Upload aria-hidden="true" />
          Import journey
        </Button>
      }
      className="sm:max-w-xl"
      title="Import a journey"
      description="Choose a journey file (.json) exported from Touchpoint. It becomes a new journey; nothing existing changes."
    >
      {() => <ImportForm />}
    </FormDialog>
  );
}

function ImportForm() {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<{ id: string; warnings: string[] } | null>(null);
  const importDefinition = useMutation(trpc.journeys.importDefinition.mutationOptions());

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFileError(null);
    setFormError(null);
    setProblems([]);
    if (!file) {
      setFileError("Choose a file to import");
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setFileError(`${file.name} is not a valid JSON file`);
      return;
    }
    try {
      // The server checks the whole document and names each problem; the browser only parses it.
      const imported = await importDefinition.mutateAsync({ document: document as JourneyDocument });
      await invalidate();
      setResult(imported);
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found);
      setFormError(found.length > 0 ? "The journey was not imported. Fix these problems in the file and try again:" : errorMessage(error));
    }
  };

  if (result) {
    return (
      <div className="grid gap-4">
        <Alert variant="success">
          <CircleCheck aria-hidden="true" />
          <AlertTitle>Journey imported.</AlertTitle>
          {result.warnings.length > 0 && (
            <AlertDescription>
              <p>Imported with {result.warnings.length === 1 ? "a warning" : `${result.warnings.length} warnings`}:</p>
              <ul className="list-disc pl-5">
                {result.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </AlertDescription>
          )}
        </Alert>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Done
            </Button>
          </DialogClose>
          <Button asChild>
            <Link href={`/journeys/${result.id}`}>Open the imported journey</Link>
          </Button>
        </DialogFooter>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      {formError && (
        <div role="alert" className="grid gap-2 rounded-lg border border-destructive/40 bg-destructive/5 px-4 py-3 text-sm text-destructive">
          <p className="font-medium">{formError}</p>
          {problems.length > 0 && (
            <ul className="list-disc pl-5">
              {problems.map((problem, index) => (
                <li key={index}>
                  <span className="font-medium">{problem.where}:</span> {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FormField label="Journey file" htmlFor={inputId} error={fileError ?? undefined} description="A .json file, as made by Export JSON.">
        <Input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy(inputId, fileError ?? undefined, true)}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(null);
          }}
        />
      </FormField>
      <DialogFormFooter pending={importDefinition.isPending} submitLabel="Import journey" pendingLabel="Importing…" />
    </form>
  );
}

