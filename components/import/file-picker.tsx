"use client";

import { FileUp } from "lucide-react";
import { useId, useState } from "react";
import { cn } from "@/lib/utils";

/** A file input with a drop zone around it; the input keeps its own label for assistive tech. */
export function FilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
      className={cn(
        "flex flex-col items-center gap-3 rounded-lg border border-dashed px-6 py-10 text-center transition-colors",
        over ? "border-primary bg-primary/5" : "bg-card",
      )}
    >
      <FileUp aria-hidden="true" className="size-8 text-muted-foreground" />
      <div className="grid gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          CSV file
        </label>
        <p className="text-sm text-muted-foreground">Drop a .csv file here or choose one. Large files are read in pieces.</p>
      </div>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        className="max-w-xs text-sm file:mr-3 file:rounded-md file:border file:bg-background file:px-3 file:py-1.5 file:text-sm file:font-medium"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = "";
        }}
      />
    </div>
  );
}
