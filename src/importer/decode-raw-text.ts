import { ImportError } from './import-error.ts';

/**
 * Turns the bytes of a raw interview into text: UTF-8 only, the BOM dropped and line
 * endings unified to LF. Anything that is not UTF-8 text is refused rather than guessed at.
 */
export function decodeRawText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.includes(0)) {
    throw new ImportError('the file holds binary data (NUL bytes), not UTF-8 text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('the file is not valid UTF-8 text; save it as UTF-8 and try again');
  }
  return text.replace(/\r\n?/g, '\n');
}
