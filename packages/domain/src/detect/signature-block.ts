// Signature blocks of e-mails and letters → 5.1.2e 'signature': each line after "Met vriendelijke groet" /
// "Hoogachtend" / "Kind regards" up to a blank gap — name, function, phone, e-mail. Lines that only name the
// organisation, its postal address or website ("Gemeente Utrecht", "Postbus 16200", "www.utrecht.nl") stay readable;
// the signer's function stays a signature line even when it names a department ("medewerker Klantcontactcentrum").
import type { Finding } from './finding.js';
import { dutchNameLexicon } from './name-lexicon.js';
import { readPageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findSignatureBlocks } from './signature-blocks.js';
import { findingsForSpan } from './span-findings.js';

const RECOGNISER = 'email-signature';
const ORGANISATION_LINE = /^(?:postbus|antwoordnummer)\b|(?:www\.|https?:\/\/)|^\p{L}+\.(?:nl|com|eu|org)\b/u;

// Formulas of a decision's signature: who signs on whose behalf, not who the person is.
const FORMULA =
  /^(?:namens (?:dezen|deze|het college|de minister|de staatssecretaris)|i\.o\.|in opdracht|hoogachtend|de (?:burgemeester|secretaris|minister|staatssecretaris|directeur)\b.{0,40},?$|het college\b)/u;

function isOrganisationLine(folded: string): boolean {
  if (ORGANISATION_LINE.test(folded) || FORMULA.test(folded)) return true;
  const lexicon = dutchNameLexicon();
  const words = folded.split(/[^\p{L}'-]+/u).filter((word) => word !== '');
  // A line with an e-mail address or a phone number is personal, whatever else it names.
  if (/@|\d{6,}|\d{2,4}[ -]\d{3}/.test(folded)) return false;
  const isPlace = (word: string, i: number) =>
    lexicon.places.has(word) || lexicon.places.has(`${word} ${words[i + 1] ?? ''}`);
  // The signer's function ("medewerker Klantcontactcentrum", "adviseur Ruimtelijke Ordening") is personal even when
  // it names a department; a public office with a place ("burgemeester en wethouders van Utrecht") is not.
  if (words.some((word) => lexicon.roleWords.has(word) && !lexicon.publicOffices.has(word)) && !words.some(isPlace)) {
    return false;
  }
  return words.some(
    (word, i) =>
      lexicon.organisationWords.has(word) ||
      lexicon.places.has(word) ||
      lexicon.places.has(`${word} ${words[i + 1] ?? ''}`),
  );
}

export const signatureBlockRecogniser: Recogniser = {
  name: RECOGNISER,
  ground: '5.1.2e',
  kinds: ['signature'],
  detect(page) {
    const lines = readPageLines(page);
    const findings: Finding[] = [];
    for (const block of findSignatureBlocks(lines)) {
      for (const line of block.lines) {
        const folded = lines.folded.slice(line.start, line.end).trim();
        // OCR debris on a scanned signature ("|", ":", "| : . oo"): no run of three letters or digits, nothing to hide.
        if (!/[\p{L}\d]{3}/u.test(folded)) continue;
        if (isOrganisationLine(folded)) continue;
        findings.push(
          ...findingsForSpan(lines, line.start, line.end, {
            ground: '5.1.2e',
            kind: 'signature',
            recogniser: RECOGNISER,
            confidence: 0.8,
          }),
        );
      }
    }
    return findings;
  },
};
