/* eslint-disable @next/next/no-img-element -- avatars are arbitrary http(s) URLs or local uploads of unknown size; next/image would need an allow-list. */

/** A user's photo, else their initials on a tint; decorative (the name is always beside it). */
export function UserAvatar({ user, size = "size-10" }: { user: { avatarUrl: string | null; firstName: string | null; lastName: string | null; email: string }; size?: string }) {
  if (user.avatarUrl) return <img src={user.avatarUrl} alt="" className={`${size} shrink-0 rounded-full border border-slate-200 object-cover`} />;
  const initials = [user.firstName, user.lastName]
    .map((name) => name?.trim()[0] ?? "")
    .join("")
    .toUpperCase();
  return (
    <span aria-hidden="true" className={`${size} inline-flex shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700`}>
      {initials || user.email[0]?.toUpperCase()}
    </span>
  );
}
