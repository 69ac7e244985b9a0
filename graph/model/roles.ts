/** The roles a caller may hold, weakest first: the closed vocabulary the access table, tokens and the API share. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
