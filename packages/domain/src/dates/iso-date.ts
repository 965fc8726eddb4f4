// Calendar dates without time or zone: 'YYYY-MM-DD'. Legal terms count calendar days in the Netherlands,
// so the rules work on these strings and never on Date objects carrying a time of day.

/** A calendar date written 'YYYY-MM-DD'. Validate outside input with `parseIsoDate`. */
export type IsoDate = string;
