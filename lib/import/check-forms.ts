import { checkAgainstForm } from "../custom-forms/check-answers";
import type { FormField } from "../custom-forms/form-schema";
import { pathOf } from "../errors";
import { DocumentValidationError, zodPointer } from "../jsonapi/errors";
import type { ImportPlan } from "./plan";

/** At most this many findings are listed one by one. */
const LISTED = 50;

/**
 * The imported sessions and speakers checked against the imported forms, with the same check
 * every other write gets (lib/custom-forms/check-answers.ts). An archive is a backup: it holds
 * sessions submitted before a field became required, answers to fields removed since, so a
 * finding neither fails the import nor drops the item — it is imported as it is, and the finding
 * is listed in the task's `form_issues` (`sessions: item 3: /slides-url: Slides is required`),
 * for the organizers to follow up.
 */
export function formIssues(plan: ImportPlan): string[] {
  const definition: FormField[] = plan.forms.map((field) => ({
    form: field.form,
    fieldIdentifier: field.fieldIdentifier,
    name: field.name,
    type: field.type ?? "text",
    description: field.description ?? null,
    isRequired: field.isRequired ?? false,
    isIncluded: field.isIncluded ?? false,
    isPublic: field.isPublic ?? false,
    isFixed: field.isFixed ?? false,
    isComplex: field.isComplex ?? false,
    position: field.position ?? 0,
    min: field.min ?? null,
    max: field.max ?? null,
    options: field.options,
  }));
  const findings: string[] = [];
  const check = (file: string, index: number, form: "session" | "speaker", values: Record<string, unknown>) => {
    try {
      checkAgainstForm(definition, form, values);
    } catch (error) {
      if (!(error instanceof DocumentValidationError)) throw error;
      for (const issue of error.issues) {
        const place = issue.field !== undefined ? zodPointer(pathOf(issue.field), "") : `/${String(issue.relationship)}`;
        findings.push(`${file}: item ${index + 1}: ${place}: ${issue.detail}`);
      }
    }
  };
  plan.sessions.forEach((session, index) => check("sessions", index, "session", { ...session.data, trackId: session.track, sessionTypeId: session.type }));
  plan.speakers.forEach((speaker, index) => check("speakers", index, "speaker", speaker));
  if (findings.length <= LISTED) return findings;
  return [...findings.slice(0, LISTED), `… and ${findings.length - LISTED} more`];
}
