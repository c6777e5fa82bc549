/** Content that cannot be built: names the file and lists every problem found in it. */
export class ContentError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}

/** Every content problem found, reported at once so an editor fixes them in one pass. */
export class AggregateContentError extends Error {
  readonly contentErrors: ContentError[];

  constructor(errors: ContentError[]) {
    super(`Content errors:\n${errors.map((error) => error.message).join('\n')}`);
    this.name = 'AggregateContentError';
    this.contentErrors = errors;
  }
}
