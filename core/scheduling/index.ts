export * from "./grades";
export * from "./memory-state";
export * from "./scheduler";
export * from "./study-day";
export * from "./queue";
export * from "./describe-next-due";
