import { expect, test } from "@playwright/test";
import { CRON_SECRET } from "./support/environment";

test("an external scheduler runs due work only with the cron secret", async ({ request }) => {
  const missing = await request.post("/api/cron");
  expect(missing.status()).toBe(401);

  const wrong = await request.post("/api/cron", { headers: { Authorization: `Bearer ${CRON_SECRET}x` } });
  expect(wrong.status()).toBe(401);

  const right = await request.post("/api/cron", { headers: { Authorization: `Bearer ${CRON_SECRET}` } });
  expect(right.status()).toBe(200);
  expect(await right.json()).toEqual(expect.objectContaining({ sent: expect.any(Number), failed: expect.any(Number) }));
});
