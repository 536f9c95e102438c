import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { plainText } from "./plain-text";

/** What a form's server action answers: a message, errors beside fields, and what was typed. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};

/**
 * Every text value of a form, as plain text (see plainText), so a refused form can show the user
 * what they typed. A field sent twice keeps its last value; files are not text and are left out.
 */
export function formValues(formData: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  // An action is a public endpoint: a crafted call may pass anything where the form should be.
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = plainText(value);
  }
  return values;
}

/** Every text value of a field that may repeat (a group of checkboxes), as plain text. */
export function formList(formData: unknown, name: string): string[] {
  if (!(formData instanceof FormData)) return [];
  return formData.getAll(name).flatMap((value) => (typeof value === "string" ? [plainText(value)] : []));
}

export function invalidForm(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return { message: "Please correct the highlighted fields.", fieldErrors, values };
}

/** Maps a domain error to the form; anything else is rethrown to the error boundary. */
export function formError(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof AppError) {
    return { message: error.message, fieldErrors: error.fieldErrors, values };
  }
  throw error;
}
