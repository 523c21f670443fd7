import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { Badge } from "@/components/ui/badge";
import { FilterCount, FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/server/search-params";
import { UserAvatar } from "@/components/users/user-avatar";
import { requireAdminActor } from "@/components/server/admin-actor";
import { parseUserListParams, USER_LIST_PAGE_SIZE, userListQuery, userListSearch, type UserSort } from "@/lib/users/admin-users-query";
import { USER_CATEGORIES, USER_CATEGORY_LABELS } from "@/lib/users/categories";
import { findUsers } from "@/lib/users/find-users";
import { displayName } from "@/lib/users/load";

export const metadata: Metadata = { title: "Users · Admin" };

const SORT_LABELS: Record<UserSort, string> = {
  "-created-at": "Newest first",
  "created-at": "Oldest first",
  email: "E-mail, A–Z",
  "-email": "E-mail, Z–A",
  name: "Family name, A–Z",
  "-name": "Family name, Z–A",
  "-last-accessed-at": "Last signed in",
};

const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = parseUserListParams(await searchParams);
  const actor = await requireAdminActor(`/admin/users${userListSearch(filters)}`);
  const { items, count } = await findUsers(actor, userListQuery(filters));
  const filtered = Boolean(filters.q || filters.role || filters.isAdmin !== null || filters.isVerified !== null || filters.deleted !== "exclude");
  const flag = (value: boolean | null) => (value === null ? "" : String(value));

  return (
    <div className="space-y-4">
      <PageHeader title="Users" description="Every account of the platform; open one to change its rights, verify, delete or restore it." />

      <FilterForm
        action="/admin/users"
        label="Filter users"
        resetKey={userListSearch({ ...filters, page: 1 })}
        filtered={filtered}
        className="sm:grid-cols-2 lg:grid-cols-6"
        actionsClassName="sm:col-span-2 lg:col-span-5"
      >
        <FilterSearch id="user-q" value={filters.q} placeholder="E-mail or name" className="sm:col-span-2" />
        <FilterSelect id="user-role" name="role" label="Kind" value={filters.role} options={USER_CATEGORIES.map((category) => ({ value: category, label: USER_CATEGORY_LABELS[category] }))} />
        <FilterSelect id="user-admin" name="is-admin" label="Admin" value={flag(filters.isAdmin)} options={[{ value: "true", label: "Admins" }, { value: "false", label: "Not admins" }]} />
        <FilterSelect id="user-verified" name="is-verified" label="Verified" value={flag(filters.isVerified)} options={[{ value: "true", label: "Verified" }, { value: "false", label: "Not verified" }]} />
        <FilterSelect
          id="user-deleted"
          name="deleted"
          label="Deleted"
          value={filters.deleted === "exclude" ? "" : filters.deleted}
          allLabel="Live accounts"
          options={[{ value: "only", label: "Deleted accounts" }, { value: "include", label: "Live and deleted" }]}
        />
        <FilterSelect id="user-sort" name="sort" label="Order" value={filters.sort} allLabel={null} options={Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))} />
      </FilterForm>

      <FilterCount count={count} noun={["user", "users"]} filtered={filtered} testId="users-count" />

      {items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-600">
          {filtered ? "No user matches these filters." : "No users yet."}
        </p>
      ) : (
        <ul aria-label="Users" className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {items.map((user) => (
            <li key={user.id} className="relative flex items-center gap-3 p-4 hover:bg-slate-50">
              <UserAvatar user={user} />
              <div className="min-w-0 flex-1 space-y-0.5">
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 after:absolute after:inset-0 hover:underline">
                    {displayName(user)}
                  </Link>
                  {user.isSuperAdmin ? <Badge tone="green">Super admin</Badge> : user.isAdmin ? <Badge tone="green">Admin</Badge> : null}
                  {user.isVerified ? null : <Badge tone="amber">Not verified</Badge>}
                  {user.deletedAt ? <Badge tone="amber">Deleted</Badge> : null}
                </p>
                <p className="break-all text-sm text-slate-600">{user.email}</p>
                <p className="text-xs text-slate-500">
                  Joined {DAY.format(user.createdAt)}
                  {user.lastAccessedAt ? ` · last signed in ${DAY.format(user.lastAccessedAt)}` : " · never signed in"}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}

      <Pagination page={filters.page} pageSize={USER_LIST_PAGE_SIZE} count={count} href={(page) => `/admin/users${userListSearch(filters, page)}`} />
    </div>
  );
}
