// Who may reach what: every page, every route handler and every server action of the build, called
// without a session and by another person with the owner's ids. The tables below must name every
// page and route handler under app/ and every action in Next's server-reference manifest: a new one
// fails this test until someone decides how it is guarded.
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { appPages, appRouteHandlers } from "./support/app-routes";
import { changedTables, openDatabase, rowsOf } from "./support/database";
import { actionKey, appOrigin, callAction, findAction, FORM, formStateOf, serverActions, type ActionCall } from "./support/server-actions";
import { twoPeople, type TwoPeople } from "./support/two-people";
import { CRON_SECRET } from "./support/environment";
import { wellFormedDocument } from "./support/documents";

type World = TwoPeople;
type At<T> = (world: World) => T;

/**
 * public: anyone, no session needed. welcome: a welcome to anyone, the caller's own data once
 * signed in. local: the mailbox, answered to this machine only (see
 * mailbox.spec.ts). own: the caller's own data, no id in the URL. id: one of the owner's records
 * by id. token: a signed capability link.
 */
type PageRow = { kind: "public" | "welcome"; path: string } | { kind: "local" } | { kind: "own"; path: string } | { kind: "id" | "token"; path: At<string> };

const PAGES: Record<string, PageRow> = {
  "/": { kind: "welcome", path: "/" },
  "/account/goodbye": { kind: "public", path: "/account/goodbye" },
  "/ack/[token]": { kind: "token", path: () => "/ack/not-a-real-token" },
  "/asks": { kind: "own", path: "/asks" },
  "/goals": { kind: "own", path: "/goals" },
  "/goals/[id]": { kind: "id", path: (w) => `/goals/${w.owner.goalId}` },
  "/history": { kind: "own", path: "/history" },
  "/history/[id]": { kind: "id", path: (w) => `/history/${w.owner.sentId}` },
  "/mailbox": { kind: "local" },
  "/mailbox/[name]": { kind: "local" },
  "/settings": { kind: "own", path: "/settings" },
  "/settings/delete": { kind: "own", path: "/settings/delete" },
  "/setup": { kind: "own", path: "/setup" },
  "/signin": { kind: "public", path: "/signin" },
  "/signin/check-email": { kind: "public", path: "/signin/check-email" },
  "/signin/error": { kind: "public", path: "/signin/error" },
  "/signin/confirm": { kind: "public", path: "/signin/confirm" },
  "/updates/[id]": { kind: "id", path: (w) => `/updates/${w.owner.draftId}` },
  "/updates/[id]/preview": { kind: "id", path: (w) => `/updates/${w.owner.draftId}/preview` },
  "/write": { kind: "own", path: "/write" },
};

type Call = { method: "GET" | "POST" | "PUT"; path: string; data?: unknown; headers?: Record<string, string> };
/** bearer: a machine's secret, never a session. */
type RouteRow = { kind: "public" | "own" | "bearer"; call: Call } | { kind: "id"; call: At<Call> } | { kind: "library"; why: string };

/** A well-formed save, so only ownership can be the reason for a refusal. */
const saveBody = (w: World) => ({ content: wellFormedDocument(w.owner.goalId, w.owner.goalTitle, "Overwritten by someone else."), version: w.owner.draftVersion });

const ROUTES: Record<string, RouteRow> = {
  "/api/auth/[...nextauth]": { kind: "library", why: "next-auth's sign-in endpoints, public by nature and tested by the sign-in journeys" },
  "/api/cron": { kind: "bearer", call: { method: "POST", path: "/api/cron" } },
  "/api/export/career-story.md": { kind: "own", call: { method: "GET", path: "/api/export/career-story.md" } },
  "/api/export/history.json": { kind: "own", call: { method: "GET", path: "/api/export/history.json" } },
  "/api/export/history.md": { kind: "own", call: { method: "GET", path: "/api/export/history.md" } },
  "/api/export/schema.json": { kind: "public", call: { method: "GET", path: "/api/export/schema.json" } },
  "/api/health": { kind: "public", call: { method: "GET", path: "/api/health" } },
  "/api/health/live": { kind: "public", call: { method: "GET", path: "/api/health/live" } },
  "/api/export/update/[id]": { kind: "id", call: (w) => ({ method: "GET", path: `/api/export/update/${w.owner.sentId}` }) },
  "/api/schedule/calendar.ics": { kind: "own", call: { method: "GET", path: "/api/schedule/calendar.ics" } },
  "/api/updates/[id]/content": { kind: "id", call: (w) => ({ method: "PUT", path: `/api/updates/${w.owner.draftId}/content`, data: saveBody(w) }) },
};

/**
 * id: names one of the owner's records; the other person gets 404. own: acts on the caller alone.
 * refused: names the owner some other way, and the other person is told no. token: a capability link.
 */
type ActionRow = { kind: "id" | "own" | "refused" | "token"; call: At<ActionCall>; refusal?: RegExp };

