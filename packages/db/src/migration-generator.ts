import { TSMigrationGenerator } from '@mikro-orm/migrations';

/**
 * MikroORM's TypeScript migration generator, but escaping only what a template literal needs (backslash,
 * backtick and `${`). The stock one also escapes every `$`, which turns `$$` function bodies into lint errors.
 */
export class WooMigrationGenerator extends TSMigrationGenerator {
  override createStatement(sql: string, padLeft: number): string {
    if (!sql) {
      return '\n';
    }
    const escaped = sql.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${');
    return `${' '.repeat(padLeft)}this.addSql(\`${escaped}\`);\n`;
  }
}
