import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "./app-error";

/** For pages: a domain NOT_FOUND becomes the 404 page; anything else propagates. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
