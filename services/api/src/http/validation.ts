import { DomainError } from '@woo/domain';
import type { z } from 'zod';
import { issueMessage, type Bilingual } from './validation-messages.js';

export interface FieldError {
  /** Dotted path of the field, e.g. 'requester.email'; '' for the request as a whole. */
  field: string;
  message: Bilingual;
}

/** 400 at the edge; `details.fields` names each wrong field with a message in both languages (never the value). */
export function invalidRequest(fields: FieldError[]): DomainError {
  return new DomainError(
    'http.invalid_request',
    {
      nl: 'Niet alle gegevens zijn goed ingevuld. Kijk de velden hieronder na.',
      en: 'Not all details are filled in correctly. Please check the fields below.',
    },
    { fields },
  );
}

/** Parses `input` with `schema` or throws `http.invalid_request` listing every wrong field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldName = (path: readonly PropertyKey[]) => [...(prefix ? [prefix] : []), ...path.map(String)].join('.');
  throw invalidRequest(
    result.error.issues.flatMap((issue) =>
      // A field the schema does not know is named itself, one error each (zod reports them on their parent).
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: fieldName([...issue.path, key]), message: issueMessage(issue) }))
        : [{ field: fieldName(issue.path), message: issueMessage(issue) }],
    ),
  );
}
