/**
 * A one-shot success message carried across a route change (e.g. "placed from the map" shown on the measure's
 * Affectation tab). Read with peekFlash when the target renders, cleared with clearFlash once shown.
 */
let pending: { route: string; message: string } | null = null;

export function setFlash(route: string, message: string): void {
  pending = { route, message };
}

export function peekFlash(route: string): string | null {
  return pending && pending.route === route ? pending.message : null;
}

export function clearFlash(route: string): void {
  if (pending?.route === route) pending = null;
}
