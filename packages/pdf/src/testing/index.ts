// Generated test fixtures for reading documents; imported by tests as '@woo/pdf/testing'.
export * from './pdf-files.js';
export * from './image-files.js';
export * from './zip-file.js';
