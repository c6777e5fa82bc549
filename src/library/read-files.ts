import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './content-error.ts';

/** A path as messages show it: relative to where the command runs. */
export const display = (path: string): string => relative(process.cwd(), path) || path;

/** Parses a YAML file; a missing file or bad YAML is a ContentError naming the file. */
export function readYaml(path: string): unknown {
  if (!existsSync(path)) throw new ContentError(display(path), ['file is missing']);
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(display(path), [
      (error as Error).message.split('\n')[0] ?? 'invalid YAML',
    ]);
  }
}

/** Runs `read`, collecting a ContentError into `errors` instead of throwing it. */
export function collect<T>(errors: ContentError[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors.push(error);
    return undefined;
  }
}
