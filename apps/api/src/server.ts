export { hashPassword } from './auth/passwords';
export { createSessionManager } from './auth/session-manager';
export { createHttpServer } from './http/server';
export { createLogger } from './logger';
