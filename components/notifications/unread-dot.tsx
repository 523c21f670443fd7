/**
 * The unread marker: a dot for the eye and a word for screen readers. A name on a bare span
 * (aria-label without a role) is prohibited ARIA and read by nothing.
 */
export function UnreadDot() {
  return (
    <>
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-brand-600" />
      <span className="sr-only">Unread: </span>
    </>
  );
}
