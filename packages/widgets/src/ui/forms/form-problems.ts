/** Characters as the contract counts them: code points, so an emoji is one. */
export const chars = (text: string): number => [...text].length;

/** One line of the summary: a message, and the field it is about (its id) when there is one. */
export interface SummaryItem {
  message: string;
  field?: string;
}

/**
 * The problems of one form: per field (in the order they were found, which is the form's order)
 * and general ones that belong to no field. Kept until the next submit.
 */
export class FormProblems {
  private readonly fields = new Map<string, string>();
  private readonly general: string[] = [];

  /** Forgets every problem. */
  clear(): void {
    this.fields.clear();
    this.general.length = 0;
  }

  /** A problem with the field whose id is `field`; `undefined` records nothing. */
  set(field: string, message: string | undefined): void {
    if (message) this.fields.set(field, message);
  }

  /** A problem that belongs to no field. */
  add(message: string): void {
    this.general.push(message);
  }

  /** The message next to `field`, if any. */
  get(field: string): string | undefined {
    return this.fields.get(field);
  }

  /** Whether there is any problem. */
  get any(): boolean {
    return this.fields.size > 0 || this.general.length > 0;
  }

  /** The lines of the summary: general problems first, then the fields. */
  items(): SummaryItem[] {
    return [
      ...this.general.map((message) => ({ message })),
      ...[...this.fields].map(([field, message]) => ({ field, message })),
    ];
  }
}

/** The values of a form's named controls, as typed or filled in by a password manager. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}
