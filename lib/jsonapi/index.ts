export * from "./body";
export * from "./errors";
export * from "./filter";
export * from "./query";
export * from "./resource";
export * from "./response";
export * from "./route";
export * from "./serialize";
