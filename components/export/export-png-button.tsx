"use client";

import { useState, type RefObject } from "react";
import { toPng } from "html-to-image";
import { Image as ImageIcon, LoaderCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { safeFileName } from "@/lib/export/csv";
import { downloadUrl } from "@/lib/export/download";
import { PERIOD_TEXT } from "@/lib/period";

/**
 * "Export PNG": the chart in `target` as an image at twice its size (sharp when printed or
 * pasted into slides). Anything marked `data-export-ignore`, such as these buttons, is left out;
 * the period on the page (its picker's PERIOD_TEXT) is written under it, since the picker is not in it.
 */
export function ExportPngButton({ target, fileName }: { target: RefObject<HTMLElement | null>; fileName: string }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function exportPng() {
    const node = target.current;
    if (!node) return;
    setBusy(true);
    setFailed(false);
    // Opens scroll boxes while the image is drawn (app/globals.css), or their scrollbars show in it.
    node.setAttribute("data-exporting", "");
    const period = document.querySelector(`[${PERIOD_TEXT}]`)?.getAttribute(PERIOD_TEXT);
    const note = period ? node.appendChild(periodNote(period)) : null;
    try {
      const dataUrl = await toPng(node, {
        pixelRatio: 2,
        // The card's own colour, so the image is not transparent where the page showed through.
        backgroundColor: getComputedStyle(node).backgroundColor === "rgba(0, 0, 0, 0)" ? "#ffffff" : getComputedStyle(node).backgroundColor,
        filter: (element) => !(element instanceof HTMLElement && element.dataset.exportIgnore !== undefined),
      });
      downloadUrl(dataUrl, safeFileName(fileName, "png"));
    } catch {
      setFailed(true);
    } finally {
      note?.remove();
      node.removeAttribute("data-exporting");
      setBusy(false);
    }
  }

  return (
    <>
      <Button type="button" variant="ghost" size="sm" onClick={exportPng} disabled={busy} aria-busy={busy || undefined}>
        {busy ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <ImageIcon aria-hidden="true" />}
        Export PNG
      </Button>
      {failed && (
        <p role="alert" className="text-sm text-destructive">
          The image could not be made. Try again.
        </p>
      )}
    </>
  );
}

/** A line for the image only: added before it is drawn and removed right after. */
function periodNote(period: string) {
  const note = document.createElement("p");
  note.className = "text-xs text-muted-foreground";
  note.textContent = `Period: ${period}`;
  return note;
}
