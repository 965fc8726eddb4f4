// A region to burn out of a document: where (page and box), why (the exemption ground printed in the box) and,
// when known, what it covers (the leak gate searches the public version for that text).
// REGIONS.json, the file `woo redact --regions` and `woo verify --regions` read, is a JSON array of these.
import { normalizeGroundCode } from '@woo/domain';
import type { Box, GroundCode } from '@woo/domain';
import { z } from 'zod';

export interface RedactionRegionInput {
  /** 1-based page number. */
  page: number;
  /** [x, y, width, height] in PDF points from the top-left of the page as displayed. */
  box: Box;
  /** Canonical exemption-ground code, printed in the box. */
  ground: GroundCode;
  /** The text under the box, when known: the leak gate checks that it does not survive. */
  text?: string;
  /**
   * Pieces of one finding that runs over several lines (one region per line) share a group. The leak gate then
   * searches the pieces' joined text strictly and each piece only like a covered word: a piece such as "Van" or
   * "de heer" that also stands openly elsewhere is no leak, the whole name is.
   */
  group?: string;
  /**
   * Who the region is to the caller (a stored region's id): the leak gate names it behind a leak that comes from
   * this region, so a screen can point at it.
   */
  id?: string;
  /**
   * A reviewer decided that where the region's text also stands openly elsewhere in the document, that is another
   * person (a namesake: "Geachte mevrouw Meindertsma" redacted, "Minister Meindertsma" open). The leak gate then
   * searches the region's text — and the words under it when they are that same text — only when the original did
   * not also show it outside every region. Never meant for an identifier: those are searched strictly regardless
   * (detectedIdentifiers), and so are the pixels under the region.
   */
  namesake?: boolean;
}

const finite = z.number().finite();

const boxSchema = z
  .tuple([finite, finite, finite.positive(), finite.positive()], {
    error: 'box must be [x, y, width, height] in points, with width and height above 0',
  })
  .refine(([x, y]) => x >= 0 && y >= 0, { error: 'box x and y must be 0 or more (points from the top-left)' });

const groundSchema = z.string({ error: 'ground must be a code such as "5.1.2e"' }).transform((value, context) => {
  try {
    return normalizeGroundCode(value);
  } catch (error) {
    context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    return z.NEVER;
  }
});

export const redactionRegionSchema = z.strictObject({
  page: z.number({ error: 'page must be a page number from 1' }).int().min(1, { error: 'page must be 1 or more' }),
  box: boxSchema,
  ground: groundSchema,
  text: z.string().optional(),
  group: z
    .string({ error: 'group must be a text that the pieces of one finding share' })
    .min(1, { error: 'group must not be empty' })
    .max(200, { error: 'group must be at most 200 characters' })
    .optional(),
  id: z
    .string({ error: 'id must be a text that names the region' })
    .min(1, { error: 'id must not be empty' })
    .max(200, { error: 'id must be at most 200 characters' })
    .optional(),
  namesake: z
    .boolean({ error: 'namesake must be true or false: whether open occurrences elsewhere are another person' })
    .optional(),
});

/** The REGIONS.json file format: an array of regions. */
export const regionsFileSchema = z.array(redactionRegionSchema, { error: 'REGIONS.json must be a JSON array' });

/** Thrown for a REGIONS.json that is not valid; the message names the first wrong entry and field on one line. */
export class RegionsFileError extends Error {
  override readonly name = 'RegionsFileError';
}

/** Parses the text of a REGIONS.json file. */
export function parseRegionsFile(json: string): RedactionRegionInput[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new RegionsFileError(`REGIONS.json is not valid JSON: ${error instanceof Error ? error.message : error}`);
  }
  return parseRegions(data);
}

/** Checks already parsed data against the REGIONS.json format. */
export function parseRegions(data: unknown): RedactionRegionInput[] {
  const result = regionsFileSchema.safeParse(data);
  if (result.success) return result.data.map(withoutUndefinedText);
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `at ${formatPath(issue.path)}: ` : '';
  throw new RegionsFileError(`REGIONS.json is not valid: ${where}${issue?.message ?? 'unknown problem'}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
    .join('');
}

function withoutUndefinedText(region: z.output<typeof redactionRegionSchema>): RedactionRegionInput {
  const { text, group, id, namesake, ...rest } = region;
  return {
    ...rest,
    ...(text === undefined ? {} : { text }),
    ...(group === undefined ? {} : { group }),
    ...(id === undefined ? {} : { id }),
    ...(namesake === undefined ? {} : { namesake }),
  };
}
