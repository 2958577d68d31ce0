import "server-only";
import { z } from "zod";
import { idSchema, requiredText } from "@/lib/schemas/common";
import { journeyHealth, movers } from "@/server/services/dashboards/journey";
import { me, teamPeople } from "@/server/services/dashboards/people";
import { historySpan } from "@/server/services/dashboards/history";
import { grainField, periodFields, refineGrain, refinePeriod } from "@/server/services/dashboards/period";
import { keyDrivers, segmentAttributes, segments } from "@/server/services/dashboards/segments";
import { sentimentTrend } from "@/server/services/dashboards/sentiment";
import { themeTrends } from "@/server/services/dashboards/themes";
import { kpiTrend, touchPointDashboard } from "@/server/services/dashboards/trend";
import { isoDateSchema } from "@/lib/schemas/kpis";
import { anyRoleProcedure, createTRPCRouter, leadProcedure } from "../trpc";

/** A period of UTC days (inclusive) plus the procedure's own fields. */
const withPeriod = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...periodFields, ...shape }).superRefine((value, ctx) => refinePeriod(value as { from: string; to: string }, ctx));

/** A period, a trend's grain (left out: the period's own, trendGrain) and the procedure's own fields. */
const withTrend = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...periodFields, ...grainField, ...shape }).superRefine((value, ctx) => {
    refinePeriod(value as { from: string; to: string }, ctx);
    refineGrain(value as Parameters<typeof refineGrain>[0], ctx);
  });

const attributeName = (label: string) => requiredText(label, 80);
const segmentSchema = z.object({ attribute: attributeName("Segment attribute"), value: requiredText("Segment value", 200) });

/*
 * Every figure here is read from the rollups. Touch point aggregates name nobody, so team leads
 * read the director's views too; person-by-person figures are scoped in the services (a lead's
 * people, frontline staff themselves).
 */
export const dashboardsRouter = createTRPCRouter({
  journeyHealth: leadProcedure
    .input(withPeriod({ journeyId: idSchema("journeyId") }))
    .query(({ ctx, input }) => journeyHealth(ctx.tenant, ctx.scope, input)),

  kpiTrend: anyRoleProcedure
    .input(
      withTrend({
        kpiId: idSchema("kpiId"),
        staffId: idSchema("staffId").optional(),
        segment: segmentSchema.optional(),
      }),
    )
    .query(({ ctx, input }) => kpiTrend(ctx.tenant, ctx.scope, input)),

  movers: leadProcedure
    .input(withPeriod({ journeyId: idSchema("journeyId").optional() }))
    .query(({ ctx, input }) => movers(ctx.tenant, ctx.scope, input)),

  segments: leadProcedure
    .input(withPeriod({ kpiId: idSchema("kpiId"), attribute: attributeName("Segment attribute") }))
    .query(({ ctx, input }) => segments(ctx.tenant, ctx.scope, input)),

  segmentAttributes: leadProcedure
    .input(z.object({ journeyId: idSchema("journeyId").optional() }).optional())
    .query(({ ctx, input }) => segmentAttributes(ctx.tenant, ctx.scope, input ?? {})),

  keyDrivers: leadProcedure
    .input(
      withPeriod({
        journeyId: idSchema("journeyId"),
        outcomeAttribute: attributeName("Outcome attribute"),
        outcomeValue: requiredText("Outcome value", 200),
      }),
    )
    .query(({ ctx, input }) => keyDrivers(ctx.tenant, ctx.scope, input)),

  themes: anyRoleProcedure
    .input(withTrend({ touchPointId: idSchema("touchPointId").optional(), journeyId: idSchema("journeyId").optional() }))
    .query(({ ctx, input }) => themeTrends(ctx.tenant, ctx.scope, input)),

  sentimentTrend: leadProcedure
    .input(withTrend({ journeyId: idSchema("journeyId") }))
    .query(({ ctx, input }) => sentimentTrend(ctx.tenant, ctx.scope, input)),

  teamPeople: leadProcedure
    .input(withPeriod({ teamId: idSchema("teamId").optional() }))
    .query(({ ctx, input }) => teamPeople(ctx.tenant, ctx.scope, input)),

  // The first and last response days: what the "All time" period covers.
  historySpan: anyRoleProcedure.query(({ ctx }) => historySpan(ctx.tenant)),

  me: anyRoleProcedure
    .input(z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).superRefine(refinePeriod).optional())
    .query(({ ctx, input }) => me(ctx.tenant, ctx.scope, input ?? {})),

  touchPoint: anyRoleProcedure
    .input(withTrend({ touchPointId: idSchema("touchPointId") }))
    .query(({ ctx, input }) => touchPointDashboard(ctx.tenant, ctx.scope, input)),
});
