import { router } from '../trpc/procedures';

export const appointmentsRouter = router({});
