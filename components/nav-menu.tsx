"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * The header's links: in one line on wide screens, behind a "Menu" button on phones (where
 * seven links wrapped to three lines and pushed the study card down). One set of links, so
 * each has one accessible name and one test id; CSS decides which way they show.
 */
export function NavMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // Following a link closes the menu; the header stays mounted across navigations.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <>
      <button
        type="button"
        className="button button-quiet site-menu-button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen((value) => !value)}
      >
        Menu
      </button>
      <div id="site-menu" className={`site-nav-user${open ? " open" : ""}`}>
        {children}
      </div>
    </>
  );
}