const form = (path: string, action: string, fields: ActionCall["fields"]): ActionCall => ({ path, action, args: [{}, FORM], fields });
const GOALS = "app/goals/actions.ts";
const HANDOVER = "app/goals/handover-actions.ts";

const ACTIONS: Record<string, ActionRow> = {
  "app/ack/[token]/actions.ts#acknowledge": { kind: "token", call: () => ({ path: "/ack/not-a-real-token", action: "app/ack/[token]/actions.ts#acknowledge", args: ["not-a-real-token"] }) },
  "app/asks/actions.ts#resolveAskAction": { kind: "id", call: (w) => form("/asks", "app/asks/actions.ts#resolveAskAction", { askId: w.owner.askId, note: "Closed by someone else" }) },
  "app/asks/actions.ts#reopenAskAction": { kind: "id", call: (w) => form("/asks", "app/asks/actions.ts#reopenAskAction", { askId: w.owner.askId }) },
  [`${GOALS}#createGoalAction`]: { kind: "own", call: () => form("/goals", `${GOALS}#createGoalAction`, { title: "Planted goal", description: "", targetDate: "" }) },
  [`${GOALS}#updateGoalAction`]: { kind: "id", call: (w) => form("/goals", `${GOALS}#updateGoalAction`, { goalId: w.owner.goalId, title: "Renamed by someone else", description: "", targetDate: "" }) },
  [`${GOALS}#moveGoalAction`]: { kind: "id", call: (w) => form("/goals", `${GOALS}#moveGoalAction`, { goalId: w.owner.goalId, direction: "down" }) },
  [`${GOALS}#closeGoalAction`]: { kind: "id", call: (w) => form("/goals", `${GOALS}#closeGoalAction`, { goalId: w.owner.goalId, outcome: "DROPPED", reason: "Closed by someone else" }) },
  [`${GOALS}#reopenGoalAction`]: { kind: "id", call: (w) => ({ path: "/goals", action: `${GOALS}#reopenGoalAction`, args: [FORM], fields: { goalId: w.owner.goalId } }) },
  [`${HANDOVER}#offerHandoverAction`]: { kind: "id", call: (w) => form("/goals", `${HANDOVER}#offerHandoverAction`, { goalId: w.owner.goalId, email: w.other.person.email, note: "" }) },
  [`${HANDOVER}#cancelHandoverAction`]: { kind: "id", call: (w) => form("/goals", `${HANDOVER}#cancelHandoverAction`, { handoverId: w.owner.handoverId }) },
  // The other person's own offer to the owner: only the owner may answer it.
  [`${HANDOVER}#acceptHandoverAction`]: { kind: "id", call: (w) => form("/goals", `${HANDOVER}#acceptHandoverAction`, { handoverId: w.other.handoverId }) },
  [`${HANDOVER}#declineHandoverAction`]: { kind: "id", call: (w) => form("/goals", `${HANDOVER}#declineHandoverAction`, { handoverId: w.other.handoverId }) },
  "app/setup/actions.ts#completeSetup": { kind: "own", call: () => form("/setup", "app/setup/actions.ts#completeSetup", {}) },
  "app/setup/actions.ts#updateSettings": { kind: "own", call: () => form("/settings", "app/setup/actions.ts#updateSettings", {}) },
  "app/settings/actions.ts#updateOpenAsksLine": { kind: "own", call: () => form("/settings", "app/settings/actions.ts#updateOpenAsksLine", {}) },
  "app/settings/actions.ts#updateSpreadThinThreshold": { kind: "own", call: () => form("/settings", "app/settings/actions.ts#updateSpreadThinThreshold", { spreadThinAbove: "3" }) },
  "app/settings/delete/actions.ts#deleteMyAccount": {
    kind: "refused",
    call: (w) => form("/settings/delete", "app/settings/delete/actions.ts#deleteMyAccount", { email: w.owner.person.email }),
    refusal: /not the email address of this account/,
  },
  "app/updates/[id]/actions.ts#skipCycle": {
    kind: "id",
    call: (w) => ({ path: `/updates/${w.owner.draftId}`, action: "app/updates/[id]/actions.ts#skipCycle", args: [w.owner.draftId, {}, FORM], fields: { reason: "Skipped by someone else", note: "" } }),
  },
  "app/updates/[id]/preview/actions.ts#deliverUpdate": {
    kind: "id",
    call: (w) => ({
      path: `/updates/${w.owner.draftId}/preview`,
      action: "app/updates/[id]/preview/actions.ts#deliverUpdate",
      args: [w.owner.draftId, w.owner.draftVersion, {}, FORM],
      fields: { intent: "send" },
    }),
  },
};

const HEADERS = { Origin: appOrigin() };

async function send(request: APIRequestContext, call: Call) {
  return request.fetch(call.path, { method: call.method, data: call.data, headers: { ...HEADERS, ...call.headers }, maxRedirects: 0 });
}

function expectSignInRedirect(location: string | null | undefined, what: string): void {
  expect(location ?? "", `${what} without a session`).toMatch(/^(https?:\/\/[^/]+)?\/signin\b/);
}


