"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Moving or removing a list entry re-renders the list, and the button that was pressed may
 * be moved or gone (Chromium drops focus from a node moved in the DOM). Keyboard users keep
 * their place because the element to focus is named now and focused after the next render.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const element = document.getElementById(pending.current);
    pending.current = null;
    element?.focus();
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
