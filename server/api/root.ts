import "server-only";
import { apiKeysRouter } from "./routers/api-keys";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { coachingRouter } from "./routers/coaching";
import { importsRouter } from "./routers/imports";
import { dashboardsRouter } from "./routers/dashboards";
import { invitationsRouter } from "./routers/invitations";
import { journeysRouter } from "./routers/journeys";
import { kpisRouter } from "./routers/kpis";
import { organizationRouter } from "./routers/organization";
import { responsesRouter } from "./routers/responses";
import { surveysRouter } from "./routers/surveys";
import { teamsRouter } from "./routers/teams";
import { textModelRouter } from "./routers/text-model";
import { themesRouter } from "./routers/themes";
import { touchPointsRouter } from "./routers/touch-points";
import { trainingImpactRouter } from "./routers/training-impact";
import { trainingRouter } from "./routers/training";
import { trainingImportsRouter } from "./routers/training-imports";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  organization: organizationRouter,
  users: usersRouter,
  teams: teamsRouter,
  invitations: invitationsRouter,
  journeys: journeysRouter,
  touchPoints: touchPointsRouter,
  kpis: kpisRouter,
  audit: auditRouter,
  apiKeys: apiKeysRouter,
  responses: responsesRouter,
  themes: themesRouter,
  surveys: surveysRouter,
  imports: importsRouter,
  dashboards: dashboardsRouter,
  textModel: textModelRouter,
  trainingImpact: trainingImpactRouter,
  training: trainingRouter,
  coaching: coachingRouter,
  trainingImports: trainingImportsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
