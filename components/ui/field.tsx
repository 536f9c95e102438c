import type { ComponentProps, ReactNode } from "react";

const control =
  "block w-full rounded-lg border bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-400 " +
  "focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30 " +
  "dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500";

const controlBorder = (error?: string) =>
  error ? "border-red-500 dark:border-red-400" : "border-zinc-300 dark:border-zinc-700";

type FieldProps = { label: string; name: string; error?: string; hint?: ReactNode; children?: never };

/** A labelled control with its hint and its error beside it, wired for screen readers. */
function FieldFrame({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: ReactNode) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

export function TextField({ label, name, error, hint, id = name, className = "", ...props }: FieldProps & ComponentProps<"input">) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${control} ${controlBorder(error)} ${className}`}
        {...props}
      />
    </FieldFrame>
  );
}

export function TextArea({ label, name, error, hint, id = name, className = "", ...props }: FieldProps & ComponentProps<"textarea">) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${control} ${controlBorder(error)} min-h-24 ${className}`}
        {...props}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  id = name,
  options,
  className = "",
  ...props
}: Omit<FieldProps, "children"> & ComponentProps<"select"> & { options: { value: string; label: string }[] }) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${control} ${controlBorder(error)} ${className}`}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
