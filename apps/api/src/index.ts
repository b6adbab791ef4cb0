export { appRouter, type AppRouter } from './routers/root';
export { createCaller } from './trpc/caller';
export { createRequestContext, type AppServices, type RequestContext } from './trpc/context';