let world: World;
let db: PrismaClient;
let anonymous: APIRequestContext;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  db = await openDatabase();
  world = await twoPeople(browser, db);
  anonymous = await playwright.request.newContext({ baseURL });
});

test.afterAll(async () => {
  await anonymous?.dispose();
  await world?.owner.context.close();
  await world?.other.context.close();
  await db?.$disconnect();
});

test("the tables name every page, route handler and server action of the build", () => {
  expect(Object.keys(PAGES).sort(), "pages under app/").toEqual(appPages());
  expect(Object.keys(ROUTES).sort(), "route handlers under app/").toEqual(appRouteHandlers());
  const built = serverActions();
  expect(Object.keys(ACTIONS).sort(), "server actions in .next/server/server-reference-manifest.json").toEqual(built.map(actionKey).sort());
});

test("pages: no session goes to sign-in; another person's id answers 404 and shows nothing of theirs", async () => {
  const other = world.other.page.request;
  const owner = world.owner.page.request;
  for (const [route, row] of Object.entries(PAGES)) {
    if (row.kind === "local") continue;
    const path = typeof row.path === "string" ? row.path : row.path(world);
    const anon = await anonymous.get(path, { headers: HEADERS, maxRedirects: 0 });
    if (row.kind === "public") {
      expect(anon.status(), `${route} is public`).toBe(200);
      continue;
    }
    if (row.kind === "token") {
      expect(anon.status(), `${route} with a token that was never issued`).toBe(404);
      continue;
    }
    if (row.kind === "welcome") {
      expect(anon.status(), `${route} welcomes anyone`).toBe(200);
      expect(await anon.text(), `${route} without a session`).not.toContain(world.owner.secret);
    } else {
      expect(anon.status(), `${route} without a session`).toBe(307);
      expectSignInRedirect(anon.headers()["location"], route);
    }
    const theirs = await other.get(path, { headers: HEADERS });
    if (row.kind === "id") {
      expect(theirs.status(), `${route} with another person's id`).toBe(404);
      expect((await owner.get(path, { headers: HEADERS })).status(), `${route} for its owner`).toBe(200);
    }
    expect(await theirs.text(), `${route} for another person`).not.toContain(world.owner.secret);
  }
  const search = await other.get(`/history?q=${encodeURIComponent("Quarterly numbers")}`, { headers: HEADERS });
  expect(await search.text(), "another person's history search").not.toContain(world.owner.secret);
});

test("route handlers: no session answers 401; another person's id answers 404; downloads hold only the caller's data", async () => {
  const other = world.other.page.request;
  for (const [route, row] of Object.entries(ROUTES)) {
    if (row.kind === "library") continue;
    const call = typeof row.call === "function" ? row.call(world) : row.call;
    const anon = await send(anonymous, call);
    if (row.kind === "public") {
      expect(anon.status(), `${route} is public`).toBe(200);
      continue;
    }
    expect(anon.status(), `${route} without a session`).toBe(401);
    const theirs = await send(other, call);
    if (row.kind === "bearer") {
      expect(theirs.status(), `${route} with a session but no bearer secret`).toBe(401);
      const wrong = await send(anonymous, { ...call, headers: { Authorization: `Bearer ${CRON_SECRET}x` } });
      expect(wrong.status(), `${route} with a wrong secret`).toBe(401);
      continue;
    }
    if (row.kind === "id") expect(theirs.status(), `${route} with another person's id`).toBe(404);
    else expect(theirs.status(), `${route} for its own caller`).toBe(200);
    expect(await theirs.text(), `${route} for another person`).not.toContain(world.owner.secret);
  }
});

test("server actions: no session goes to sign-in; another person's id answers 404; nothing of the owner changes", async () => {
  const other = world.other.page.request;
  for (const [key, row] of Object.entries(ACTIONS)) {
    const call = row.call(world);
    const route = call.path.replace(/\/[a-z0-9]{20,32}(?=\/|$)/, "/[id]").replace(/\/ack\/[^/]+/, "/ack/[token]");
    expect(findAction(key).pages, `${key} is called from ${route}`).toContain(route);
    const before = await rowsOf(db, world.owner.userId);

    const anon = await callAction(anonymous, call);
    if (row.kind === "token") {
      expect(anon.status, key).toBe(200);
      expect(anon.body, `${key} with a token that was never issued`).toContain("This link is not valid.");
    } else {
      expectSignInRedirect(anon.redirect, key);
    }

    if (row.kind === "id") {
      const theirs = await callAction(other, call);
      expect(theirs.status, `${key} with another person's id`).toBe(404);
      expect(theirs.response.headers()["content-type"], `${key}: the app's 404, not an unknown action`).toContain("text/x-component");
    }
    if (row.kind === "refused") {
      const theirs = await callAction(other, call);
      expect(formStateOf(theirs)?.fieldErrors?.email ?? formStateOf(theirs)?.message, key).toMatch(row.refusal!);
    }
    expect(changedTables(before, await rowsOf(db, world.owner.userId)), `${key} left the owner's records alone`).toEqual([]);
  }
});
