/** Offers text as a file download, without a round trip to the server. */
export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns; give them a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "survey.csv" -> "survey-rejected.csv". */
export function rejectsFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, "") || "import"}-rejected.csv`;
}
