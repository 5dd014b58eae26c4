import type { MetadataRoute } from "next";

/** The web app manifest: what a phone needs to install Kioku to its home screen (see the README). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Kioku",
    short_name: "Kioku",
    description: "Flashcards and quizzes from articles, scheduled with FSRS; studies offline.",
    start_url: "/",
    display: "standalone",
    background_color: "#f7f7f5",
    theme_color: "#3b4fd8",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
