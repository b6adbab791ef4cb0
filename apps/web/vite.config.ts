import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server forwards API calls to a server started with `pnpm --filter @medsys/api dev`.
const apiPort = process.env.API_PORT ?? '3000';
const apiTarget = `http://127.0.0.1:${apiPort}`;

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': apiTarget,
      '/health': apiTarget,
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // The domain package defines schemas and pure functions, so a module of it whose exports
        // are unused can be dropped, which keeps luxon out of the entry chunk. Its one module with
        // a side effect sets zod's default messages and must stay.
        moduleSideEffects: (id: string) =>
          !id.includes('/packages/domain/') || id.endsWith('/zod-messages.ts'),
      },
    },
  },
});
