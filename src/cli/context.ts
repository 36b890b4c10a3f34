/** What every command needs from the outside world, so tests can run commands in-process. */
import type { Lang } from "../domain/messages";
import { UsageError } from "./args";

export interface CliContext {
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  /** Working directory for relative paths (the process's by default). */
  readonly cwd: string;
}

export function langOf(text: string | undefined): Lang {
  if (text === undefined || text === "vi") return "vi";
  if (text === "en") return "en";
  throw new UsageError(`--lang must be vi or en, not “${text}”`);
}

/** A failure the user must fix (exit 2); the message is one line naming the file and the reason. */
export class InputError extends Error {}
