import { describe, expect, it } from "vitest";
import { renderOverdueEmailHtml, renderOverdueEmailText } from "./overdue-email";
import { renderReminderEmailHtml, renderReminderEmailText } from "./reminder-email";

const writeUrl = "https://biweekly.example.com/write";
const dueLabel = "Fri 27 Nov 2026, 16:00";

describe("the reminder email", () => {
  const props = { dueLabel, timeLeft: "2 hours", timeZone: "Europe/Berlin", writeUrl };

  it("says when the update is due, in the author's zone, with a button and a link to the editor", async () => {
    const html = await renderReminderEmailHtml(props);
    expect(html).toContain("Your update is due Fri 27 Nov 2026, 16:00");
    expect(html).toContain("That is in 2 hours (Europe/Berlin time).");
    expect(html.split(`href="${writeUrl}"`)).toHaveLength(3);
    expect(html).not.toMatch(/@media|<style/);
  });

  it("has a plain-text twin with the same words and the link on its own line", () => {
    const text = renderReminderEmailText(props);
    expect(text).toMatch(/^Your update is due Fri 27 Nov 2026, 16:00\n\nThat is in 2 hours \(Europe\/Berlin time\)\./);
    expect(text).toContain("Nothing goes to your boss until you approve it.");
    expect(text).toContain(`\n${writeUrl}\n`);
  });
});

describe("the overdue email", () => {
  it("tells the author nothing was sent, and why", async () => {
    const html = await renderOverdueEmailHtml({ dueLabel, hasDraft: true, writeUrl });
    expect(html).toContain("Your update due Fri 27 Nov 2026, 16:00 has not been sent");
    expect(html).toContain("Your draft is saved, but you have not approved it");
    expect(html.split(`href="${writeUrl}"`)).toHaveLength(3);
    expect(html).not.toMatch(/@media|<style/);

    const text = renderOverdueEmailText({ dueLabel, hasDraft: false, writeUrl });
    expect(text).toMatch(/^Your update due Fri 27 Nov 2026, 16:00 has not been sent\n\nYou have not started it/);
    expect(text).toContain(`\n${writeUrl}\n`);
  });
});
