import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { FilterSelect } from "@/components/admin/filter-select";
import { ListPagination } from "@/components/sessions/list-pagination";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { UserAvatar } from "@/components/users/user-avatar";
import { requireSessionActor } from "@/lib/auth/session";
import { parseUserListParams, USER_LIST_PAGE_SIZE, userListQuery, userListSearch, type UserSort } from "@/lib/users/admin-users-query";
import { USER_CATEGORIES, USER_CATEGORY_LABELS } from "@/lib/users/categories";
import { findUsers } from "@/lib/users/find-users";
import { displayName } from "@/lib/users/profile-select";

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

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseUserListParams(await searchParams);
  const actor = await requireSessionActor(`/admin/users${userListSearch(filters)}`);
  const { items, count } = await findUsers(actor, userListQuery(filters));
  const filtered = Boolean(filters.q || filters.role || filters.isAdmin !== null || filters.isVerified !== null || filters.deleted !== "exclude");
  const flag = (value: boolean | null) => (value === null ? "" : String(value));

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="mt-1 text-sm text-slate-600">Every account of the platform; open one to change its rights, verify, delete or restore it.</p>
      </div>

      <Form
        key={userListSearch({ ...filters, page: 1 })}
        action="/admin/users"
        role="search"
        aria-label="Filter users"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
      >
        <div className="min-w-0 space-y-1 sm:col-span-2">
          <label htmlFor="user-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input id="user-q" name="q" type="search" defaultValue={filters.q} placeholder="E-mail or name" className={inputClasses} />
        </div>
        <FilterSelect id="user-role" name="role" label="Kind" value={filters.role ?? ""}>
          {USER_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {USER_CATEGORY_LABELS[category]}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="user-admin" name="is-admin" label="Admin" value={flag(filters.isAdmin)}>
          <option value="true">Admins</option>
          <option value="false">Not admins</option>
        </FilterSelect>
        <FilterSelect id="user-verified" name="is-verified" label="Verified" value={flag(filters.isVerified)}>
          <option value="true">Verified</option>
          <option value="false">Not verified</option>
        </FilterSelect>
        <FilterSelect id="user-deleted" name="deleted" label="Deleted" value={filters.deleted === "exclude" ? "" : filters.deleted} allLabel="Live accounts">
          <option value="only">Deleted accounts</option>
          <option value="include">Live and deleted</option>
        </FilterSelect>
        <FilterSelect id="user-sort" name="sort" label="Order" value={filters.sort} allLabel={null}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </FilterSelect>
        <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClasses("secondary")}>
            Apply filters
          </button>
          {filtered ? (
            <Link href="/admin/users" className={buttonClasses("ghost")}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </Form>

      <p role="status" aria-live="polite" className="text-sm text-slate-600" data-testid="users-count">
        {count === 1 ? "1 user" : `${count} users`}
        {filtered ? (count === 1 ? " matches the filters" : " match the filters") : ""}
      </p>

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

      <ListPagination page={filters.page} pageSize={USER_LIST_PAGE_SIZE} count={count} href={(page) => `/admin/users${userListSearch(filters, page)}`} />
    </div>
  );
}
