import { setLogDestination } from "@/server/log";

export type LogLine = Record<string, unknown> & { level: string; time: string; msg?: string; requestId?: string };

/** Everything the server logs from now until `stop()`: the raw lines and their parsed entries. */
export function captureLogs() {
  const lines: string[] = [];
  const previous = setLogDestination({ write: (line) => lines.push(line.trimEnd()) });
  return {
    lines,
    text: () => lines.join("\n"),
    entries: () => lines.map((line) => JSON.parse(line) as LogLine),
    clear: () => void (lines.length = 0),
    stop: () => void setLogDestination(previous),
  };
}
