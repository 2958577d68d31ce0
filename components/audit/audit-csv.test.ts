import { describe, expect, it } from "vitest";
import type { RouterOutputs } from "@/lib/trpc/types";
import { auditCsv } from "./audit-csv";

type AuditEntry = RouterOutputs["audit"]["list"]["rows"][number];

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
    id: "00000000-0000-4000-8000-000000000001",
    at: new Date("2026-05-14T08:30:00Z"),
    actorId: "00000000-0000-4000-8000-000000000002",
    actorName: "Dana Director",
    action: "touch_point.updated",
    entityType: "touch_point",
    entityId: "00000000-0000-4000-8000-000000000003",
    before: { name: "Check-in", ownerTeamId: null },
    after: { name: "Check-in desk", ownerTeamId: null },
  ...overrides,
});

describe("auditCsv", () => {
  it("writes who, the stored codes and every changed field", () => {
    const { headers, rows } = auditCsv([entry({})]);
    expect(headers).toEqual(["Time (UTC)", "Who", "Action", "Entity type", "Entity id", "Changes"]);
    expect(rows[0]).toEqual([new Date("2026-05-14T08:30:00Z"), "Dana Director", "touch_point.updated", "touch_point", "00000000-0000-4000-8000-000000000003", "Name: Check-in → Check-in desk"]);
  });

  it("names a former member and the system", () => {
    const { rows } = auditCsv([entry({ actorName: null }), entry({ actorId: null, actorName: null })]);
    expect(rows.map((row) => row[1])).toEqual(["A former member", "System"]);
  });
});
