import type { z } from 'zod';
import { ConfigError } from './config-error.js';

export type Environment = Record<string, string | undefined>;

/**
 * Parses the environment once with a zod object schema whose keys are the variable names.
 * Empty strings count as unset, so `PORT=` falls back to the default instead of failing as "not a number".
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: Environment = process.env): z.infer<S> {
  const cleaned: Environment = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    cleaned[key] = value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(configuration)'),
        message: issue.message,
      })),
    );
  }
  return result.data;
}

/** For a process's main: parse the configuration or exit with the message, without a stack trace. */
export function loadConfigOrExit<S extends z.ZodObject>(schema: S, env: Environment = process.env): z.infer<S> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
