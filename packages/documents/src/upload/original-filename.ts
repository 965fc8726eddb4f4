// The uploaded file's name is data shown to people (and used in the wording of an error), never a path or a key.
const MAX_LENGTH = 255;

/** The last path segment, without control characters, at most 255 characters; a fallback when nothing is left. */
export function cleanOriginalFilename(name: string | null | undefined, fallback = 'document'): string {
  const lastSegment = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
  const cleaned = lastSegment.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (cleaned || fallback).slice(0, MAX_LENGTH);
}
