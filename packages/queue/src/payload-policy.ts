import type { z } from 'zod';

/**
 * Job data sits in Redis in clear text, so payloads carry ids, dates and enums only (CONVENTIONS.md #4). This
 * check is deliberately simple: every string must be constrained by a format (uuid, date…), a regex or an enum.
 * Returns the paths of the fields that would accept free text (or a type we cannot vouch for).
 */
export function findFreeTextFields(schema: z.ZodType, path = ''): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object': {
      const shape = def['shape'] as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, field]) => findFreeTextFields(field, path ? `${path}.${key}` : key));
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return findFreeTextFields(def['innerType'] as z.ZodType, path);
    case 'array':
      return findFreeTextFields(def['element'] as z.ZodType, `${path}[]`);
    case 'union':
      return (def['options'] as z.ZodType[]).flatMap((option) => findFreeTextFields(option, path));
    case 'string': {
      // z.uuid(), z.iso.date(), z.string().regex(…) all set a format; a bare z.string() does not.
      const format = (schema as unknown as { format?: string | null }).format;
      return format ? [] : [path || '(root)'];
    }
    case 'enum':
    case 'literal':
    case 'number':
    case 'int':
    case 'boolean':
    case 'null':
      return [];
    default:
      return [path || '(root)'];
  }
}
