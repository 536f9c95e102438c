// What a person may type when handing a goal over. Pure: client components may import it.
import { z } from "zod";
import { emailAddressSchema } from "@/lib/delivery/email-address";
import { goalIdSchema } from "./goal-input";

export const offerHandoverSchema = z.object({
  goalId: goalIdSchema,
  // Lower-cased whole: people sign in with lower-cased addresses.
  email: emailAddressSchema({ required: "Enter the address of the person taking the goal over.", lowerCase: true }),
  note: z
    .string()
    .trim()
    .max(2000, "Keep the note under 2,000 characters.")
    .optional()
    .transform((value) => value ?? ""),
});
export type OfferHandoverInput = z.output<typeof offerHandoverSchema>;

export const handoverIdSchema = z.string().trim().min(1).max(100);
