export { allHandlers } from './handlers/index.js';
