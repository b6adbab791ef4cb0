import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import sirv from 'sirv';

import { appRouter } from '../routers/root';
import { createRequestContext, type AppServices } from '../trpc/context';
import { logFailure } from './log-failure';

const MAX_BODY_BYTES = 1024 * 1024;

/** Calls in one batched request; clients batching more must split them (httpBatchLink `maxItems`). */
export const MAX_BATCH_SIZE = 20;

export type HttpServerOptions = {
  /** The built web client, served at `/` with every unknown path falling back to its index. */
  webDistDir?: string | undefined;
};

/** Serves the API under `/trpc`, a health check at `/health`, and the web client elsewhere. */
export function createHttpServer(services: AppServices, options: HttpServerOptions = {}): Server {
  const handleTrpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_BODY_BYTES,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ req, res }) => createRequestContext(services, requestInputOf(req, res)),
    onError: ({ error, path, ctx, req }) => {
      // A request that fails before its context exists (a malformed body, say) still has its id.
      const ids = ctx?.ids ?? { requestId: requestIdOf(req) };
      logFailure(services.logger, { error, path, ids });
    },
  });
  const serveWeb = createWebHandler(options.webDistDir);

  return createServer((req, res) => {
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    setSecurityHeaders(res);
    (req as IncomingMessage & { requestId?: string }).requestId = requestId;
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';

    if (path.startsWith('/trpc/')) {
      // Responses carry patients' data, so no cache along the way may keep them.
      res.setHeader('Cache-Control', 'no-store');

      if (isCrossSiteWrite(req)) {
        sendText(res, 415, 'send tRPC mutations as application/json');
        return;
      }

      handleTrpc(req, res);
      return;
    }

    if (path === '/health') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ ok: true }));
      return;
    }

    serveWeb(req, res);
  });
}

function requestIdOf(req: IncomingMessage): string {
  return (req as IncomingMessage & { requestId?: string }).requestId ?? randomUUID();
}

function requestInputOf(req: IncomingMessage, res: ServerResponse) {
  return {
    requestId: requestIdOf(req),
    authorization: req.headers.authorization,
    cookie: req.headers.cookie,
    userAgent: req.headers['user-agent'],
    setCookie: (cookie: string) => {
      res.appendHeader('Set-Cookie', cookie);
    },
  };
}

// A page on another site can post a form with the session cookie but cannot set a JSON content
// type without a CORS preflight, which this server never grants.
function isCrossSiteWrite(req: IncomingMessage): boolean {
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();

  return req.method === 'POST' && !contentType.startsWith('application/json');
}

function createWebHandler(webDistDir: string | undefined) {
  if (!webDistDir || !existsSync(webDistDir)) {
    return (_req: IncomingMessage, res: ServerResponse) => {
      sendText(res, 404, 'the web client is not built; the API is at /trpc');
    };
  }

  return sirv(webDistDir, {
    single: true,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (res, pathname) => {
      // Vite names built assets by content hash, so a cached copy never goes stale.
      const isHashedAsset = pathname.startsWith('/assets/');
      res.setHeader(
        'Cache-Control',
        isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}

/** Headers for every response: no framing by other sites, no content sniffing, no referrer. */
function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}
