import { router } from '../trpc/procedures';

export const sessionResultsRouter = router({});
