/** Messages of the agent area; en must have exactly the keys of zh (the type checker holds it to that). */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
