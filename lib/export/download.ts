/** Offers a blob as a file download, without a round trip to the server. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, fileName);
  // Some browsers read the blob after the click returns; give them a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers a URL (an object URL or a data URL) as a file download. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
