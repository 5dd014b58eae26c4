import Link from "next/link";
import { signOutAction } from "@/features/account/actions";
import { getCurrentUser } from "@/features/account/session";
import { ForgetKeptDecks, KeepDecksOffline } from "@/features/study/components/keep-decks-offline";
import { NavMenu } from "./nav-menu";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <nav aria-label="Main" className="site-nav">
        <Link href="/" className="brand">
          Kioku
        </Link>
        {user ? <KeepDecksOffline userId={user.id} /> : <ForgetKeptDecks />}
        {user ? (
          <NavMenu>
            <Link href="/">Decks</Link>
            <Link href="/classes">Classes</Link>
            <Link href="/stats">Statistics</Link>
            <Link href="/optimizer">Optimize</Link>
            <Link href="/settings">Settings</Link>
            <Link href="/account">Account</Link>
            <span className="muted" data-testid="signed-in-as">
              {user.name}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="button button-quiet">
                Sign out
              </button>
            </form>
          </NavMenu>
        ) : (
          <div className="site-nav-user">
            <Link href="/sign-in">Sign in</Link>
            <Link href="/sign-up">Sign up</Link>
          </div>
        )}
      </nav>
    </header>
  );
}
