import {
  createClient,
  getClient,
  getClinic,
  listClients,
  setClientArchived,
  updateClient,
  type DB,
} from '@medsys/db';
import {
  byIdSchema,
  clientPageSchema,
  clientSchema,
  createClientInput,
  forbidden,
  listClientsInput,
  localDateOf,
  updateClientInput,
} from '@medsys/domain';
import type { Kysely } from 'kysely';

import { authorize, memberProcedure, router } from '../trpc/procedures';

/** Returns today's date in the clinic's time zone, the day that ages are counted on. */
async function readClinicToday(db: Kysely<DB>, clinicId: string): Promise<string> {
  const clinic = await getClinic(db, { clinicId });

  return localDateOf(new Date(), clinic.timeZone);
}

export const clientsRouter = router({
  list: memberProcedure
    .input(listClientsInput)
    .output(clientPageSchema)
    .query(async ({ ctx, input }) => {
      authorize(ctx.member, 'read', 'clients');
      const today = await readClinicToday(ctx.db, ctx.clinicId);

      return listClients(ctx.db, { ...input, clinicId: ctx.clinicId, today });
    }),

  get: memberProcedure
    .input(byIdSchema)
    .output(clientSchema)
    .query(({ ctx, input }) => {
      authorize(ctx.member, 'read', 'clients');

      return getClient(ctx.db, { clinicId: ctx.clinicId, id: input.id });
    }),

  create: memberProcedure
    .input(createClientInput)
    .output(clientSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'clients');

      return createClient(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),

  update: memberProcedure
    .input(updateClientInput)
    .output(clientSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'clients');

      return updateClient(ctx.db, { clinicId: ctx.clinicId, values: input });
    }),

  /** Archives a client, which is what deleting a client does: the medical record is kept. */
  archive: memberProcedure
    .input(byIdSchema)
    .output(clientSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'clients');

      return setClientArchived(ctx.db, { clinicId: ctx.clinicId, id: input.id, isArchived: true });
    }),

  restore: memberProcedure
    .input(byIdSchema)
    .output(clientSchema)
    .mutation(({ ctx, input }) => {
      authorize(ctx.member, 'write', 'clients');

      // The permission table lets every role write clients, but only admins restore them.
      if (ctx.member.role !== 'admin') {
        throw forbidden('restore archived clients');
      }

      return setClientArchived(ctx.db, { clinicId: ctx.clinicId, id: input.id, isArchived: false });
    }),
});
