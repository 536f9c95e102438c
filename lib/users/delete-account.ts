import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { MAX_ADDRESS_LENGTH } from "@/lib/delivery/email-address";
import { AppError } from "@/lib/errors/app-error";

export type DeleteAccountOptions = { userId: string; input: DeleteAccountInput };

export const deleteAccountInput = z.object({
  email: z.string().trim().min(1, "Type your email address to confirm.").max(MAX_ADDRESS_LENGTH, "That is not the email address of this account."),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;

/**
 * Deletes the author and everything that is theirs, in one transaction: goals, updates and their
 * sections, the outbox (so nothing still queued goes out), recipients, schedule, handovers, sign-in
 * sessions and accounts all follow the user row; unused sign-in links are keyed by email and go too.
 * The typed address must be the account's own, so a stray click deletes nothing.
 *
 * The local mailbox folder is left alone: it stands in for the recipients' inboxes and the mail
 * server, holding messages that already went out (to the boss as much as from the author), and it
 * belongs to whoever runs the installation, as sent mail on a real server would.
 */
export async function deleteAccount({ userId, input }: DeleteAccountOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new AppError("NOT_FOUND", "This account no longer exists.");
    if (user.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", {
        email: "That is not the email address of this account.",
      });
    }
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    const { count } = await tx.user.deleteMany({ where: { id: userId, email: user.email } });
    if (count !== 1) throw new AppError("CONFLICT", "The account changed while it was being deleted. Please try again.");
  });
}
