/**
 * The shell around every command: known failures become one line on stderr and exit 1,
 * never a stack trace. Unknown failures still print one line, with a hint to report them.
 * It imports nothing of the project, so every layer's commands (db, ingest, web) may use it.
 */

export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Errors that carry a message written for the user. */
export interface UserFacingError {
  userMessage(): string;
}

/** The sentence to show for an error: its user-facing message, else its message. */
export function userMessageOf(error: unknown): string {
  if (isUserFacing(error)) return error.userMessage();
  return error instanceof Error ? error.message : String(error);
}

function isUserFacing(error: unknown): error is UserFacingError {
  return typeof error === 'object' && error !== null && typeof (error as UserFacingError).userMessage === 'function';
}

export async function runCli(main: (args: string[]) => Promise<void>): Promise<void> {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    const message =
      error instanceof CliError
        ? error.message
        : isUserFacing(error)
          ? error.userMessage()
          : fileProblem(error) ??
            `unexpected error: ${error instanceof Error ? error.message : String(error)} (please report this with the input that caused it)`;
    process.stderr.write(`fengong: ${message}\n`);
    process.exitCode = 1;
  }
}

/** File-system errors a user can fix, worded without the system call behind them. */
function fileProblem(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, path } = error as { code?: string; path?: string };
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EISDIR') return `${path}: is a folder, not a plan file`;
  if (code === 'EACCES') return `${path}: permission denied`;
  return null;
}
