export { ConfigError } from './config-error.js';
export { loadConfig, loadConfigOrExit, type Environment } from './load-config.js';
export { apiConfigSchema, workerConfigSchema, type ApiConfig, type WorkerConfig } from './process-configs.js';
export * as configVariables from './variables.js';
