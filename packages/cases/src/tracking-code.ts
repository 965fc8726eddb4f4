import { createHash, randomBytes } from 'node:crypto';

/** 24 random bytes = 192 bits, written as 32 URL-safe base64url characters; never derived from anything sequential. */
const TRACKING_CODE_BYTES = 24;
const trackingCodePattern = /^[A-Za-z0-9_-]{32}$/;

export function newTrackingCode(): string {
  return randomBytes(TRACKING_CODE_BYTES).toString('base64url');
}

/** What the database stores instead of the code: its SHA-256 in hex. */
export function hashTrackingCode(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

/** Shape check before any lookup (a malformed code is simply not found). */
export function looksLikeTrackingCode(code: string): boolean {
  return trackingCodePattern.test(code);
}
