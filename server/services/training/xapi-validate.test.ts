import { describe, expect, it } from "vitest";
import { validateStatements } from "./xapi";
import { lmsStatement } from "@/server/testing/xapi-statements";

// Examples from the xAPI 1.0.3 specification (Data part 2.4 and 2.3.2) and the shapes LMSs send.
const SIMPLEST = {
  id: "12345678-1234-5678-1234-567812345678",
  actor: { mbox: "mailto:xapi@adlnet.gov" },
  verb: { id: "http://adlnet.gov/expapi/verbs/created", display: { "en-US": "created" } },
  object: { id: "http://example.adlnet.gov/xapi/example/activity" },
};

const reasons = (body: unknown) => {
  const result = validateStatements(body);
  return result.ok ? [] : result.issues.map((i) => `${i.index} ${i.path}: ${i.reason}`);
};

describe("validateStatements", () => {
  it("accepts the specification's examples and an LMS's statement", () => {
    expect(reasons(SIMPLEST)).toEqual([]);
    expect(
      reasons({
        actor: { objectType: "Agent", name: "Example Admin", mbox: "mailto:admin@example.adlnet.gov" },
        verb: { id: "http://adlnet.gov/expapi/verbs/voided", display: { "en-US": "voided" } },
        object: { objectType: "StatementRef", id: "e05aa883-acaf-40ad-bf54-02c8ce485fb0" },
      }),
    ).toEqual([]);
    expect(
      reasons({
        ...SIMPLEST,
        actor: { objectType: "Group", name: "Team PB", member: [{ name: "Andrew", mbox: "mailto:andrew@example.com" }, { account: { homePage: "http://www.example.com", name: "13936749" } }] },
        context: { registration: "ec531277-b57b-4c15-8d91-d292c5b2b8f7", contextActivities: { parent: { id: "http://example.com/parent" } }, extensions: { "http://example.com/ext": null } },
      }),
    ).toEqual([]);
    expect(reasons([lmsStatement({ email: "ethan@example.com", course: "https://lms.example.com/c/1" })])).toEqual([]);
  });

  it("refuses what the specification says an LRS must reject, naming the statement and the field", () => {
    expect(reasons({ ...SIMPLEST, actor: { name: "Nobody" } })).toEqual(["0 actor: An Agent must have exactly one of mbox, mbox_sha1sum, openid or account"]);
    expect(reasons({ ...SIMPLEST, actor: { objectType: "Group" } })).toEqual(["0 actor: An anonymous Group (no identifier) must list its members"]);
    expect(reasons({ ...SIMPLEST, Verb: SIMPLEST.verb })).toContain('0 (statement): Unrecognized key: "Verb"');
    expect(reasons({ ...SIMPLEST, object: { ...SIMPLEST.object, definition: { name: { "en-US": "x" }, colour: "blue" } } })).toEqual(['0 object.definition: Unrecognized key: "colour"']);
    expect(reasons({ ...SIMPLEST, result: { score: { raw: "90" } } })).toEqual(["0 result.score.raw: Invalid input: expected number, received string"]);
    expect(reasons({ ...SIMPLEST, result: { success: "true" } })).toEqual(["0 result.success: Invalid input: expected boolean, received string"]);
    expect(reasons({ ...SIMPLEST, result: { score: { raw: 120, min: 0, max: 100 } } })).toEqual(["0 result.score.raw: score.raw must be between score.min and score.max"]);
    expect(reasons({ ...SIMPLEST, result: { duration: "25 minutes" } })).toEqual(["0 result.duration: duration must be an ISO 8601 duration, such as PT25M"]);
    expect(reasons({ ...SIMPLEST, timestamp: "2026-11-18T14:05:00-00:00" })).toEqual(["0 timestamp: timestamp is not a valid point in time"]);
    expect(reasons({ ...SIMPLEST, verb: { id: "http://adlnet.gov/expapi/verbs/voided" } })).toEqual(["0 object: A voiding statement's object must be a StatementRef"]);
    expect(reasons({ ...SIMPLEST, verb: { ...SIMPLEST.verb, display: { "en US": "created" } } })[0]).toMatch(/^0 verb.display/);
    expect(reasons({ ...SIMPLEST, object: { objectType: "Thing", id: "x:y" } })).toEqual(["0 object.objectType: object.objectType must be Activity, Agent, Group, StatementRef or SubStatement"]);
  });

  it("refuses a whole batch for one bad statement or a repeated id, and an empty batch", () => {
    expect(reasons([SIMPLEST, { ...SIMPLEST, id: undefined, version: "2.0.0" }])).toEqual(["1 version: version must be 1.0.x"]);
    expect(reasons([SIMPLEST, { ...SIMPLEST, id: SIMPLEST.id.toUpperCase() }])).toEqual([`1 id: The id ${SIMPLEST.id.toUpperCase()} is used by statement 0 too; ids must be unique in a batch`]);
    expect(validateStatements([])).toMatchObject({ ok: false, message: "Send one statement or a non-empty array of statements" });
  });

  it("refuses NUL and lone surrogates anywhere in a statement (jsonb cannot store them) as invalid, naming where", () => {
    const nul = { ...SIMPLEST, actor: { ...SIMPLEST.actor, name: "Ann\u0000" } };
    expect(reasons([SIMPLEST, nul])).toEqual(["1 actor.name: contains a NUL character or a lone surrogate, which no statement may carry"]);
    const surrogate = { ...SIMPLEST, verb: { ...SIMPLEST.verb, display: { "en-US": "done\ud800" } } };
    expect(reasons(surrogate)).toEqual(['0 verb.display.en-US: contains a NUL character or a lone surrogate, which no statement may carry']);
  });
});
