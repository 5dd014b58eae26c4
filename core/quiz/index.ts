export * from "./types";
export * from "./grade";
export * from "./select";
export * from "./text-match";
export * from "./date-match";
export * from "./present";
export * from "./from-generated";
export * from "./card-change";
