const number = new Intl.NumberFormat("en-GB");

export type ImportStat = { label: string; value: number; hint: string };

/** How much of a file an import read, and what became of its rows: shared by the feedback and LMS imports. */
export function ImportSummary({ fileName, rowsRead, cancelled, stats, columns }: { fileName: string; rowsRead: number; cancelled: boolean; stats: ImportStat[]; columns: string }) {
  return (
    <>
      <p className="text-sm text-muted-foreground">
        {cancelled ? "Import cancelled after " : "Read "}
        {number.format(rowsRead)} rows of {fileName}.
      </p>
      <dl className={`grid gap-3 ${columns}`}>
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{s.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums" aria-label={`${s.label}: ${s.value}`}>
              {number.format(s.value)}
            </dd>
            <dd className="text-xs text-muted-foreground">{s.hint}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
