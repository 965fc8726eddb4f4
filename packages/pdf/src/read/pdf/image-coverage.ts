// How much of a page is covered by images, from pdf.js's operator list. A scanned page with a few words of real
// text on it (a Bates number, a stamp, "Pagina 1 van 3" added by the scanner) has a text layer, but the letter
// itself is only in the image: such a page must still be OCR'd, or what the scan says is never read.
type Matrix = [number, number, number, number, number, number];

/** The operator codes we follow (pdf.js OPS). */
export interface CoverageOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
}

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n;
  return [
    a * m[0] + b * m[2],
    a * m[1] + b * m[3],
    c * m[0] + d * m[2],
    c * m[1] + d * m[3],
    e * m[0] + f * m[2] + m[4],
    e * m[1] + f * m[3] + m[5],
  ];
}

/**
 * Share (0–1) of the page's view box covered by the bounding boxes of painted images (each image fills the unit
 * square under the current transform). Overlapping images are not subtracted; the result is capped at 1.
 */
export function imageCoverage(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: CoverageOps,
  view: readonly number[],
): number {
  const [vx0 = 0, vy0 = 0, vx1 = 0, vy1 = 0] = view;
  const pageArea = (vx1 - vx0) * (vy1 - vy0);
  if (!(pageArea > 0)) return 0;
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let covered = 0;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, (args ?? []) as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (Array.isArray(matrix)) ctm = multiply(ctm, matrix as number[]);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (
      fn === ops.paintImageXObject ||
      fn === ops.paintInlineImageXObject ||
      fn === ops.paintImageMaskXObject ||
      fn === ops.paintImageXObjectRepeat
    ) {
      const xs = [ctm[4], ctm[0] + ctm[4], ctm[2] + ctm[4], ctm[0] + ctm[2] + ctm[4]];
      const ys = [ctm[5], ctm[1] + ctm[5], ctm[3] + ctm[5], ctm[1] + ctm[3] + ctm[5]];
      const width = Math.max(0, Math.min(vx1, Math.max(...xs)) - Math.max(vx0, Math.min(...xs)));
      const height = Math.max(0, Math.min(vy1, Math.max(...ys)) - Math.max(vy0, Math.min(...ys)));
      covered += width * height;
    }
  });
  return Math.min(1, covered / pageArea);
}
