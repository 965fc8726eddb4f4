import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MailSendError } from './mail-send-error.js';
import { createMailTransport, sendMail, type MailTransport } from './mail-transport.js';
import { renderNotification } from './render-notification.js';
import { templateSamples } from './templates/template-samples.fixture.js';
import { startTestSmtpServer, type TestSmtpServer } from './testing/test-smtp-server.js';

let smtp: TestSmtpServer;
let transport: MailTransport;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  transport = createMailTransport({ smtpUrl: smtp.url, from: 'Gemeente Voorbeeldstad <woo@voorbeeldstad.nl>' });
});

beforeEach(async () => {
  if (!smtp.running) await smtp.restart();
  smtp.clear();
});

afterAll(async () => {
  transport?.close();
  await smtp?.stop();
});

describe('sendMail over SMTP', () => {
  it('delivers a rendered notification to a real SMTP server', async () => {
    const message = renderNotification('request.acknowledgement', templateSamples['request.acknowledgement'], 'nl');
    const sent = await sendMail(transport, {
      to: 'jan.jansen@example.org',
      ...message,
      messageId: '<0190a0b0-0000-7000-8000-000000000001@woo.localhost>',
    });

    expect(sent.response).toMatch(/^250/);
    const [received] = await smtp.waitForMessages(1);
    expect(received?.envelope).toEqual({ from: 'woo@voorbeeldstad.nl', to: ['jan.jansen@example.org'] });
    expect(received?.to).toEqual(['jan.jansen@example.org']);
    expect(received?.subject).toBe('Wij hebben uw Woo-verzoek ontvangen (WOO-2026-0042)');
    expect(received?.messageId).toBe('<0190a0b0-0000-7000-8000-000000000001@woo.localhost>');
    // The text part survives MIME encoding and parsing unchanged.
    expect(received?.text.trim()).toBe(message.text.trim());
    expect(received?.html).toContain('<a href="https://woo.voorbeeldstad.nl/status/abc123">');
  });

  it('works with host and port instead of a URL', async () => {
    const byParts = createMailTransport({ host: '127.0.0.1', port: smtp.port, from: 'woo@localhost' });
    try {
      await sendMail(byParts, { to: 'a@example.org', subject: 'Test', text: 'Hallo', html: '<p>Hallo</p>' });
    } finally {
      byParts.close();
    }
    const [received] = await smtp.waitForMessages(1);
    expect(received?.subject).toBe('Test');
  });

  it('fails with a MailSendError while the server is down, and sends again once it is back', async () => {
    await smtp.stop();
    const mail = { to: 'jan.jansen@example.org', subject: 'Na storing', text: 'Hallo', html: '<p>Hallo</p>' };
    const failure = await sendMail(transport, mail).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MailSendError);
    expect((failure as MailSendError).message).toMatch(/ECONNREFUSED/);
    expect((failure as MailSendError).message).not.toContain('jan.jansen');
    expect(smtp.messages).toHaveLength(0);

    await smtp.restart();
    await sendMail(transport, mail);
    const received = await smtp.waitForMessages(1);
    expect(received.map((m) => m.subject)).toEqual(['Na storing']);
  });
});
