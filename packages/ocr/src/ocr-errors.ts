// OCR failures with a reason a coordinator can read; a page that times out fails that page, not the pool.
import { DomainError } from '@woo/domain';

export class OcrError extends DomainError {
  constructor(code: 'ocr.timeout' | 'ocr.failed' | 'ocr.pool_closed', texts: { nl: string; en: string }, details = {}) {
    super(code, texts, details);
    this.name = 'OcrError';
  }
}

export const ocrErrors = {
  timeout: (timeoutMs: number) =>
    new OcrError(
      'ocr.timeout',
      {
        nl: `Tekstherkenning duurde te lang (meer dan ${Math.round(timeoutMs / 1000)} seconden voor één pagina)`,
        en: `Text recognition took too long (more than ${Math.round(timeoutMs / 1000)} seconds for one page)`,
      },
      { timeoutMs },
    ),
  failed: (detail: string) =>
    new OcrError(
      'ocr.failed',
      { nl: 'Tekstherkenning is mislukt voor deze pagina', en: 'Text recognition failed for this page' },
      { detail },
    ),
  closed: () =>
    new OcrError('ocr.pool_closed', {
      nl: 'Tekstherkenning is gestopt',
      en: 'Text recognition has been stopped',
    }),
};
