import { authRouter } from "./routers/auth";
import { invitationsRouter } from "./routers/invitations";
import { organizationRouter } from "./routers/organization";
import { teamsRouter } from "./routers/teams";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  organization: organizationRouter,
  users: usersRouter,
  teams: teamsRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
