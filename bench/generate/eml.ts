// An e-mail as an RFC 5322 message (.eml): a text/plain body and PDF attachments in multipart/mixed, the way a
// mail client exports a message for a Woo dossier.

export interface EmlAttachment {
  name: string;
  bytes: Uint8Array;
}

export interface EmlMessage {
  from: { name: string; email: string };
  to: { name: string; email: string };
  cc?: { name: string; email: string };
  subject: string;
  date: Date;
  messageId: string;
  body: string;
  attachments: readonly EmlAttachment[];
}

/** RFC 2047 encoded word when the text is not plain ASCII. */
function headerText(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function mailbox(party: { name: string; email: string }): string {
  const name = headerText(party.name);
  return `${name === party.name ? `"${name}"` : name} <${party.email}>`;
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g)
      ?.join('\r\n') ?? ''
  );
}

export function buildEml(message: EmlMessage): Buffer {
  const boundary = `=_woo_bench_${message.messageId.replace(/\W/g, '')}`;
  const lines = [
    `From: ${mailbox(message.from)}`,
    `To: ${mailbox(message.to)}`,
    ...(message.cc ? [`Cc: ${mailbox(message.cc)}`] : []),
    `Subject: ${headerText(message.subject)}`,
    `Date: ${message.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${message.messageId}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(message.body.replace(/\n/g, '\r\n'), 'utf8')),
  ];
  for (const attachment of message.attachments) {
    lines.push(
      `--${boundary}`,
      `Content-Type: application/pdf; name="${attachment.name}"`,
      `Content-Disposition: attachment; filename="${attachment.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(attachment.bytes),
    );
  }
  lines.push(`--${boundary}--`, '');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
