import { describe, expect, it } from "vitest";
import { registerResources, resourceOf } from "./registry";
import { defineResource } from "./resource";
import { commentResource, personResource } from "./__fixtures__/resources";

/** A wrong setup fails where it is made, naming the type, instead of losing a link or an include later. */
describe("the resource registry", () => {
  it("resolves a relationship's target type to its declaration", () => {
    expect(resourceOf(commentResource.relationships?.author?.type ?? "")).toBe(personResource);
  });

  it("names an unregistered type", () => {
    expect(() => resourceOf("no-such-type")).toThrow('No JSON:API resource of type "no-such-type" is registered');
  });

  it("refuses a second declaration of a registered type", () => {
    const impostor = defineResource({ type: "person", path: "persons", model: "Person", attributes: {} });
    expect(() => registerResources([impostor])).toThrow('Two JSON:API resources are declared with type "person" (paths people and persons)');
    expect(resourceOf("person")).toBe(personResource);
  });

  it("accepts registering the same declaration again", () => {
    expect(() => registerResources([personResource])).not.toThrow();
  });

  it("refuses a relationship to a type nobody declares", () => {
    const orphan = defineResource({ type: "orphan", path: "orphans", model: "Orphan", attributes: {}, relationships: { parent: { type: "nobody" } } });
    expect(() => registerResources([orphan])).toThrow('The orphan resource\'s relationship "parent" names type "nobody", which no registered resource declares');
    // Nothing of a refused list is registered.
    expect(() => resourceOf("orphan")).toThrow('No JSON:API resource of type "orphan" is registered');
  });
});
