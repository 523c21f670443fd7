"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

export interface MessageSettingRow {
  id: string;
  action: string;
  label: string;
  description: string;
  /** Mail-only actions (secret links) have no in-app notification to switch. */
  hasNotification: boolean;
  mailEnabled: boolean;
  notificationEnabled: boolean;
}

type Field = "mailEnabled" | "notificationEnabled";
const MEMBER: Record<Field, string> = { mailEnabled: "mail-enabled", notificationEnabled: "notification-enabled" };

async function patchSetting(id: string, field: Field, value: boolean): Promise<void> {
  const response = await fetch(`/v1/message-settings/${encodeURIComponent(id)}`, {
    method: "PATCH",
    credentials: "same-origin",
    headers: { "content-type": "application/vnd.api+json", accept: "application/vnd.api+json" },
    body: JSON.stringify({ data: { type: "message-setting", id, attributes: { [MEMBER[field]]: value } } }),
  });
  if (!response.ok) throw new Error(`Saving failed (${response.status})`);
}

/**
 * One switch per action and channel, saved at once through the API (optimistic: the switch
 * flips immediately and flips back with a message if saving fails).
 */
export function MessageSettingsForm({ rows: initial }: { rows: MessageSettingRow[] }) {
  const [rows, setRows] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  const setValue = (id: string, field: Field, value: boolean) =>
    setRows((current) => current.map((row) => (row.id === id ? { ...row, [field]: value } : row)));

  const save = useMutation({
    mutationFn: ({ id, field, value }: { id: string; field: Field; value: boolean }) => patchSetting(id, field, value),
    onMutate: ({ id, field, value }) => {
      setError(null);
      setValue(id, field, value);
    },
    onError: (cause, { id, field, value }) => {
      setValue(id, field, !value);
      setError(cause instanceof Error ? cause.message : "Saving failed");
    },
  });

  return (
    <div className="space-y-3">
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}. The switch was put back.
        </p>
      )}
      <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm shadow-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Action</th>
            <th scope="col" className="w-28 px-4 py-2 text-center font-medium">E-mail</th>
            <th scope="col" className="w-28 px-4 py-2 text-center font-medium">In-app</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-4 py-3 text-left font-normal">
                <span className="block font-medium text-slate-900">{row.label}</span>
                <span className="block text-slate-600">{row.description}</span>
                <code className="text-xs text-slate-500">{row.action}</code>
              </th>
              <td className="px-4 py-3 text-center">
                <Switch label={`E-mail for ${row.label}`} checked={row.mailEnabled} onChange={(value) => save.mutate({ id: row.id, field: "mailEnabled", value })} />
              </td>
              <td className="px-4 py-3 text-center">
                {row.hasNotification ? (
                  <Switch
                    label={`In-app notification for ${row.label}`}
                    checked={row.notificationEnabled}
                    onChange={(value) => save.mutate({ id: row.id, field: "notificationEnabled", value })}
                  />
                ) : (
                  <span className="text-xs text-slate-500">mail only</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Switch({ label, checked, onChange }: { label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      onClick={() => onChange(!checked)}
      className={`relative inline-flex h-6 w-11 items-center rounded-full transition-colors focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${checked ? "bg-brand-600" : "bg-slate-300"}`}
    >
      <span className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${checked ? "translate-x-5" : "translate-x-0.5"}`} />
    </button>
  );
}
