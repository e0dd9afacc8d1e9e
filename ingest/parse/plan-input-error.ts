/**
 * The one error the parser raises: the input is not a plan it can read at all (not UTF-8,
 * binary, empty, no task anywhere). Everything else in a document becomes a finding, never an exception.
 */
export const PlanInputErrorCode = {
  notUtf8: 'not-utf8',
  binary: 'binary',
  empty: 'empty',
  utf16: 'utf16',
  noTasks: 'no-tasks',
} as const;
export type PlanInputErrorCode = (typeof PlanInputErrorCode)[keyof typeof PlanInputErrorCode];

export class PlanInputError extends Error {
  override readonly name = 'PlanInputError';
  constructor(
    readonly code: PlanInputErrorCode,
    readonly file: string,
    /** Byte offset of the problem, when there is one. */
    readonly byteOffset: number | null,
    message: string,
  ) {
    super(message);
  }
}
