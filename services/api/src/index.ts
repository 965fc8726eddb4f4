export { createApp, type AppDeps } from './app.js';
export { hashPassword, verifyPassword } from './auth/password.js';
