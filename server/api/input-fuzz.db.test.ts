import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import type { Role } from "@/lib/domain/roles";
import { ValidationError } from "@/server/services/errors";
import { callerAs, type FixtureUser } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { authorizationTable, callProcedure, createTableFixtures, routerProcedures, STRONG_PASSWORD, type TableFixtures } from "@/server/testing/authorization-table";
import { fieldErrorsOf } from "./errors";

const RUNS = 200;

/** Strings that have broken servers before: NUL and other control characters, odd Unicode, sizes. */
const nastyString = fc.constantFrom(
  "",
  " ",
  " \t\n\r ",
  "\u0000",
  "Desk\u0000",
  "a\u0000b",
  "\u0007\u0008\u001b[31mred",
  "\u007f",
  "line\nbreak",
  "\uD800",
  "\uDFFF lone",
  "\uFFFE\uFFFF",
  "\u202Eright-to-left",
  "\u200B",
  "😀".repeat(70),
  "x".repeat(121),
  "x".repeat(20_000),
  "'; drop table users; --",
  "%s%n%x",
  "${7*7}",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "null",
  "NaN",
  "1e309",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "not-a-uuid",
  "a@b",
  "UPPER@EXAMPLE.COM",
  "director",
  "boss",
);

const weirdNumber = fc.constantFrom(
  0,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -1e308,
  2 ** 31,
  2 ** 63,
);

const anything = fc.anything({
  maxDepth: 3,
  stringUnit: "binary",
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Any value a field might be sent, from garbage to values that are valid somewhere else. */
function fieldValue(validLeaves: unknown[]) {
  return fc.oneof(
    anything,
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "binary-ascii" }),
    nastyString,
    weirdNumber,
    fc.double(),
    fc.bigInt(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.uuid(),
    fc.emailAddress(),
    fc.array(fc.record({ teamId: fc.oneof(fc.uuid(), nastyString), isLead: fc.oneof(fc.boolean(), nastyString) }), {
      maxLength: 60,
    }),
    fc.constantFrom(...validLeaves),
  );
}

type Path = (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every path into a value (objects and arrays), its root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function leavesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leavesOf);
  if (isRecord(value)) return Object.values(value).flatMap(leavesOf);
  return [value];
}

type Container = Record<string | number, unknown>;

function shallowCopy(value: unknown): Container {
  return (Array.isArray(value) ? [...value] : { ...(value as object) }) as Container;
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = shallowCopy(value);
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

function omitAt(value: unknown, path: Path): unknown {
  if (path.length === 1) {
    if (Array.isArray(value)) return value.filter((_, index) => index !== path[0]);
    const { [path[0]!]: _omitted, ...rest } = value as Container;
    return rest;
  }
  const [head, ...rest] = path;
  const copy = shallowCopy(value);
  copy[head!] = omitAt(copy[head!], rest);
  return copy;
}

/**
 * Inputs for one procedure: anything at all; objects keyed by its real fields with arbitrary
 * values; and near-valid variants of its valid input (one field, at any depth, replaced or missing).
 */
function inputsFor(valid: unknown, validLeaves: unknown[]) {
  const value = fieldValue(validLeaves);
  const keys = isRecord(valid) ? Object.keys(valid) : [];
  const paths = pathsOf(valid);
  const choices: fc.Arbitrary<unknown>[] = [
    anything,
    value,
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", ...keys)), value, { maxKeys: 6 }),
    fc.constant(valid),
  ];
  if (keys.length > 0) {
    choices.push(fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] }));
    choices.push(
      fc
        .tuple(fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] }), fc.dictionary(fc.string(), value, { maxKeys: 3 }))
        .map(([known, extra]) => ({ ...extra, ...known })),
    );
  }
  if (paths.length > 0) {
    const near = fc.tuple(fc.constantFrom(...paths), value).map(([path, replacement]) => replaceAt(valid, path, replacement));
    choices.push(near, near, near);
    choices.push(fc.constantFrom(...paths).map((path) => omitAt(valid, path)));
  }
  return fc.oneof(...choices);
}

function describeInput(input: unknown): string {
  try {
    return fc.stringify(input).slice(0, 500);
  } catch {
    return String(input);
  }
}

const procedures = routerProcedures();

