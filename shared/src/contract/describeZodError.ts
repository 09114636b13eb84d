import type { z } from 'zod';

/** Turns a zod error into one line that names each offending field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(value)';
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}
