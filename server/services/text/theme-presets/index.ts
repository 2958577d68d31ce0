import "server-only";
import type { ThemePresetId } from "@/lib/themes/presets";
import type { Theme } from "../themes";
import { AIRLINE_THEMES } from "./airline";
import { BANKING_THEMES } from "./banking";
import { GENERIC_THEMES } from "./generic";
import { HOSPITALITY_THEMES } from "./hospitality";
import { PUBLIC_THEMES } from "./public";
import { RETAIL_THEMES } from "./retail";
import { TELECOM_THEMES } from "./telecom";

/**
 * The themes of each starting taxonomy (lib/themes/presets lists them for the forms). "none" is
 * the empty taxonomy. Each array is one constant, so detectThemes compiles it once.
 */
export const PRESET_THEMES: Record<ThemePresetId, Theme[]> = {
  generic: GENERIC_THEMES,
  airline: AIRLINE_THEMES,
  retail: RETAIL_THEMES,
  banking: BANKING_THEMES,
  telecom: TELECOM_THEMES,
  hospitality: HOSPITALITY_THEMES,
  public: PUBLIC_THEMES,
  none: [],
};
