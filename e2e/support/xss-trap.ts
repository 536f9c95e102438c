// A trap for injected script: every way a stored vector could run (calling __xss, alert, confirm or
// prompt, loading /xss-trap/..., opening a dialog) is recorded, and each page is also searched for
// markup that would run without CSP's help (event-handler attributes, script URLs, frames).
import { expect, type BrowserContext, type Page } from "@playwright/test";

export type Trap = { hits: string[]; expectClean(page: Page, where: string): Promise<void> };

declare global {
  interface Window {
    __xss?: (n: unknown) => void;
    __xssHits?: string[];
  }
}

function installTrap(): void {
  const hits: string[] = [];
  window.__xssHits = hits;
  const record = (what: string) => (n: unknown) => {
    hits.push(`${what}(${String(n)})`);
  };
  window.__xss = record("__xss");
  window.alert = record("alert");
  window.confirm = (n) => (record("confirm")(n), false);
  window.prompt = (n) => (record("prompt")(n), null);
}

/** Runs in the page: markup that would run script or fetch what a person typed. */
export function unsafeMarkup(): string[] {
  const problems: string[] = [];
  const urlAttributes = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset"]);
  for (const element of Array.from(document.querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    if (["object", "embed", "frame", "frameset", "applet", "base"].includes(tag)) problems.push(`<${tag}>`);
    // The mailbox shows a message in an iframe with an empty sandbox: no script, no same origin.
    if (tag === "iframe" && element.getAttribute("sandbox") !== "") problems.push("<iframe> that may run script");
    // Next's own scripts carry the page's data, the person's words included, as escaped strings.
    const flightData = tag === "script" && /^\(?self\.__next_f/.test((element.textContent ?? "").trimStart());
    if ((tag === "script" || tag === "style") && !flightData && /__xss|xss-trap/.test(`${element.textContent}${element.getAttribute("src") ?? ""}`)) {
      problems.push(`<${tag}> from a person's text`);
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\u0000-\u0020]/g, "");
      if (name.startsWith("on")) problems.push(`<${tag} ${name}="${attribute.value.slice(0, 40)}">`);
      // React puts this on a form whose action is a server action, so a submit before hydration throws.
      const reactFormGuard = tag === "form" && name === "action" && value.startsWith("javascript:thrownewError('AReactform");
      if (urlAttributes.has(name) && /^(javascript|data|vbscript):/i.test(value) && !reactFormGuard) {
        problems.push(`<${tag} ${name}="${attribute.value.slice(0, 40)}">`);
      }
      if ((urlAttributes.has(name) || name === "style") && /xss-trap|expression\(/i.test(value)) problems.push(`<${tag} ${name}="${attribute.value.slice(0, 40)}">`);
    }
  }
  return problems;
}

/** Arms the trap for every page and frame of the context. */
export async function armTrap(context: BrowserContext): Promise<Trap> {
  const hits: string[] = [];
  await context.addInitScript(installTrap);
  await context.route("**/xss-trap/**", (route) => {
    hits.push(`request ${new URL(route.request().url()).pathname}`);
    return route.fulfill({ status: 204 });
  });
  context.on("page", (page) => page.on("dialog", (dialog) => (hits.push(`dialog ${dialog.message()}`), dialog.dismiss())));
  for (const page of context.pages()) page.on("dialog", (dialog) => (hits.push(`dialog ${dialog.message()}`), dialog.dismiss()));
  return {
    hits,
    async expectClean(page, where) {
      // Give handlers such as onload, onerror and autofocus a moment to fire.
      await page.waitForTimeout(150);
      const fired = await Promise.all(page.frames().map((frame) => frame.evaluate(() => window.__xssHits ?? []).catch(() => [] as string[])));
      expect.soft([...hits, ...fired.flat()], `${where}: nothing a person typed ran`).toEqual([]);
      expect.soft(await page.evaluate(unsafeMarkup), `${where}: no markup from a person's text`).toEqual([]);
      hits.length = 0;
    },
  };
}
