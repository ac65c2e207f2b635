/** The five roles of a SPIP office (DESIGN.md §1). Stored as these codes; shown with their French labels. */
export const ROLES = ['cpip', 'secretariat', 'dpip', 'referent', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_FR: Record<Role, string> = {
  cpip: 'CPIP',
  secretariat: 'Secrétariat / greffe',
  dpip: 'DPIP / chef de service',
  referent: 'Référent territorial TIG',
  admin: 'Administrateur local',
};
