import { router } from '../trpc/procedures';
import { appointmentsRouter } from './appointments';
import { authRouter } from './auth';
import { clientsRouter } from './clients';
import { clinicRouter } from './clinic';
import { departmentsRouter } from './departments';
import { invitationsRouter } from './invitations';
import { membersRouter } from './members';
import { sessionResultsRouter } from './session-results';
import { statsRouter } from './stats';

export const appRouter = router({
  auth: authRouter,
  clinic: clinicRouter,
  departments: departmentsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  clients: clientsRouter,
  appointments: appointmentsRouter,
  sessionResults: sessionResultsRouter,
  stats: statsRouter,
});

export type AppRouter = typeof appRouter;
