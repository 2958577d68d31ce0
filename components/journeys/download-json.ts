/** A file name for `<name>.journey.json`: characters that file systems refuse become "-". */
export function journeyFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim() || "journey";
  return `${safe}.journey.json`;
}

/** Offers a value as a JSON file download, without a round trip to the server. */
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns; give them a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
