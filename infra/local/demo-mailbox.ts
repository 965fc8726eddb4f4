// The demo's mailbox: when `npm start` runs without SMTP_URL, the workers send to this local SMTP server, which keeps
// every message as an .eml file under .data/mail/ and says on the console that one arrived (subject and file, not the
// recipient or the body: a console log is no place for addresses or tracking links). Open the .eml file to follow a
// link a requester or third party would get. Listens on 127.0.0.1 only.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

export interface DemoMailbox {
  /** 'smtp://127.0.0.1:<port>' for SMTP_URL. */
  url: string;
  folder: string;
  stop(): Promise<void>;
}

/** A file name for a message: arrival time and a number, never an address. */
function fileName(sequence: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${stamp}-${String(sequence).padStart(4, '0')}.eml`;
}

export async function startDemoMailbox(folder: string, say: (message: string) => void): Promise<DemoMailbox> {
  mkdirSync(folder, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const file = join(folder, fileName(++sequence));
        // Read the subject first, then write the file and say so in the same tick: whoever sees the file can rely on
        // the console line being there too.
        PostalMime.parse(raw)
          .then((mail) => `"${mail.subject ?? '(geen onderwerp)'}"`)
          .catch(() => '(unreadable)')
          .then((subject) => {
            writeFileSync(file, raw);
            say(`mail: ${subject} → ${file}`);
          })
          .then(() => callback(), callback);
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    const listening = server.listen(0, '127.0.0.1', () => resolve((listening.address() as AddressInfo).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    folder,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}
