export { createPageProcessHandler } from './page-process.handler.js';
