import { isDomainError } from '@woo/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOrThrow } from './validation.js';

function fieldsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return (error.details as { fields: unknown }).fields;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseOrThrow', () => {
  const schema = z.strictObject({ name: z.string().min(2), address: z.strictObject({ city: z.string() }) });

  it('names each wrong field with its message in Dutch and English', () => {
    expect(fieldsOf(() => parseOrThrow(schema, { name: 'J', address: { city: 'Utrecht' } }, 'requester'))).toEqual([
      { field: 'requester.name', message: { nl: 'Gebruik minstens 2 tekens.', en: 'Use at least 2 characters.' } },
    ]);
  });

  it('names every field the schema does not know, also inside a nested object', () => {
    const fields = fieldsOf(() =>
      parseOrThrow(schema, { name: 'Jan', nickname: 'J', address: { city: 'Utrecht', street: 'Dorpsstraat 1' } }),
    );
    expect(fields).toHaveLength(2);
    expect(fields).toEqual(
      expect.arrayContaining([
        {
          field: 'nickname',
          message: { nl: 'Dit veld kennen we niet. Laat het weg.', en: 'This field is not known. Leave it out.' },
        },
        {
          field: 'address.street',
          message: { nl: 'Dit veld kennen we niet. Laat het weg.', en: 'This field is not known. Leave it out.' },
        },
      ]),
    );
  });
});
