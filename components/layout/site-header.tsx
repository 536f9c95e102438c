import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

const links = [
  { href: "/", label: "Home" },
  { href: "/write", label: "Write update" },
  { href: "/goals", label: "Goals" },
  { href: "/asks", label: "Asks" },
  { href: "/history", label: "History" },
  { href: "/settings", label: "Settings" },
];

export function SiteHeader({ userName }: { userName: string | null }) {
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/80">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-base font-semibold tracking-tight text-indigo-700 dark:text-indigo-300">
          Biweekly
        </Link>
        {userName !== null ? (
          <>
            <nav aria-label="Main" className="order-last -mx-2 flex w-full flex-wrap gap-x-1 sm:order-none sm:w-auto">
              {links.map((link) => (
                <Link
                  key={link.href}
                  href={link.href}
                  className="whitespace-nowrap rounded-md px-2 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
                >
                  {link.label}
                </Link>
              ))}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm text-zinc-600 dark:text-zinc-400">
              <span className="hidden sm:inline">{userName}</span>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
