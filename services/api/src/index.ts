export { createApp, createApiContext, type App, type AppDeps } from './app.js';
export { apiRoutes } from './routes.js';
export { hashPassword, verifyPassword } from './auth/password.js';
