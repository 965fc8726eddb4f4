export { deleteKeysWithPrefix, uniqueTestPrefix } from './redis-prefix.js';
export { eventually } from './eventually.js';
