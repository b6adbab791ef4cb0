import { appRouter } from '../routers/root';
import { createCallerFactory } from './procedures';

/** Calls the routers in-process, as tests and scripts do, with a request context of their own. */
export const createCaller = createCallerFactory(appRouter);
