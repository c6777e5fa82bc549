// Turns a raw interview text into Markdown sections under content/interviews/<id>/.
// Usage: npm run import -- <raw.txt> [--id <interview-id>] [--out <dir>] [--force]
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { decodeRawText } from '../importer/decode-raw-text.ts';
import { ImportError } from '../importer/import-error.ts';
import { parseRawInterview } from '../importer/parse-raw-interview.ts';
import { planInterviewFiles } from '../importer/plan-interview-files.ts';
import { writeInterview } from '../importer/write-interview.ts';

const USAGE = 'usage: npm run import -- <raw.txt> [--id <interview-id>] [--out <dir>] [--force]';

/** What a path that is not a regular file is, for the message that refuses it. */
function whatItIs(info: Stats): string {
  if (info.isDirectory()) return 'is a directory';
  if (info.isFIFO()) return 'is a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device';
  if (info.isSocket()) return 'is a socket';
  return 'is not a regular file';
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      out: { type: 'string', default: 'content/interviews' },
      force: { type: 'boolean', default: false },
    },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) throw new ImportError(USAGE);

  const info = await stat(path).catch(() => null);
  if (!info) throw new ImportError(`${path}: no such file`);
  if (!info.isFile()) throw new ImportError(`${path}: ${whatItIs(info)}, not a text file`);

  const bytes = new Uint8Array(await readFile(path));
  let raw;
  try {
    raw = parseRawInterview(decodeRawText(bytes));
  } catch (error) {
    if (error instanceof ImportError) {
      throw new ImportError(`${path}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    }
    throw error;
  }
  const plan = planInterviewFiles(raw, bytes, values.id ? { id: values.id } : {});
  const target = await writeInterview(plan, values.out, values.force);

  const questions = raw.sections.reduce((sum, section) => sum + section.questions.length, 0);
  console.log(`Imported ${raw.sections.length} sections, ${questions} questions into ${target}`);
  for (const { kind, line } of raw.normalisations) {
    console.log(
      kind === 'missing-space'
        ? `  line ${line}: restored a missing space after a full stop`
        : `  line ${line}: moved a topic heading glued to the paragraph onto its own line`,
    );
  }
  console.log('Next: fill in speaker, outlet and source in interview.yaml, check titles and ids.');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`error: ${message}`);
  process.exitCode = 1;
});
