import type { z } from 'zod';
import type { FieldIssue } from '@shared/errors';

/** zod issues in the same shape the router sends back, so client and server errors land in the same place. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Keeps the first message per field: one clear sentence under each input. */
export function toFieldMap(issues: FieldIssue[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const issue of issues) {
    if (!(issue.path in map)) map[issue.path] = issue.message;
  }
  return map;
}
