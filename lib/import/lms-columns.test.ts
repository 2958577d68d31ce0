import { describe, expect, it } from "vitest";
import { parseLmsStatus } from "./lms-status";
import { guessLmsMapping, missingLmsColumns } from "./lms-columns";

describe("guessLmsMapping", () => {
  it("reads the headers of common LMS exports", () => {
    expect(guessLmsMapping(["Email", "Course ID", "Completion Date", "Status", "Score"])).toEqual({ email: 0, course: 1, completedAt: 2, status: 3, score: 4 });
    expect(guessLmsMapping(["User Name", "user_email", "Course Title", "Completed At", "Completion Status", "Final Score %"])).toEqual({
      email: 1,
      course: 2,
      completedAt: 3,
      status: 4,
      score: 5,
    });
  });

  it("leaves a column it cannot find unmapped and says so, the score being optional", () => {
    const mapping = guessLmsMapping(["Learner", "Module", "When"]);
    expect(mapping).toEqual({ email: null, course: 1, completedAt: null, status: null, score: null });
    expect(missingLmsColumns(mapping)).toEqual(["email", "completedAt", "status"]);
  });
});

describe("parseLmsStatus", () => {
  it("reads completion words in any case, and tells in-progress rows from unknown words", () => {
    expect(parseLmsStatus(" Completed ")).toEqual({ kind: "result", outcome: "completed" });
    expect(parseLmsStatus("PASSED")).toEqual({ kind: "result", outcome: "passed" });
    expect(parseLmsStatus("Fail")).toEqual({ kind: "result", outcome: "failed" });
    expect(parseLmsStatus("In Progress")).toEqual({ kind: "not_a_result" });
    expect(parseLmsStatus("not started")).toEqual({ kind: "not_a_result" });
    expect(parseLmsStatus("attended")).toBeNull();
  });
});
