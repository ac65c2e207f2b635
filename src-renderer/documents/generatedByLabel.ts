const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who printed an archived document. The record carries the user's id: the signed-in user is named, anyone else is
 * "un autre agent" (a name sent by the server is shown as is).
 */
export function generatedByLabel(generatedBy: string | null, me: { id: string; displayName: string } | undefined): string {
  if (!generatedBy) return '—';
  if (me && generatedBy === me.id) return me.displayName;
  return UUID.test(generatedBy) ? 'Un autre agent' : generatedBy;
}
