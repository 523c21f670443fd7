import { describe, expect, it } from "vitest";
import { z } from "zod";
import { convertingResolver } from "./converting-resolver";

const schema = z.object({ roomId: z.number({ error: "Pick a room" }).int(), minutes: z.number().min(5, "At least 5 minutes") });
const resolver = convertingResolver(schema, (values: { roomId: string; minutes: string }) => ({
  roomId: values.roomId ? Number(values.roomId) : undefined,
  minutes: Number(values.minutes),
}));
const options = { fields: {}, shouldUseNativeValidation: false };

describe("convertingResolver", () => {
  it("validates the converted values and hands the form its own values back", async () => {
    expect(await resolver({ roomId: "4", minutes: "30" }, undefined, options)).toEqual({ values: { roomId: "4", minutes: "30" }, errors: {} });
  });

  it("reports the schema's messages at the form's field names", async () => {
    const result = await resolver({ roomId: "", minutes: "2" }, undefined, options);
    expect(result.values).toEqual({});
    expect(Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]))).toEqual({
      roomId: "Pick a room",
      minutes: "At least 5 minutes",
    });
  });
});
