import { networkInterfaces } from "node:os";
import { expect, test } from "@playwright/test";

/** An address of this machine that is not loopback, so a request to it does not come from 127.0.0.1. */
function externalAddress(): string | undefined {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return addresses.find((entry) => entry.family === "IPv4" && !entry.internal)?.address;
}

test("the local mailbox answers only requests from this machine", async ({ page, playwright }) => {
  const response = await page.goto("/mailbox");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Mailbox" })).toBeVisible();

  const address = externalAddress();
  test.skip(!address, "this machine has no non-loopback address to send a request from");
  const port = process.env.E2E_APP_PORT ?? "3457";
  const outside = await playwright.request.newContext();
  for (const path of ["/mailbox", "/mailbox/anything.eml"]) {
    const remote = await outside.get(`http://${address}:${port}${path}`, { maxRedirects: 0 });
    expect(remote.status(), `${path} through ${address}`).toBe(404);
  }
  await outside.dispose();
});
