/**
 * The first problem of a zod validation, put into words once for every edge of the house
 * (command lines, the loader, the server, the page): where it lies as a dotted path and
 * what is wrong. Only the first is told because one clear sentence gets fixed; a list of
 * forty consequences of one missing field does not.
 */
import type { ZodError } from 'zod';

export interface FirstIssue {
  /** The dotted path of the offending value, `(top level)` when the whole value is wrong. */
  where: string;
  /** The first key of the path, e.g. the option or variable name. */
  key: string | undefined;
  /** What zod (or the schema's own message) says is wrong. */
  message: string;
}

export function firstIssue(error: ZodError): FirstIssue {
  const issue = error.issues[0];
  if (!issue) return { where: '(top level)', key: undefined, message: 'invalid value' };
  const path = issue.path.map(String);
  return { where: path.join('.') || '(top level)', key: path[0], message: issue.message };
}

/** `where: message`, the shape most edges print. */
export function issueSentence(error: ZodError): string {
  const { where, message } = firstIssue(error);
  return `${where}: ${message}`;
}
