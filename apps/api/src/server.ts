export { hashPassword } from './auth/passwords';
export { createSessionManager } from './auth/session-manager';
export { SignInLimiter } from './auth/sign-in-limiter';
export { createHttpServer } from './http/server';
export { createLogger } from './logger';
