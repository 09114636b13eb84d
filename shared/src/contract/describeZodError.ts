import type { z } from 'zod';

const maxText = 300;
const maxIssues = 5;

/** Cuts a text that came from outside (a key, a channel name, a message) to a length fit for one line. */
export function shortText(text: string, max = maxText): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** Turns a zod error into one line that names each offending field (the first few, each cut short). */
export function describeZodError(error: z.ZodError): string {
  const issues = error.issues.slice(0, maxIssues).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map((part) => shortText(String(part), 80)).join('.') : '(value)';
    return `${field}: ${shortText(issue.message)}`;
  });
  const more = error.issues.length - maxIssues;
  return more > 0 ? `${issues.join('; ')}; and ${more} more` : issues.join('; ');
}
