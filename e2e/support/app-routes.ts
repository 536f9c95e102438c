// Every page and route handler of the app, read from the app/ folder, so a test that covers them
// all notices a new one.
import { readdirSync } from "node:fs";
import path from "node:path";

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

/** "app/goals/[id]/page.tsx" -> "/goals/[id]"; route groups such as "(auth)" are not in the URL. */
function routeOf(file: string): string {
  const segments = path.relative("app", path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export function appPages(): string[] {
  return filesNamed(path.resolve("app"), "page.tsx").map((file) => routeOf(path.relative(process.cwd(), file))).sort();
}

export function appRouteHandlers(): string[] {
  return filesNamed(path.resolve("app"), "route.ts").map((file) => routeOf(path.relative(process.cwd(), file))).sort();
}
