/**
 * Writing an output file so that it can be neither redirected nor left half-written: the bytes go to a temporary
 * file beside it, created exclusively (O_CREAT|O_EXCL, so a planted file or link at that name is never followed
 * or overwritten) under a name of 64 random bits, flushed to disk, then moved into place. The temporary file is
 * removed on any failure and on SIGINT, SIGTERM and SIGHUP (not on SIGKILL, which no process can catch).
 */
import { randomBytes } from "node:crypto";
import { constants as fsConstants, promises as fs, unlinkSync } from "node:fs";
import path from "node:path";

/**
 * Writes `bytes` to `file`. With `replace: false` the move is no-clobber (a hard link, which fails when the target
 * exists), so of two runs writing the same path only one succeeds; the other gets an EEXIST error. Every error is
 * one line naming `file`, never the temporary file, with the system's code kept on it.
 */
export async function writeOutput(file: string, bytes: Buffer, replace: boolean): Promise<void> {
  let tmp: string | null = null;
  try {
    const created = await createTemporary(file);
    tmp = created.path;
    try {
      await created.handle.writeFile(bytes);
      await created.handle.sync();
    } finally {
      await created.handle.close();
    }
    if (replace) await fs.rename(tmp, file);
    else await placeNew(tmp, file);
  } catch (e) {
    throw describeWriteError(e, file);
  } finally {
    if (tmp !== null) await removeTemporary(tmp);
  }
}

/** An exclusive new file beside `file`; a name already taken (by chance or planted) is passed over for another. */
async function createTemporary(file: string): Promise<{ path: string; handle: fs.FileHandle }> {
  // A long output name is cut in the temporary one, which must stay within a file name's 255 bytes.
  const base = path.basename(file).slice(0, 100);
  for (let attempt = 0; ; attempt++) {
    const tmp = path.join(path.dirname(file), `.${base}.${randomBytes(8).toString("hex")}.tmp`);
    watchSignals();
    try {
      const handle = await fs.open(tmp, "wx", 0o666);
      live.add(tmp); // only once it is ours: a name someone else holds is never removed
      return { path: tmp, handle };
    } catch (e) {
      unwatchWhenIdle();
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 4) throw e;
    }
  }
}

async function removeTemporary(tmp: string): Promise<void> {
  try {
    await fs.rm(tmp, { force: true });
  } finally {
    live.delete(tmp);
    unwatchWhenIdle();
  }
}

async function placeNew(tmp: string, file: string): Promise<void> {
  try {
    await fs.link(tmp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // File systems without hard links (FAT, some network shares): an exclusive copy is still no-clobber.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EXDEV" || code === "ENOSYS") await fs.copyFile(tmp, file, fsConstants.COPYFILE_EXCL);
    else throw e;
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the disk",
  EDQUOT: "the disk quota is used up",
  EROFS: "its folder is on a read-only disk",
  EACCES: "no permission to write in its folder",
  EPERM: "no permission to write in its folder",
  ENOENT: "its folder does not exist",
  ENOTDIR: "its folder is not a folder",
  EISDIR: "it is a folder",
  ENAMETOOLONG: "its name is too long",
};

/** A failed write as one line about the output file (the temporary file means nothing to the user). */
export function describeWriteError(e: unknown, file: string): Error {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== "string") return e instanceof Error ? e : new Error(String(e));
  if (code === "EEXIST") return Object.assign(new Error(`${file} already exists (written meanwhile by another run?); pass --force to replace it`), { code });
  const reason = REASONS[code] ?? `the system refused (${code})`;
  return Object.assign(new Error(`${file}: cannot be written: ${reason}; nothing was written`), { code });
}

/** Temporary files now on disk, removed if a signal ends the process. */
const live = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const handlers = new Map<NodeJS.Signals, () => void>(SIGNALS.map((s) => [s, () => onSignal(s)]));
let watching = false;

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const [signal, handler] of handlers) process.on(signal, handler);
}

function unwatchWhenIdle(): void {
  if (live.size > 0 || !watching) return;
  watching = false;
  for (const [signal, handler] of handlers) process.off(signal, handler);
}

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of live) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone: nothing to remove.
    }
  }
  live.clear();
  unwatchWhenIdle();
  // With no other listener, the signal is raised again: the process ends as it would have without this handler.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
