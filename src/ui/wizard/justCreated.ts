/**
 * Assessments created by their first save in this page's life: their product step is done, so the
 * wizard opens them at the profile. Kept in memory, a one-shot hand-over from "New assessment" to
 * the wizard — an older assessment that merely reached the profile before must still open where
 * its saved place (or the product step) says.
 */
const created = new Set<string>();

export const markJustCreated = (id: string) => void created.add(id);

/** True once for an assessment just created here; the mark is used up. */
export const takeJustCreated = (id: string) => created.delete(id);
