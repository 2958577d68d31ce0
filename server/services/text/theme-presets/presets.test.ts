import { describe, expect, it } from "vitest";
import { THEME_PRESET_IDS } from "@/lib/themes/presets";
import { detectThemes, stems } from "../themes";
import { PRESET_THEMES } from ".";

describe("the starting taxonomies", () => {
  it.each(THEME_PRESET_IDS.filter((id) => id !== "none"))("%s has 12-20 themes, each named once, every term matchable", (id) => {
    const taxonomy = PRESET_THEMES[id];
    expect(taxonomy.length).toBeGreaterThanOrEqual(12);
    expect(taxonomy.length).toBeLessThanOrEqual(20);
    expect(new Set(taxonomy.map((theme) => theme.name.toLowerCase())).size).toBe(taxonomy.length);
    for (const theme of taxonomy) {
      for (const term of theme.terms) expect(stems(term).length, `${id} / ${theme.name} / ${term}`).toBeGreaterThan(0);
    }
  });

  it("starting empty has no themes", () => {
    expect(PRESET_THEMES.none).toEqual([]);
    expect(detectThemes("Late flight and lost luggage", PRESET_THEMES.none)).toEqual([]);
  });

  it("tags each industry's everyday complaints with its own themes", () => {
    expect(detectThemes("Runs small, and the fabric pilled after one wash", PRESET_THEMES.retail)).toEqual(
      expect.arrayContaining(["fit and size", "product quality", "material and fabric"]),
    );
    expect(detectThemes("Experian still shows an account I disputed", PRESET_THEMES.banking)).toEqual(
      expect.arrayContaining(["credit reports and scores", "disputes and investigations"]),
    );
    expect(detectThemes("No signal at home and the broadband was down all weekend", PRESET_THEMES.telecom)).toEqual(
      expect.arrayContaining(["coverage and signal"]),
    );
    expect(detectThemes("The room was noisy and the shower had no hot water", PRESET_THEMES.hospitality)).toEqual(
      expect.arrayContaining(["room", "noise and sleep", "bathroom"]),
    );
    expect(detectThemes("Waited months for a decision on my benefit claim", PRESET_THEMES.public)).toEqual(
      expect.arrayContaining(["waiting times", "eligibility and decisions", "benefits and support"]),
    );
    expect(detectThemes("Rude staff and a long wait", PRESET_THEMES.generic)).toEqual(["staff attitude", "waiting times"]);
    // A clothing review no longer gets airline themes from the retail preset.
    expect(detectThemes("Booked a size up, the flight of stairs in store was fine", PRESET_THEMES.retail)).not.toContain("booking and tickets");
  });
});
