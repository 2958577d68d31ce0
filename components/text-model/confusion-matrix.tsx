import { cn } from "@/lib/utils";
import { SENTIMENT_CLASSES, SENTIMENT_LABEL_NAMES } from "@/lib/domain/sentiment";
import { formatCount } from "./format";

/**
 * Rows: the label people gave; columns: the label predicted. Each cell is shaded by its share of
 * its row, so a good scorer shows a dark diagonal; the count and the share are written in the
 * cell, so the colour is never the only carrier.
 */
export function ConfusionMatrix({ title, matrix }: { title: string; matrix: number[][] }) {
  return (
    <figure className="grid gap-2">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-1 text-sm">
          <thead>
            <tr>
              <td className="w-28" />
              <th scope="colgroup" colSpan={3} className="pb-1 text-center text-xs font-normal text-muted-foreground">
                Predicted
              </th>
            </tr>
            <tr>
              <th scope="col" className="text-left text-xs font-normal text-muted-foreground">
                Labelled
              </th>
              {SENTIMENT_CLASSES.map((label) => (
                <th key={label} scope="col" className="px-2 text-center text-xs font-medium">
                  {SENTIMENT_LABEL_NAMES[label]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SENTIMENT_CLASSES.map((actual, row) => {
              const cells = matrix[row] ?? [0, 0, 0];
              const rowTotal = cells.reduce((sum, n) => sum + n, 0);
              return (
                <tr key={actual}>
                  <th scope="row" className="pr-2 text-left text-xs font-medium">
                    {SENTIMENT_LABEL_NAMES[actual]}
                  </th>
                  {cells.map((count, column) => {
                    const share = rowTotal === 0 ? 0 : count / rowTotal;
                    return (
                      <td
                        key={SENTIMENT_CLASSES[column]}
                        data-testid={`cell-${actual}-${SENTIMENT_CLASSES[column]}`}
                        className={cn("h-14 min-w-20 rounded-md border text-center text-foreground tabular-nums", column === row && "ring-1 ring-foreground/20")}
                        // The shade stops at 45% of the brand colour, where dark text still reads at 4.5:1 or better.
                        style={{ backgroundColor: `color-mix(in oklch, var(--primary) ${Math.round(share * 45)}%, var(--card))` }}
                      >
                        <span className="block font-semibold">{formatCount(count)}</span>
                        <span className="block text-xs">{rowTotal === 0 ? "–" : `${Math.round(share * 100)}%`}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
