// The help text of the `woo` command.
export const USAGE = `Usage: woo <command> [options]

Commands:
  deadline --received YYYY-MM-DD [--suspend FROM:RESUME[:REASON]]... [--extended]
      Print the decision deadline of a Woo request (Woo 4.4, Algemene termijnenwet) as one JSON object.
      --received   the day the request was received
      --suspend    a suspension: FROM is the first suspended day, RESUME the day the clock runs again;
                   REASON is precisering, consent_to_delay or zienswijze (default: zienswijze). Repeatable.
      --extended   the decision was deferred by 2 weeks (verdaging, Woo 4.4(2))
  grounds
      Print the exemption grounds (uitzonderingsgronden) as a JSON array.
  detect FILE [--known "Naam"]... [--workers N]
      Print the proposed redactions of a PDF, PNG, JPEG or TIFF as a JSON array: per finding the page (from 1),
      the text, the exemption ground (5.1.1e BSN, 5.1.1d special categories, 5.1.2e other personal data), the
      kind, the box [x, y, w, h] in points from the top-left of the page, the recogniser and its confidence.
      Pages without a text layer are read with OCR (Dutch, offline).
      --known      a name from the case (requester, third party, official), found in every spelling (repeatable)
      --workers    OCR workers to run in parallel (default 1)
  redact FILE --out OUT.pdf (--auto [--known "Naam"]... | --regions REGIONS.json)
      Write the public version: every page rebuilt as an image with the regions painted black and their ground
      code printed in the box, an invisible text layer from the words wholly outside every box, no metadata,
      annotations, attachments, bookmarks, form fields or earlier revisions. Prints what it did as JSON,
      including the regions applied (the REGIONS.json format).
      --auto       redact every finding of the detectors (as woo detect)
      --known      a name from the case's known-persons list, found in every spelling (with --auto; repeatable)
      --regions    a JSON array of {"page": 1, "box": [x, y, w, h], "ground": "5.1.2e", "text": "..."}
                   (box in PDF points from the top-left of the page as displayed)
  verify OUT.pdf --original FILE [--regions REGIONS.json] [--identifier TEXT]...
      The leak gate: exit 0 when nothing of the regions, the identifiers, the original's metadata or its file
      name survives in OUT.pdf (text layer, objects, raw bytes, earlier revisions) and every region is painted;
      exit 1 with a JSON report of the leaks; exit 2 on bad input.
      --identifier a detected identifier (BSN, IBAN, e-mail …) that must not appear (repeatable)
  ocr FILE [--dpi N] [--workers N]
      Print the text of every page of a PDF, PNG, JPEG or TIFF as JSON, with word boxes in points from the
      top-left of the page: the PDF's own text layer where there is one, OCR (Dutch, offline) where there is not.
      --dpi        resolution pages are rendered at for OCR (default 300)
      --workers    OCR workers to run in parallel (default 1)
      An unreadable file (encrypted, damaged, not a PDF or image) exits 2 with the reason.

Options:
  -h, --help   show this help

Exit codes: 0 done, 1 unexpected failure, 2 wrong input.
`;
