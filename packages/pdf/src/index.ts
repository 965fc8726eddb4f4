export * from './errors/document-read-error.js';
export * from './sniff/detect-file-type.js';
export * from './sniff/describe-unreadable.js';
export * from './read/document-limits.js';
export * from './read/document-types.js';
export * from './read/open-document.js';
export { DEFAULT_IMAGE_DPI } from './read/image/open-image.js';
