// The zienswijze request's link: minted by the sender at the moment of sending, its hash committed before the mail
// goes out, the token in the mail only. A retry after a failed send mints a new token, and only the link in the mail
// that was delivered works. Without a public base URL the mail asks for an answer by e-mail.
import { hashThirdPartyToken, queueNotification } from '@woo/cases';
import { Notification, Organisation, ThirdParty } from '@woo/db';
import { aCase, anOrganisation, aThirdParty, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { createMailTransport, MailSendError, type MailTransport } from '@woo/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@woo/mail/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationSendHandler } from './notification-send.handler.js';

let db: TestDatabase;
let smtp: TestSmtpServer;
let mail: MailTransport;
let organisation: Organisation;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startTestSmtpServer();
  mail = createMailTransport({ smtpUrl: smtp.url, from: 'woo@voorbeeldstad.nl', timeoutMs: 2_000 });
  const em = db.orm.em.fork();
  organisation = anOrganisation(em, { name: 'Gemeente Voorbeeldstad' });
  await em.flush();
});

afterAll(async () => {
  mail?.close();
  await smtp?.stop();
  await db?.drop();
});

/** A third party with its zienswijze request queued, as the case service writes it. */
async function queuedRequest(): Promise<{ thirdPartyId: string; notificationId: string }> {
  const em = db.orm.em.fork();
  return em.transactional(async (tem) => {
    const kase = aCase(tem, { organisation: tem.getReference(Organisation, organisation.id) });
    const thirdParty = aThirdParty(tem, { case: kase, email: 'info@bouwbedrijf-noord.example' });
    await tem.flush();
    const notification = await queueNotification(tem, {
      organisation: kase.organisation,
      case: kase,
      template: 'zienswijze.requested',
      recipientKind: 'third_party',
      recipientThirdParty: thirdParty,
      recipientEmail: 'info@bouwbedrijf-noord.example',
      data: { reference: kase.reference, organisationName: 'Gemeente Voorbeeldstad', periodEnd: '2026-03-18' },
    });
    return { thirdPartyId: thirdParty.id, notificationId: notification.id };
  });
}

async function send(notificationId: string, attempt: number, withLink = true) {
  const em = db.orm.em.fork();
  const handler = createNotificationSendHandler({
    mail,
    ...(withLink && { thirdPartyLink: (token: string) => `https://woo.example.nl/zienswijze/${token}` }),
  });
  try {
    return await handler.handle({ notificationId }, { em, logger, jobId: 'test', attempt });
  } finally {
    await em.flush();
  }
}

const storedHash = async (thirdPartyId: string) =>
  (await db.orm.em.fork().findOneOrFail(ThirdParty, thirdPartyId)).accessTokenHash;

const tokenIn = (text: string) => /\/zienswijze\/([A-Za-z0-9_-]{32})/.exec(text)?.[1];

describe('the link in a zienswijze request', () => {
  it('works only as delivered: a retry after a failed send replaces the token, and the row never holds it', async () => {
    const { thirdPartyId, notificationId } = await queuedRequest();

    // The mail server is down: the attempt fails, but a hash was committed first (for a link nobody received).
    await smtp.stop();
    await expect(send(notificationId, 1)).rejects.toBeInstanceOf(MailSendError);
    const firstHash = await storedHash(thirdPartyId);
    expect(firstHash).toMatch(/^[0-9a-f]{64}$/);

    // Back up: the retry mints a new token; the mail's link is the one the stored hash belongs to.
    await smtp.restart();
    smtp.clear();
    expect(await send(notificationId, 2)).toEqual({ status: 'sent' });
    const [delivered] = await smtp.waitForMessages(1);
    const token = tokenIn(delivered!.text);
    expect(token).toBeDefined();
    const secondHash = await storedHash(thirdPartyId);
    expect(secondHash).not.toBe(firstHash);
    expect(hashThirdPartyToken(token!)).toBe(secondHash);

    // The row keeps its facts without the link; the token is nowhere in it.
    const row = await db.orm.em.fork().findOneOrFail(Notification, notificationId);
    expect(row.status).toBe('sent');
    expect(row.data).not.toHaveProperty('respondUrl');
    expect(JSON.stringify(row)).not.toContain(token!);

    // A second job for a sent notification sends nothing and changes no token.
    expect(await send(notificationId, 1)).toMatchObject({ status: 'skipped', reason: 'already_sent' });
    expect(await storedHash(thirdPartyId)).toBe(secondHash);
  });

  it('asks for an answer by e-mail when the sender knows no public address, and stores no hash', async () => {
    const { thirdPartyId, notificationId } = await queuedRequest();
    smtp.clear();
    expect(await send(notificationId, 1, false)).toEqual({ status: 'sent' });
    const [delivered] = await smtp.waitForMessages(1);
    expect(tokenIn(delivered!.text)).toBeUndefined();
    expect(delivered!.text).toContain('U kunt uw zienswijze sturen als antwoord op deze e-mail.');
    expect(await storedHash(thirdPartyId)).toBeNull();
  });
});
