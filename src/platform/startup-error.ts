/** A reason the service cannot start, told as one line naming what to fix (main.ts prints it without a stack). */
export class StartupError extends Error {}
