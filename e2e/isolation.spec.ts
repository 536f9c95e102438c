import { expect, test } from "@playwright/test";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";

/** A well-formed update document, so only ownership can be the reason for a refusal. */
function documentFor(goalId: string, title: string, sentence: string) {
  const part = (kind: string) => ({
    type: "goalPart",
    attrs: { kind },
    content: [{ type: "paragraph", content: [{ type: "text", text: sentence }] }],
  });
  return { type: "doc", content: [{ type: "goalSection", attrs: { goalId, title }, content: ["doing", "help", "progress"].map(part) }] };
}

test("@journey nobody can read or change another person's goals, drafts or history", async ({ browser }) => {
  test.slow();
  const firstContext = await browser.newContext();
  const first = await firstContext.newPage();
  await signUpAndSetUp(first, "Ada Lovelace");
  const sent = await sendFirstUpdate(first, "Ship the billing migration");

  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  await signUpAndSetUp(second, "Edsger Dijkstra");
  for (const path of [
    `/updates/${sent.updateId}`,
    `/updates/${sent.updateId}/preview`,
    `/goals/${sent.goalId}`,
    `/history/${sent.historyId}`,
  ]) {
    const response = await second.goto(path);
    expect(response?.status(), `${path} for another person`).toBe(404);
    await expect(second.locator("body")).not.toContainText(sent.sentence);
  }

  const overwrite = await second.request.put(`/api/updates/${sent.updateId}/content`, {
    // From the app's own origin, as the editor sends it: only ownership can refuse this.
    headers: { Origin: new URL(second.url()).origin },
    data: { content: documentFor(sent.goalId, "Ship the billing migration", "Overwritten by someone else."), version: 1 },
  });
  expect(overwrite.status(), "saving into another person's update").toBe(404);

  await first.goto(`/history/${sent.historyId}`);
  await expect(first.getByRole("main")).toContainText(sent.sentence);
  await expect(first.getByRole("main")).not.toContainText("Overwritten by someone else.");
  await firstContext.close();
  await secondContext.close();
});
