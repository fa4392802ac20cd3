/**
 * Text PostgreSQL cannot store (NUL) or that is not Unicode (a lone UTF-16
 * surrogate, which would be silently replaced on its way to UTF-8).
 */
export const isSafeText = (text: string): boolean => !text.includes('\0') && text.isWellFormed();
