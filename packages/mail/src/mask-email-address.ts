const addressPattern = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** "jan.jansen@example.org" → "j***@example.org": enough to tell mails apart in a log, too little to reach anyone. */
export function maskEmailAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

/** Masks every e-mail address in a text, e.g. an SMTP server's reply that echoes the recipient. */
export function maskEmailAddresses(text: string): string {
  return text.replace(addressPattern, '$1***@$2');
}
