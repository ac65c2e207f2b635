import type { z } from 'zod';
import type { FieldIssue } from '@shared/errors';

/** Flattens zod issues into field paths and French messages the forms can show next to each field. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: [...issue.path, key].join('.'), message: 'Champ non prévu.' });
    } else {
      issues.push({ path: issue.path.map(String).join('.'), message: issue.message });
    }
  }
  return issues;
}

export function validationSummary(issues: FieldIssue[]): string {
  if (issues.length === 1) return issues[0]!.message;
  return `${issues.length} champs sont à corriger.`;
}
