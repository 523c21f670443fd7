"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { mergeLocalStarsAction } from "@/lib/stars/actions";
import { clearLocalStars, readLocalStars } from "./local-stars";

/**
 * Once a visitor is signed in, the sessions they starred in this browser join their account
 * (and so their personal feed); the browser's list is then emptied. Rendered on every page, so
 * it happens wherever sign-in lands.
 */
export function StarMerge({ signedIn }: { signedIn: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!signedIn) return;
    const ids = readLocalStars();
    if (!ids.length) return;
    let live = true;
    void mergeLocalStarsAction(ids).then((result) => {
      if (!result.ok) return;
      // Every id is done with: starred now, or no longer public (the account could not star it either).
      clearLocalStars(ids);
      if (live) router.refresh();
    });
    return () => {
      live = false;
    };
  }, [signedIn, router]);
  return null;
}
