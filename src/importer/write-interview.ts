import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ImportError } from './import-error.ts';
import type { InterviewPlan } from './plan-interview-files.ts';

/**
 * Writes a planned interview into `<outDir>/<id>` all at once: files go to a temporary
 * sibling folder that is renamed into place at the end, so a failure leaves nothing behind.
 * An existing interview is replaced only with `force`, and kept until the new one is in place.
 */
export async function writeInterview(
  plan: InterviewPlan,
  outDir: string,
  force: boolean,
): Promise<string> {
  const target = join(outDir, plan.id);
  const exists = existsSync(target);
  if (exists && !force) {
    throw new ImportError(`${target} already exists; pass --force to replace it`);
  }
  await mkdir(outDir, { recursive: true });
  const temp = await mkdtemp(join(outDir, `.${plan.id}.tmp-`));
  // mkdtemp's folder is private (0700); the interview is made inside it with the usual mode.
  const staged = join(temp, plan.id);
  const backup = `${temp}-previous`;
  try {
    for (const file of plan.files) {
      const path = join(staged, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content, { flag: 'wx' });
    }
    if (exists) await rename(target, backup);
    try {
      await rename(staged, target);
    } catch (error) {
      if (exists) await rename(backup, target);
      throw error;
    }
    if (exists) await rm(backup, { recursive: true, force: true });
    return target;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
