/** A small argument reader: positionals, `--flag value`, `--flag=value` and boolean switches. */

export class UsageError extends Error {}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

export interface ArgSpec {
  /** Options that take a value. */
  readonly options: readonly string[];
  /** Options that take none. */
  readonly switches: readonly string[];
  /** Options that may be given more than once are collected with a newline between values. */
  readonly repeatable?: readonly string[];
  /** Short aliases ("-o" → "--out"). */
  readonly aliases?: Readonly<Record<string, string>>;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i] ?? "";
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    arg = spec.aliases?.[arg] ?? arg;
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (spec.switches.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      switches.add(name);
    } else if (spec.options.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UsageError(`--${name} needs a value`);
      const prev = options.get(name);
      if (prev !== undefined && !spec.repeatable?.includes(name)) throw new UsageError(`--${name} given twice`);
      options.set(name, prev === undefined ? value : `${prev}\n${value}`);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, options, switches };
}

export function wholeNumber(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not “${text}”`);
  return n;
}
