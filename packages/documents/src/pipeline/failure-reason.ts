// The reason stored on a page or document that could not be processed: the Dutch text a coordinator reads.
import { isDomainError } from '@woo/domain';

/** Why a page could not be read, in the words of the error when it has them (DocumentReadError, OcrError). */
export function failureReasonOf(error: unknown): string {
  if (isDomainError(error)) return error.nl;
  return 'De pagina kon niet worden verwerkt';
}

/** The document's reason when one of its pages failed. */
export function documentFailureReason(pageNumber: number, pageReason: string): string {
  return `Pagina ${pageNumber} kon niet worden gelezen: ${pageReason}`;
}
