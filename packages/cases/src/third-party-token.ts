import { createHash, randomBytes } from 'node:crypto';

// The token in the link a third party follows to give their zienswijze. Like the requester's tracking code: 192
// random bits as 32 base64url characters; only its SHA-256 is stored (ThirdParty.accessTokenHash). It is minted by
// the sender of the zienswijze request at the moment the mail goes out, so it never rests anywhere in plain text.
const THIRD_PARTY_TOKEN_BYTES = 24;
const thirdPartyTokenPattern = /^[A-Za-z0-9_-]{32}$/;

export function newThirdPartyToken(): string {
  return randomBytes(THIRD_PARTY_TOKEN_BYTES).toString('base64url');
}

export function hashThirdPartyToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shape check before any lookup (a malformed token is simply not found). */
export function looksLikeThirdPartyToken(token: string): boolean {
  return thirdPartyTokenPattern.test(token);
}
