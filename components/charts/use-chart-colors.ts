"use client";

import { useSyncExternalStore } from "react";

const TOKENS = ["primary", "success", "warning", "destructive", "foreground", "muted-foreground", "border", "chart-1", "chart-2", "chart-3", "chart-4", "chart-5"] as const;
type Token = (typeof TOKENS)[number];
export type ChartColors = Record<Token, string>;

// Close to the light theme, for the server render before the real values are read.
const FALLBACK: ChartColors = {
  primary: "#0f6e7a",
  success: "#1f8a55",
  warning: "#b7791f",
  destructive: "#c8372d",
  foreground: "#1e2533",
  "muted-foreground": "#5f6778",
  border: "#e1e5ea",
  "chart-1": "#1f7a87",
  "chart-2": "#c7782a",
  "chart-3": "#7a4bb0",
  "chart-4": "#3c8a4e",
  "chart-5": "#c4424f",
};

/** The categorical series colours, in order. */
export const SERIES = ["chart-1", "chart-2", "chart-3", "chart-4", "chart-5"] as const;

const serialise = (colors: ChartColors) => TOKENS.map((token) => colors[token]).join("|");
const FALLBACK_SNAPSHOT = serialise(FALLBACK);

function snapshot(): string {
  const style = getComputedStyle(document.documentElement);
  return TOKENS.map((token) => style.getPropertyValue(`--${token}`).trim() || FALLBACK[token]).join("|");
}

// The theme changes with the `dark` class on <html>.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class", "style"] });
  return () => observer.disconnect();
}

/**
 * The theme's colours as values for SVG attributes. Not `var(--primary)` nor `currentColor`:
 * html-to-image copies attributes as they are into the PNG, where neither resolves.
 */
export function useChartColors(): ChartColors {
  const value = useSyncExternalStore(subscribe, snapshot, () => FALLBACK_SNAPSHOT);
  const parts = value.split("|");
  return Object.fromEntries(TOKENS.map((token, index) => [token, parts[index] ?? FALLBACK[token]])) as ChartColors;
}
