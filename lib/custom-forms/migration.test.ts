import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { withDatabase } from "../db/embedded-postgres";
import { applyMigrations, ensureDatabase, MIGRATIONS_DIR } from "../db/migrate";
import { defaultFormRows } from "./fields";

/**
 * The migration that brings custom forms, on a database of the release before it: existing
 * events get the default fields they lack (keeping the organizers' settings of the ones they
 * have), options move from JSON to rows, legacy names and types are brought in line, and the
 * public part of existing answers is computed.
 */

const MIGRATION = "20261207042229_custom_forms";
const adminUrl = inject("adminDatabaseUrl");

/** A migrations folder holding the migrations up to (and without) this one. */
function folderBefore(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oe-migrations-"));
  for (const name of fs.readdirSync(MIGRATIONS_DIR)) {
    if (name >= MIGRATION && name !== "migration_lock.toml") continue;
    fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

describe("the custom forms migration", () => {
  it("gives existing events the default fields and keeps what they had", async () => {
    const name = `forms_migration_${process.pid}_${Date.now().toString(36)}`;
    await ensureDatabase(adminUrl, name);
    const url = withDatabase(adminUrl, name);
    const before = folderBefore();
    await applyMigrations(url, before);
    fs.rmSync(before, { recursive: true, force: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const q = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await client.query<T>(sql, values)).rows;
      const event = async (identifier: string) =>
        (await q<{ id: number }>(`INSERT INTO "Event" (identifier, name, "startsAt", "endsAt", "updatedAt") VALUES ($1, $1, now(), now(), now()) RETURNING id`, [identifier]))[0]!.id;
      const bare = await event("bare");
      const legacy = await event("legacy");
      const field = (eventId: number, form: string, identifier: string, settings: Record<string, unknown>) => {
        const columns = Object.keys(settings);
        return q(
          `INSERT INTO "CustomForm" ("eventId", form, "fieldIdentifier", name, ${columns.map((column) => `"${column}"`).join(", ")}) VALUES ($1, $2, $3, $3, ${columns.map((_, i) => `$${i + 4}`).join(", ")})`,
          [eventId, form, identifier, ...Object.values(settings).map((value) => (typeof value === "object" && value !== null ? JSON.stringify(value) : value))],
        );
      };
      // As the legacy import wrote them: old names, fixed fields not required, options as JSON.
      await field(legacy, "session", "title", { type: "text", isRequired: false, isIncluded: true });
      await field(legacy, "session", "slides", { type: "file", isIncluded: false, isRequired: false });
      await field(legacy, "session", "shortAbstract", { type: "paragraph", isIncluded: true, isRequired: true });
      await field(legacy, "speaker", "photo", { type: "image", isIncluded: true, isRequired: true });
      await field(legacy, "speaker", "tshirt", { type: "select", isIncluded: true, isPublic: true, options: ["S", " M ", "M", "", { value: "L" }, 7] });
      await field(legacy, "speaker", "diet", { type: "multiple-choice", isIncluded: true, isComplex: false });
      await q(`INSERT INTO "Speaker" ("eventId", name, "complexFieldValues", "updatedAt") VALUES ($1, 'Ada', $2, now())`, [legacy, JSON.stringify({ tshirt: "M", diet: "vegan" })]);

      expect(await applyMigrations(url)).toEqual([MIGRATION, ...fs.readdirSync(MIGRATIONS_DIR).filter((dir) => dir > MIGRATION && dir !== "migration_lock.toml")]);

      const rows = await q<{ eventId: number; form: string; fieldIdentifier: string; type: string; isIncluded: boolean; isRequired: boolean; isFixed: boolean; isComplex: boolean; isPublic: boolean; options: string[] | null }>(
        `SELECT f."eventId", f.form::text AS form, f."fieldIdentifier", f.type, f."isIncluded", f."isRequired", f."isFixed", f."isComplex", f."isPublic",
                (SELECT array_agg(o.value ORDER BY o.position) FROM "CustomFormOption" o WHERE o."customFormId" = f.id) AS options
         FROM "CustomForm" f ORDER BY f."eventId", f.form, f."fieldIdentifier"`,
      );
      const of = (eventId: number) => rows.filter((row) => row.eventId === eventId).map(({ eventId: _eventId, ...row }) => row);
      const sorted = <T extends { form: string; fieldIdentifier: string }>(list: T[]) => [...list].sort((a, b) => a.form.localeCompare(b.form) || a.fieldIdentifier.localeCompare(b.fieldIdentifier));
      const defaults = sorted(defaultFormRows()).map(({ form, fieldIdentifier, type, isIncluded, isRequired, isFixed, isPublic }) => ({
        form,
        fieldIdentifier,
        type,
        isIncluded,
        isRequired,
        isFixed,
        isComplex: false,
        isPublic,
        options: null,
      }));
      expect(of(bare)).toEqual(defaults);
      const changed: Record<string, Partial<(typeof defaults)[number]>> = {
        "session:title": { isPublic: false },
        "session:slidesUrl": { isIncluded: false, isPublic: false },
        "session:shortAbstract": { isRequired: true, isPublic: false },
        "speaker:photoUrl": { isRequired: true, isPublic: false },
      };
      expect(of(legacy)).toEqual(
        sorted([
          ...defaults.map((row) => ({ ...row, ...changed[`${row.form}:${row.fieldIdentifier}`] })),
          { form: "speaker", fieldIdentifier: "diet", type: "text", isIncluded: true, isRequired: false, isFixed: false, isComplex: true, isPublic: false, options: null },
          { form: "speaker", fieldIdentifier: "tshirt", type: "select", isIncluded: true, isRequired: false, isFixed: false, isComplex: true, isPublic: true, options: ["S", "M", "L"] },
        ]),
      );
      expect(await q(`SELECT "complexFieldValues", "publicFieldValues" FROM "Speaker"`)).toEqual([{ complexFieldValues: { tshirt: "M", diet: "vegan" }, publicFieldValues: { tshirt: "M" } }]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
