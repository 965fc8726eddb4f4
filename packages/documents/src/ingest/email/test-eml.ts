// Builds .eml files for tests: headers, a text body and base64 attachments (e-mails attached as message/rfc822).
// Test support only; not exported from the package.
export interface TestAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array | string;
}

export interface TestEmail {
  from?: string;
  to?: string;
  cc?: string;
  subject?: string;
  date?: string;
  body?: string;
  html?: string;
  attachments?: readonly TestAttachment[];
}

function base64Lines(content: Uint8Array | string): string {
  const encoded = Buffer.from(content).toString('base64');
  return encoded.match(/.{1,76}/g)?.join('\r\n') ?? '';
}

let boundaryCount = 0;

export function buildEml(email: TestEmail): string {
  boundaryCount += 1;
  const boundary = `woo-test-boundary-${boundaryCount}`;
  const headers = [
    `From: ${email.from ?? 'Pieter Jansen <p.jansen@example.nl>'}`,
    `To: ${email.to ?? 'Woo-team <woo@gemeente.example.nl>'}`,
    ...(email.cc ? [`Cc: ${email.cc}`] : []),
    `Subject: ${email.subject ?? 'Stukken Stationsplein'}`,
    `Date: ${email.date ?? 'Mon, 2 Mar 2026 10:15:00 +0100'}`,
    `Message-ID: <${boundary}@example.nl>`,
    'MIME-Version: 1.0',
  ];
  const bodyPart = email.html
    ? ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', base64Lines(email.html)]
    : [
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(email.body ?? ''),
      ];
  const attachments = email.attachments ?? [];
  if (attachments.length === 0) return [...headers, ...bodyPart, ''].join('\r\n');
  const parts = [bodyPart.join('\r\n')];
  for (const attachment of attachments) {
    const raw = attachment.contentType === 'message/rfc822';
    parts.push(
      [
        `Content-Type: ${attachment.contentType}; name="${attachment.filename}"`,
        `Content-Disposition: attachment; filename="${attachment.filename}"`,
        ...(raw
          ? ['', Buffer.from(attachment.content).toString('utf8')]
          : ['Content-Transfer-Encoding: base64', '', base64Lines(attachment.content)]),
      ].join('\r\n'),
    );
  }
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts.map((part) => `--${boundary}\r\n${part}`),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
