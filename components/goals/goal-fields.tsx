import type { Ref } from "react";
import { TextArea, TextField } from "@/components/ui/field";

type GoalFieldsProps = {
  /** Keeps ids unique when two goal forms share a page. */
  idPrefix: string;
  values: { title?: string; description?: string; targetDate?: string };
  errors?: Record<string, string>;
  autoFocus?: boolean;
  titleRef?: Ref<HTMLInputElement>;
};

/** Title, why it matters, and target date: the words a goal is made of. */
export function GoalFields({ idPrefix, values, errors = {}, autoFocus, titleRef }: GoalFieldsProps) {
  return (
    <div className="space-y-4">
      <TextField
        ref={titleRef}
        id={`${idPrefix}-title`}
        name="title"
        label="Goal title"
        required
        maxLength={200}
        autoComplete="off"
        autoFocus={autoFocus}
        defaultValue={values.title ?? ""}
        error={errors.title}
      />
      <TextArea
        id={`${idPrefix}-description`}
        name="description"
        label="Why it matters and how you'll measure it"
        maxLength={5000}
        rows={4}
        defaultValue={values.description ?? ""}
        error={errors.description}
        hint="Name the result you will point to when it is done."
      />
      <TextField
        id={`${idPrefix}-target-date`}
        name="targetDate"
        type="date"
        label="Target date"
        className="sm:max-w-52"
        defaultValue={values.targetDate ?? ""}
        error={errors.targetDate}
        hint="Optional."
      />
    </div>
  );
}