describe("every procedure survives arbitrary input", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb?.close();
  });

  const freshFixtures = () => createTableFixtures(testDb.db);

  it.each(procedures.map((p) => [p.path] as const))(
    "%s never answers INTERNAL_SERVER_ERROR",
    async (path) => {
      const entry = authorizationTable[path];
      expect(entry, `${path} is missing from server/testing/authorization-table.ts`).toBeDefined();
      if (!entry) return;
      const f = await freshFixtures();
      const valid = entry.input(f, (await entry.setup?.(f)) ?? {});
      const validLeaves = [
        ...new Set(
          Object.entries(authorizationTable).flatMap(([, other]) =>
            other.setup ? [] : leavesOf(other.input(f, {})),
          ),
        ),
        f.a.director.id,
        f.a.teamId,
        f.b.teamId,
        STRONG_PASSWORD,
      ];

      // An allowed caller of organisation A (a random allowed role each run), or nobody for public ones.
      const allowed: { user: FixtureUser | null; role: Role | null }[] =
        entry.access === "public"
          ? [{ user: null, role: null }]
          : [
              { user: f.a.director, role: "director" as const },
              { user: f.a.lead, role: "team_lead" as const },
              { user: f.a.frontline, role: "frontline" as const },
            ].filter(({ role }) => entry.access !== "public" && entry.access.includes(role));
      // Sessions are taken once: a fuzzed password or role change must not end the caller's session.
      const callers = await Promise.all(allowed.map(({ user }) => callerAs(f.db, user)));

      let reachedService = 0;
      await fc.assert(
        fc.asyncProperty(inputsFor(valid, validLeaves), fc.nat(callers.length - 1), async (input, which) => {
          let error: unknown;
          try {
            await callProcedure(callers[which]!, path, input);
            reachedService++;
            return;
          } catch (caught) {
            error = caught;
          }
          const shown = `${path}(${describeInput(input)})`;
          if (!(error instanceof TRPCError)) throw new Error(`${shown} threw a non-tRPC error`, { cause: error });
          if (error.code === "INTERNAL_SERVER_ERROR") {
            throw new Error(`${shown} answered INTERNAL_SERVER_ERROR: ${String(error.cause ?? error.message)}`, {
              cause: error,
            });
          }
          if (error.code === "BAD_REQUEST") {
            const fields = fieldErrorsOf(error.cause);
            if (!fields || Object.keys(fields).length === 0) throw new Error(`${shown}: BAD_REQUEST names no field`);
            if (error.cause instanceof ValidationError) reachedService++;
          } else {
            reachedService++;
          }
        }),
        { numRuns: RUNS },
      );
      // The generators must get past input validation now and then, or they test only zod.
      expect(reachedService, `${path}: runs that got past input validation`).toBeGreaterThan(0);
    },
    120_000,
  );

  describe("a BAD_REQUEST names the field at fault", () => {
    let f: TableFixtures;
    beforeAll(async () => {
      f = await freshFixtures();
    });

    async function fieldsOfFailure(user: FixtureUser | null, path: string, input: unknown, caller?: { ip: string }) {
      try {
        await callProcedure(await callerAs(f.db, user, caller), path, input);
      } catch (error) {
        expect(error).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe("BAD_REQUEST");
        return fieldErrorsOf((error as TRPCError).cause);
      }
      throw new Error(`${path} accepted ${describeInput(input)}`);
    }

    async function captureCause(user: FixtureUser | null, path: string, input: unknown) {
      try {
        await callProcedure(await callerAs(f.db, user), path, input);
      } catch (error) {
        return (error as TRPCError).cause;
      }
      throw new Error(`${path} accepted ${describeInput(input)}`);
    }

    it("names role for users.updateRole with the role boss", async () => {
      const fields = await fieldsOfFailure(f.a.director, "users.updateRole", { userId: f.a.frontline.id, role: "boss" });
      expect(Object.keys(fields ?? {})).toEqual(["role"]);
      const cause = await captureCause(f.a.director, "users.updateRole", { userId: f.a.frontline.id, role: "boss" });
      const issues = (cause as unknown as { issues: { path: PropertyKey[] }[] }).issues;
      expect(issues.some((issue) => issue.path.includes("role"))).toBe(true);
    });

    it("names the team id inside users.setTeams", async () => {
      const fields = await fieldsOfFailure(f.a.director, "users.setTeams", {
        userId: f.a.frontline.id,
        teams: [{ teamId: f.a.teamId, isLead: false }, { teamId: "nope", isLead: true }],
      });
      expect(Object.keys(fields ?? {})).toEqual(["teams.1.teamId"]);
    });

    it("names email for invitations.create with a malformed address", async () => {
      const fields = await fieldsOfFailure(f.a.director, "invitations.create", {
        email: "not-an-email",
        role: "frontline",
        teamId: f.a.teamId,
      });
      expect(Object.keys(fields ?? {})).toEqual(["email"]);
    });

    it("names teamId when a team lead is invited without a team", async () => {
      const fields = await fieldsOfFailure(f.a.director, "invitations.create", { email: "lead-to-be@example.com", role: "team_lead" });
      expect(Object.keys(fields ?? {})).toEqual(["teamId"]);
    });

    it("names name for teams.update with a NUL in the name", async () => {
      const fields = await fieldsOfFailure(f.a.director, "teams.update", { teamId: f.a.teamId, name: "Desk\u0000", description: "" });
      expect(Object.keys(fields ?? {})).toEqual(["name"]);
    });

    it("names name for users.updateProfile with a lone surrogate, which PostgreSQL's jsonb refuses", async () => {
      const fields = await fieldsOfFailure(f.a.lead, "users.updateProfile", { name: "Pat \uD800" });
      expect(Object.keys(fields ?? {})).toEqual(["name"]);
    });

    it("names password for auth.signUp with a short password", async () => {
      const fields = await fieldsOfFailure(null, "auth.signUp", {
        orgName: "Short Password Ltd",
        name: "Pat",
        email: "pat@example.com",
        password: "short",
        timeZone: "UTC",
        themePreset: "generic",
      });
      expect(Object.keys(fields ?? {})).toEqual(["password"]);
    });

    it("names currentPassword for users.changePassword with a wrong current password", async () => {
      // From an address of its own: the fuzzing above locked 127.0.0.1 with wrong passwords, as it should.
      const fields = await fieldsOfFailure(
        f.a.frontline,
        "users.changePassword",
        { currentPassword: "Not-the-password-1", newPassword: STRONG_PASSWORD },
        { ip: "192.0.2.15" },
      );
      expect(Object.keys(fields ?? {})).toEqual(["currentPassword"]);
    });
  });
});
