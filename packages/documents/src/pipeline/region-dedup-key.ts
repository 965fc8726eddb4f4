// The identity of a detected region, so that running detection again (a retry, a worker killed halfway, the
// reconciler after a Redis loss) inserts nothing twice: page, ground, kind, the box rounded to whole points and the
// text. A hash keeps the key short and the text out of the index.
import { createHash } from 'node:crypto';
import type { Finding } from '@woo/domain';

export function regionDedupKey(finding: Pick<Finding, 'page' | 'ground' | 'kind' | 'box' | 'text'>): string {
  const box = finding.box.map((n) => Math.round(n)).join(',');
  const text = finding.text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const digest = createHash('sha256')
    .update([finding.page, finding.ground, finding.kind, box, text].join('\u0000'))
    .digest('hex');
  return `detected:${digest}`;
}
