"use client";
// Adds a "Copy" button to each highlighted code block of the note (rendered at build time, see
// lib/content/markdown/code.ts). Added here rather than in the HTML, so a page without script shows
// no button that does nothing. A status region announces the copy to screen readers.
import { useEffect, useRef } from "react";

export function CodeCopyButtons({ containerId }: { containerId: string }) {
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const headers = document.getElementById(containerId)?.querySelectorAll<HTMLElement>(".code-block > .code-header") ?? [];
    const added: HTMLButtonElement[] = [];
    headers.forEach((header, index) => {
      const pre = header.nextElementSibling;
      if (!(pre instanceof HTMLElement) || header.querySelector(".code-copy")) return;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "code-copy";
      button.textContent = "Copy";
      const label = header.querySelector(".code-lang")?.textContent;
      button.setAttribute("aria-label", `Copy code${label ? ` (${label})` : ""}, block ${index + 1}`);
      button.addEventListener("click", () => {
        const done = (ok: boolean) => {
          button.textContent = ok ? "Copied" : "Copy failed";
          if (statusRef.current) statusRef.current.textContent = ok ? "Code copied to the clipboard" : "Could not copy the code";
          window.setTimeout(() => (button.textContent = "Copy"), 2000);
        };
        navigator.clipboard.writeText(pre.innerText.replace(/\n$/, "")).then(() => done(true), () => done(false));
      });
      header.append(button);
      added.push(button);
    });
    return () => added.forEach((button) => button.remove());
  }, [containerId]);
  return <p ref={statusRef} role="status" className="sr-only" />;
}
