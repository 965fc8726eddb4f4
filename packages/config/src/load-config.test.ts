import { describe, expect, it } from 'vitest';
import { ConfigError, apiConfigSchema, loadConfig, workerConfigSchema } from './index.js';

const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/woo', REDIS_URL: 'redis://127.0.0.1:6379' };

function problemsOf(env: Record<string, string | undefined>) {
  try {
    loadConfig(apiConfigSchema, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(apiConfigSchema, valid);
    expect(config).toMatchObject({
      PORT: 3000,
      QUEUE_PREFIX: 'woo',
      LOG_LEVEL: 'info',
      REVIEW_IMAGE_THREADS: 1,
      REVIEW_IMAGE_QUEUE: 16,
    });
  });

  it('coerces and trims values', () => {
    expect(loadConfig(apiConfigSchema, { ...valid, PORT: ' 8080 ' }).PORT).toBe(8080);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(apiConfigSchema, { ...valid, PORT: '' }).PORT).toBe(3000);
  });

  it.each([
    [{ ...valid, DATABASE_URL: undefined }, 'DATABASE_URL'],
    [{ ...valid, DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ ...valid, REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ ...valid, PORT: 'eighty' }, 'PORT'],
    [{ ...valid, PORT: '70000' }, 'PORT'],
    [{ ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ...valid, QUEUE_PREFIX: 'Has Spaces' }, 'QUEUE_PREFIX'],
    [{ ...valid, OPERATOR_ORGANISATION: 'Gemeente X' }, 'OPERATOR_ORGANISATION'],
    [{ ...valid, REVIEW_IMAGE_THREADS: '0' }, 'REVIEW_IMAGE_THREADS'],
    [{ ...valid, REVIEW_IMAGE_QUEUE: 'veel' }, 'REVIEW_IMAGE_QUEUE'],
  ])('names the variable that is wrong (%#)', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems.map((p) => p.variable)).toEqual([variable]);
  });

  it('reports every wrong variable at once, in a message that names them', () => {
    try {
      loadConfig(workerConfigSchema, { WORKER_CONCURRENCY: '0' });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('REDIS_URL');
      expect(message).toContain('WORKER_CONCURRENCY');
    }
  });

  it('reads the OCR models: Dutch and English by default, Dutch alone on request, nothing else', () => {
    expect(loadConfig(workerConfigSchema, valid).OCR_LANGUAGES).toEqual(['nld', 'eng']);
    expect(loadConfig(workerConfigSchema, { ...valid, OCR_LANGUAGES: 'nld' }).OCR_LANGUAGES).toEqual(['nld']);
    for (const wrong of ['deu', 'nld,eng', 'nld+', 'nld+eng+deu']) {
      try {
        loadConfig(workerConfigSchema, { ...valid, OCR_LANGUAGES: wrong });
        expect.unreachable(wrong);
      } catch (error) {
        expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(['OCR_LANGUAGES']);
      }
    }
  });

  it('ignores variables the schema does not know', () => {
    expect(loadConfig(apiConfigSchema, { ...valid, HOME: '/root' })).not.toHaveProperty('HOME');
  });
});
