import TextField from '@mui/material/TextField';
import type { ChangeEvent } from 'react';
import { ROLES, ROLE_LABELS_FR, type Role } from '@shared/roles';

/** A native select: keyboard- and screen-reader-friendly, and simple to drive from tests. */
export function RoleSelect(props: {
  id: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  error: boolean;
  helperText?: string;
  disabled?: boolean;
}) {
  return (
    <TextField
      select
      label="Rôle"
      name="role"
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      {...props}
    >
      {ROLES.map((role: Role) => (
        <option key={role} value={role}>
          {ROLE_LABELS_FR[role]}
        </option>
      ))}
    </TextField>
  );
}
