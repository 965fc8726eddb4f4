import type { z } from 'zod';
import type { MailLocale } from './mail-locale.js';
import type { ComposedMessage } from './message-content.js';

/** One kind of message: the facts it needs (checked with zod) and how it reads in each language. */
export interface MailTemplate<TName extends string = string, TSchema extends z.ZodType = z.ZodType> {
  readonly name: TName;
  readonly data: TSchema;
  readonly compose: (data: z.output<TSchema>, locale: MailLocale) => ComposedMessage;
}

export function defineTemplate<TName extends string, TSchema extends z.ZodType>(
  template: MailTemplate<TName, TSchema>,
): MailTemplate<TName, TSchema> {
  return Object.freeze(template);
}
