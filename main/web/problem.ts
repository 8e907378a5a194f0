// Errors as RFC 9457 problem details, with the failing settings fields named by dotted path so
// the staff screens can show each message beside its field.
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export interface ProblemExtras {
  readonly errors?: readonly FieldError[];
  readonly [key: string]: unknown;
}

export function problem(status: number, title: string, detail: string, extras: ProblemExtras = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, ...extras }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers },
  });
}

/** One sentence naming every failing field, for clients that show only `detail`. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path || 'settings'}: ${e.message}`).join('; ');
}

export function invalid(errors: readonly FieldError[]): Response {
  return problem(422, 'Some settings need correcting', describeErrors(errors), { errors });
}
