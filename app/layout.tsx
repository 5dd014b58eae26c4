import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { ServiceWorker } from "@/components/service-worker";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

// Bundled from npm (@fontsource): the Google Fonts loader downloads at build time, which fails offline.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-sans",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Kioku", template: "%s · Kioku" },
  description: "Turn an article into flashcards and quizzes you keep, scheduled with FSRS.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#3b4fd8" };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <ServiceWorker />
        <SiteHeader />
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
