import { describe, expect, it } from "vitest";
import { buildQuestions, inSentence } from "./questions";
import { publicStaffName } from "./staff";

describe("survey wording", () => {
  it("lowers a plain capitalised touch point name inside a sentence and keeps brand-like capitals", () => {
    expect(inSentence("Check-in")).toBe("check-in");
    expect(inSentence("Online booking")).toBe("online booking");
    expect(inSentence("WiFi lounge")).toBe("WiFi lounge");
    expect(inSentence("SKY desk")).toBe("SKY desk");
  });

  it("shows staff by first name and last initial", () => {
    expect(publicStaffName("Ethan Brooks")).toBe("Ethan B.");
    expect(publicStaffName("  Mei  van der Lin ")).toBe("Mei L.");
    expect(publicStaffName("Cher")).toBe("Cher");
    expect(publicStaffName("Ana Émile")).toBe("Ana É.");
  });

  it("asks each score kind once, in a fixed order, and ignores operational KPIs", () => {
    const questions = buildQuestions({ touchPointName: "Gate", kpiKinds: ["rating", "operational", "rating", "nps"], includeComment: false, includeStaff: false });
    expect(questions.map((q) => q.kind)).toEqual(["nps", "rating"]);
  });
});
