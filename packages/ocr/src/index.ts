export * from './ocr-pool.js';
export * from './ocr-errors.js';
export * from './character-error-rate.js';
export { prepareModelFolder, modelFile, defaultModelFolder } from './language-models.js';
export type { OcrLanguage } from './language-models.js';
