import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * Validates what a form holds with the shared zod schema after converting it to the schema's
 * input (wall times in the event's zone → instants, a select's text → an id). The schema's
 * paths are the form's field names, so each message lands beside its input; the form keeps
 * its own (wall-time, string) values for the submit handler to convert again.
 */
export function convertingResolver<TForm extends FieldValues, TInput extends FieldValues>(
  schema: z.ZodType<unknown, TInput>,
  toInput: (values: TForm) => TInput,
): Resolver<TForm> {
  const schemaResolver = zodResolver(schema) as unknown as Resolver<TInput>;
  return async (values, context, options) => {
    const result = await schemaResolver(toInput(values), context, options as unknown as Parameters<Resolver<TInput>>[2]);
    const errors = result.errors as FieldErrors<TForm>;
    return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
  };
}
