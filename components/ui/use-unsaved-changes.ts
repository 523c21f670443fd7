"use client";

import { useEffect } from "react";

export const DISCARD_CHANGES_MESSAGE = "You have unsaved changes. Leave this page and discard them?";

/** Marks the history entry this hook pushes, so that it is pushed once per page. */
const GUARD_KEY = "openEventUnsavedGuard";

function guardEntryIsCurrent(): boolean {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && GUARD_KEY in state;
}

/**
 * While `dirty`, leaving the page asks before the changes are discarded:
 *
 * - closing or reloading the tab, or a full-page navigation: the browser's own `beforeunload`
 *   prompt (browsers ignore custom text there);
 * - in-app links: the App Router has no route-change events to veto, so a click on any `<a>` of
 *   the document is intercepted in the capture phase, before next/link's handler runs, and a
 *   cancelled confirm stops it;
 * - Back/Forward: a popstate cannot be cancelled either, so a copy of the current entry is pushed
 *   while dirty; Back then lands on the same page, where the confirm decides whether to really go
 *   back (again) or to re-arm the copy and stay.
 *
 * Programmatic `router.push` calls are not intercepted: the form that calls them knows its state.
 */
export function useUnsavedChanges(dirty: boolean, message = DISCARD_CHANGES_MESSAGE): void {
  useEffect(() => {
    if (!dirty) return;
    // Set once the user agreed to discard, so that the navigation that follows is not asked again.
    let leaving = false;

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving) return;
      event.preventDefault();
      // Chrome before 119 and Safari need returnValue set to show the prompt.
      event.returnValue = "";
    };

    const onClick = (event: MouseEvent) => {
      // Modified clicks open new tabs or windows: this page, and its changes, stay.
      if (leaving || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href, window.location.href);
      // Another origin is a full navigation, which beforeunload already asks about.
      if (url.origin !== window.location.origin) return;
      // A jump within this page leaves nothing behind.
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
      if (window.confirm(message)) {
        leaving = true;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };

    const onPopState = () => {
      if (leaving) return;
      if (window.confirm(message)) {
        leaving = true;
        // We are on the entry below the guard copy: one more step is where the user wanted to go.
        window.history.back();
      } else {
        window.history.pushState({ [GUARD_KEY]: true }, "");
      }
    };

    if (!guardEntryIsCurrent()) window.history.pushState({ [GUARD_KEY]: true }, "");
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, [dirty, message]);
}
