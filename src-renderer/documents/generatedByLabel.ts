/** Who printed an archived document: the name the server sent, else the signed-in user's own, else a neutral word. */
export function generatedByLabel(
  record: { generatedBy: string | null; generatedByName: string | null },
  me: { id: string; displayName: string } | undefined,
): string {
  if (record.generatedByName) return record.generatedByName;
  if (!record.generatedBy) return '—';
  return me && record.generatedBy === me.id ? me.displayName : 'Un autre agent';
}
