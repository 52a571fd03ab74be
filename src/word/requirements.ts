/**
 * Which Word API the host offers. The manifest asks for WordApi 1.3 (Office 2019 and later); anything newer is
 * used only after `Office.context.requirements.isSetSupported` says it is there: WordApi 1.4 (bookmarks, Track
 * Changes) and WordApiDesktop 1.2 (text boxes through shapes, `shapes.ts`); a 1.3-only host gets every other feature
 * (getOoxml is 1.1; settings are the Common API). The check at scan turns an older host into a clear NotSupported
 * instead of a failure halfway through a batch.
 */
export function supportsWordApi(office: typeof Office | undefined, version: string): boolean {
  const requirements = office?.context?.requirements;
  // Hosts that cannot tell (a bare test double) are trusted, as Office does for add-ins it loaded.
  if (!requirements?.isSetSupported) return true;
  return requirements.isSetSupported("WordApi", version);
}
