import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('never writes personal data, however deep it is logged', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ name: 'test', level: 'info' }, stream);
    logger.info(
      {
        email: 'j.jansen@example.nl',
        body: { requester: { name: 'Jan Jansen', email: 'jan@example.nl' }, question: 'Alle stukken over mij' },
        trackingCode: 'abc123secret',
        caseId: '0190c1c2-0000-7000-8000-000000000001',
      },
      'request received',
    );
    const output = lines.join('');
    for (const secret of ['j.jansen@example.nl', 'Jan Jansen', 'jan@example.nl', 'Alle stukken', 'abc123secret']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('0190c1c2-0000-7000-8000-000000000001');
    expect(output).toContain('request received');
  });
});
