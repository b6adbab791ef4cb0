import { router } from '../trpc/procedures';

export const statsRouter = router({});
