/** Minimal `--name value` / `--flag` parser for the command-line entry points; unknown options are errors. */
export function parseArgs(
  argv: string[],
  known: { values: string[]; flags?: string[] },
): Record<string, string | true> {
  const result: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Argument inattendu : ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (known.flags?.includes(name)) {
      result[name] = true;
    } else if (known.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`L'option --${name} attend une valeur.`);
      result[name] = value;
    } else {
      throw new Error(`Option inconnue : --${name}`);
    }
  }
  return result;
}
