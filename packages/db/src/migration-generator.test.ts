import { describe, expect, it } from 'vitest';
import { WooMigrationGenerator } from './migration-generator.js';

// createStatement uses neither driver nor options, so the generator is built without them.
const generator = Object.create(WooMigrationGenerator.prototype) as WooMigrationGenerator;

function evaluate(statement: string): string {
  const literal = /this\.addSql\((`[\s\S]*`)\);/.exec(statement)?.[1];
  if (!literal) throw new Error(`no addSql in ${statement}`);
  return new Function(`return ${literal};`)() as string;
}

describe('WooMigrationGenerator', () => {
  it.each([
    "create function f() returns trigger as $$ begin raise exception 'no'; end; $$ language plpgsql",
    "select '${not_a_placeholder}', `quoted`, 'back\\slash'",
  ])('writes statements that evaluate back to the same SQL (%#)', (sql) => {
    const statement = generator.createStatement(sql, 4);
    expect(evaluate(statement)).toBe(sql);
  });

  it('leaves dollar quotes unescaped', () => {
    expect(generator.createStatement('as $$ begin end; $$', 4)).toContain('as $$ begin end; $$');
  });
});
