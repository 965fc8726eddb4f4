import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/** One message as the server received it: the SMTP envelope and the parsed MIME message. */
export interface ReceivedMail {
  envelope: { from: string | undefined; to: string[] };
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  from: string | undefined;
  to: string[];
}

export interface TestSmtpServer {
  readonly port: number;
  /** 'smtp://127.0.0.1:<port>', for `createMailTransport({ smtpUrl })`. */
  readonly url: string;
  /** Every message received since the start (or the last `clear()`), in order. */
  readonly messages: readonly ReceivedMail[];
  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<readonly ReceivedMail[]>;
  clear(): void;
  /** Stops listening: sends fail with a refused connection, as when a mail server is down. */
  stop(): Promise<void>;
  /** Listens again on the same port, keeping the messages received so far. */
  restart(): Promise<void>;
  readonly running: boolean;
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const netServer = server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((netServer.address() as AddressInfo).port);
    });
  });
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 and a free port, for tests. It accepts every message without
 * authentication or TLS and keeps it, parsed with postal-mime, for assertions.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();

  const createServer = () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Connections left open by a client must not keep a test waiting for smtp-server's default 30 s.
      closeTimeout: 100,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          PostalMime.parse(Buffer.concat(chunks))
            .then((email) => {
              const from = session.envelope.mailFrom;
              messages.push({
                envelope: {
                  from: from ? from.address : undefined,
                  to: session.envelope.rcptTo.map((recipient) => recipient.address),
                },
                subject: email.subject ?? '',
                text: email.text ?? '',
                html: email.html ?? '',
                messageId: email.messageId,
                from: email.from && 'address' in email.from ? email.from.address : undefined,
                to: (email.to ?? []).flatMap((address) =>
                  'address' in address && address.address ? [address.address] : [],
                ),
              });
              for (const wake of waiters) wake();
              callback();
            })
            .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
        });
      },
    });
    server.on('error', () => {
      // A client that drops its connection is no reason to fail a test; the assertions are on the messages.
    });
    return server;
  };

  let server: SMTPServer | undefined = createServer();
  const port = await listen(server, 0);

  const stop = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = undefined;
      if (!current) return resolve();
      current.close(() => resolve());
    });

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get running() {
      return server !== undefined;
    },
    waitForMessages(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          cleanup();
          resolve(messages);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${count} message(s); got ${messages.length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    clear() {
      messages.length = 0;
    },
    stop,
    async restart() {
      await stop();
      server = createServer();
      await listen(server, port);
    },
  };
}
