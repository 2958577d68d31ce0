import { describe, expect, it } from "vitest";
import { DEFAULT_THEMES, detectThemes, stems, type Theme } from "./themes";

describe("stems", () => {
  it("reduces inflections to one stem", () => {
    expect(stems("delayed delays delaying")).toEqual(["delay", "delay", "delay"]);
    expect(stems("waited waiting waits")).toEqual(["wait", "wait", "wait"]);
    expect(stems("rude rudeness rudely")).toEqual(["rude", "rude", "rude"]);
    expect(stems("cancelled canceled cancellation")).toEqual(["cancel", "cancel", "cancel"]);
  });

  it("lower-cases, drops punctuation, numbers and mentions, and reads a hashtag as its word", () => {
    expect(stems("@united DELAYED again, 3 hours! #delayed")).toEqual(["delay", "again", "hour", "delay"]);
    expect(stems("check-in")).toEqual(stems("check in"));
  });

  it("gives nothing for empty text", () => {
    expect(stems("")).toEqual([]);
    expect(stems(" ... ")).toEqual([]);
  });
});

describe("detectThemes with the default taxonomy", () => {
  it("finds baggage and the unanswered phone in one complaint", () => {
    const themes = detectThemes("Lost my bag and nobody answered the phone for 2 hours");
    expect(themes).toContain("baggage");
    expect(themes).toContain("communication");
    expect(themes).not.toContain("flight delays");
  });

  it("finds flight delays through inflections", () => {
    for (const text of ["Our flight was delayed", "Constant delays all week", "Two hours late", "Sat on the tarmac"]) {
      expect(detectThemes(text), text).toContain("flight delays");
    }
  });

  it("tells queues from delays, damaged from lost baggage and the cabin crew from other staff", () => {
    expect(detectThemes("We stood in line for an hour at the counter")).toEqual(["queues"]);
    expect(detectThemes("The queue at security was endless")).toEqual(["queues"]);
    expect(detectThemes("You broke my suitcase")).toEqual(["baggage", "damaged baggage"]);
    expect(detectThemes("They lost my luggage")).toEqual(["baggage"]);
    expect(detectThemes("The flight attendants were lovely")).toEqual(["cabin crew"]);
    expect(detectThemes("The gate agent was rude")).toEqual(["staff attitude", "check-in and boarding"]);
  });

  it("finds staff attitude through inflections", () => {
    expect(detectThemes("She was rude to my mother")).toContain("staff attitude");
    expect(detectThemes("I have never met such rudeness")).toContain("staff attitude");
  });

  it("finds a theme through a multi-word phrase only when the words are together and in order", () => {
    expect(detectThemes("The app would not load my boarding pass")).toEqual(["booking and tickets", "check-in and boarding"]);
    expect(detectThemes("Great value for money")).toContain("price and value");
    expect(detectThemes("I could not check in online")).toContain("check-in and boarding");
    expect(detectThemes("We were on hold all morning")).toContain("communication");
  });

  it("finds cancellations whatever the spelling", () => {
    expect(detectThemes("Cancelled my flight twice")).toEqual(["cancellations"]);
    expect(detectThemes("Another cancellation")).toEqual(["cancellations"]);
  });

  it("lists each theme once, in taxonomy order", () => {
    const themes = detectThemes("The WiFi was down, the wifi was slow, and the legroom was tiny");
    expect(themes).toEqual(["comfort and space", "entertainment and wifi"]);
    const order = DEFAULT_THEMES.map((t) => t.name);
    const found = detectThemes("Rude staff, dirty seats, cold food, late flight, lost luggage, no refund");
    expect(found).toEqual([...found].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(new Set(found).size).toBe(found.length);
  });

  it("finds nothing in empty text or text without a theme", () => {
    expect(detectThemes("")).toEqual([]);
    expect(detectThemes("   ")).toEqual([]);
    expect(detectThemes("Thanks!")).toEqual([]);
  });

  it("has unique theme names, each with terms", () => {
    const names = DEFAULT_THEMES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const theme of DEFAULT_THEMES) expect(theme.terms.length, theme.name).toBeGreaterThan(0);
  });
});

describe("detectThemes with a custom taxonomy", () => {
  const taxonomy: Theme[] = [
    { name: "phone queue", terms: ["On Hold", "call centre"] },
    { name: "upgrades", terms: ["upgrade"] },
  ];

  it("matches phrases case-insensitively, in order, as whole words", () => {
    expect(detectThemes("I was put ON HOLD twice", taxonomy)).toEqual(["phone queue"]);
    expect(detectThemes("Hold on, which call centre?", taxonomy)).toEqual(["phone queue"]);
    expect(detectThemes("Hold on a minute", taxonomy)).toEqual([]);
    expect(detectThemes("A holdall on the seat", taxonomy)).toEqual([]);
  });

  it("matches a single term through its inflections", () => {
    expect(detectThemes("We were upgraded", taxonomy)).toEqual(["upgrades"]);
    expect(detectThemes("Upgrades never go to families", taxonomy)).toEqual(["upgrades"]);
  });

  it("ignores terms that have no words", () => {
    expect(detectThemes("anything at all", [{ name: "empty", terms: ["", "!!"] }])).toEqual([]);
  });
});
