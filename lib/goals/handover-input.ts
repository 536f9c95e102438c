// What a person may type when handing a goal over. Pure: client components may import it.
import { z } from "zod";
import { goalIdSchema } from "./goal-input";

export const offerHandoverSchema = z.object({
  goalId: goalIdSchema,
  email: z
    .string({ error: "Enter the address of the person taking the goal over." })
    .trim()
    .toLowerCase()
    .min(1, "Enter the address of the person taking the goal over.")
    .max(320, "That address is too long.")
    .pipe(z.email({ error: "Enter an email address, like sam@example.com." })),
  note: z
    .string()
    .trim()
    .max(2000, "Keep the note under 2,000 characters.")
    .optional()
    .transform((value) => value ?? ""),
});
export type OfferHandoverInput = z.output<typeof offerHandoverSchema>;

export const handoverIdSchema = z.string().trim().min(1).max(100);
