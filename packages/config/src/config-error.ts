/** Configuration that cannot be used. The message names every variable that is wrong and why. */
export class ConfigError extends Error {
  readonly problems: { variable: string; message: string }[];

  constructor(problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}\n` +
        'Set these environment variables (see README.md, "Configuration").',
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
