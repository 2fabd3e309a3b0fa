import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { errorMessage, isJobHunterError, JobHunterError, maskUrlPasswords } from '@job-hunter/domain';

export interface FolderEntry {
  name: string;
  render: () => string | Uint8Array | Promise<string | Uint8Array>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `entries` into `dir` so that readers never see a half-written folder: everything
 * is rendered into a hidden temp folder beside `dir` (same parent, so rename is atomic)
 * and moved into place. An existing `dir` keeps its other files (checkpoints, digest);
 * the entries replace their namesakes file by file and `staleNames` not rewritten are
 * removed so old reports cannot contradict new ones. Returns the absolute file paths.
 */
export async function writeFolderAtomically(
  dir: string,
  entries: readonly FolderEntry[],
  staleNames: readonly string[] = [],
): Promise<string[]> {
  const target = resolve(dir);
  let temp: string | undefined;
  try {
    await mkdir(dirname(target), { recursive: true });
    temp = await mkdtemp(join(dirname(target), `.${basename(target)}.tmp-`));
    for (const entry of entries) {
      const content = await entry.render();
      // Text reports are masked as a whole, so no URL password reaches a file whatever its source.
      await writeFile(join(temp, entry.name), typeof content === 'string' ? maskUrlPasswords(content) : content);
    }
    if (!(await exists(target))) {
      await rename(temp, target);
      temp = undefined;
    } else {
      for (const entry of entries) await rename(join(temp, entry.name), join(target, entry.name));
      const written = new Set(entries.map((e) => e.name));
      for (const name of staleNames) if (!written.has(name)) await rm(join(target, name), { force: true });
    }
    return entries.map((e) => join(target, e.name));
  } catch (e) {
    if (isJobHunterError(e)) throw e;
    throw new JobHunterError(
      'STORAGE_ERROR',
      `Could not write the reports to ${target}: ${errorMessage(e)}. ` +
        'Check that the output directory (--output-dir or JH_OUTPUT_DIR) is a writable folder with free space.',
      { cause: e },
    );
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true }).catch(() => undefined);
  }
}
