// A colour per exemption ground for the boxes on the page and the legend. Colour is never the only signal: every box
// prints its ground code, and the list beside the page says it in words. Each colour carries white text at 4.5:1 or
// more, and reaches 3:1 against a white page as a border.
const palette = [
  '#1f4e9c', // blue
  '#a4161a', // red
  '#6a1b9a', // purple
  '#0f6b3a', // green
  '#8a4b00', // brown
  '#005f73', // teal
  '#9c1f5c', // magenta
  '#4a4a4a', // grey
  '#5c4a00', // olive
  '#283593', // indigo
] as const;

/** The usual grounds get colours that stay the same everywhere; others follow the order of the law. */
const fixed: Record<string, string> = {
  '5.1.2e': palette[0],
  '5.1.1e': palette[1],
  '5.1.1d': palette[2],
  '5.1.2f': palette[3],
  '5.1.1c': palette[4],
  '5.2': palette[5],
};

/** The colours the usual grounds do not take, for all the others (in the order of the law). */
const others = palette.filter((colour) => !Object.values(fixed).includes(colour));

export function groundColour(code: string, order: readonly string[]): string {
  const known = fixed[code];
  if (known) return known;
  const rest = order.filter((other) => !(other in fixed));
  const index = rest.indexOf(code);
  return others[(index < 0 ? code.length : index) % others.length]!;
}
