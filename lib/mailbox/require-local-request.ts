import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isLocalRequest } from "./peer-address";

/** For the mailbox pages: anyone but this machine gets the 404 page, as if they did not exist. */
export async function requireLocalRequest(): Promise<void> {
  if (!isLocalRequest(await headers())) notFound();
}
