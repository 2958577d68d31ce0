import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ROLES, type Role } from "@/lib/domain/roles";
import { tenantDb } from "@/server/db/tenant-db";
import { logger, logSecurityEvent } from "@/server/log";
import type { Scope } from "@/server/services/scope";
import type { Context } from "./context";
import { fieldErrorsOf, toTrpcError } from "./errors";

/** Who may call a procedure; read back by the authorization test. */
export type ProcedureMeta = { access: "public" } | { access: "roles"; roles: readonly Role[] };


const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, path }) {
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      if (internal) logger.error({ err: error.cause ?? error, procedure: path }, "internal error");
      return {
        ...shape,
        // Never show a stack trace or a database message to a client.
        message: internal ? "Something went wrong on our side. Please try again." : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors: error.code === "BAD_REQUEST" ? fieldErrorsOf(error.cause) : undefined,
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapServiceErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.meta({ access: "public" }).use(mapServiceErrors);

const signedIn = t.middleware(({ ctx, next, path }) => {
  if (!ctx.session) {
    logSecurityEvent({ event: "call_refused", what: path, reason: "not_signed_in", ip: ctx.ip });
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  }
  return next({ ctx: { session: ctx.session } });
});

/**
 * A procedure that the named roles may call. It puts the caller's scope and a query layer
 * limited to the caller's organisation on the context; the organisation never comes from input.
 */
export function roleProcedure(...roles: Role[]) {
  return t.procedure
    .meta({ access: "roles", roles })
    .use(mapServiceErrors)
    .use(signedIn)
    .use(({ ctx, next, path }) => {
      const user = ctx.session;
      if (!roles.includes(user.role)) {
        logSecurityEvent({
          event: "call_refused",
          what: path,
          reason: `role ${user.role} not allowed`,
          userId: user.id,
          orgId: user.orgId,
          ip: ctx.ip,
        });
        throw new TRPCError({ code: "FORBIDDEN", message: "Your role may not do this" });
      }
      const scope: Scope = {
        orgId: user.orgId,
        userId: user.id,
        role: user.role,
        teamIds: user.teamIds,
        leadTeamIds: user.leadTeamIds,
        timeZone: user.timeZone,
      };
      return next({ ctx: { scope, tenant: tenantDb(ctx.db, user.orgId) } });
    });
}

export const anyRoleProcedure = roleProcedure(...ROLES);
export const directorProcedure = roleProcedure("director");
export const leadProcedure = roleProcedure("director", "team_lead");
