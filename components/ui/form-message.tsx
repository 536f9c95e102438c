import type { FormState } from "@/lib/forms/form-state";
import { Notice } from "./notice";

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>;
}
