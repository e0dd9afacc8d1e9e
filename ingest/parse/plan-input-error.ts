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
  /** A folder, device, pipe or socket where a plan file was expected. */
  notAFile: 'not-a-file',
  /** Larger than the configured cap on plan files. */
  tooLarge: 'too-large',
  /** A Word/Excel 97–2003 (OLE2) or RTF file: it has to be saved as .docx/.xlsx first. */
  legacyOffice: 'legacy-office',
  /** A PDF whose pages carry no text layer (a scan): it needs OCR first. */
  scannedPdf: 'scanned-pdf',
  /** A container (zip, PDF, Office file) that is damaged, encrypted or of a kind that holds no plan. */
  unreadableContainer: 'unreadable-container',
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

  /** The message is written for the user: it names the file and says what to do. */
  userMessage(): string {
    return this.message;
  }
}
