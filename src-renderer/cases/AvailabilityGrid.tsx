import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import {
  DAY_PARTS,
  DAY_PART_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  slotLabel,
  type WeeklySlot,
} from '@shared/domain/weekly-slots';

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);

/** 7 days × matin / après-midi / soir; each box is named "lundi matin" and so on. */
export function AvailabilityGrid({
  legend,
  value,
  onChange,
  disabled = false,
}: {
  legend: string;
  value: readonly WeeklySlot[];
  onChange: (next: WeeklySlot[]) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const selected = new Set(value);
  const toggle = (slot: WeeklySlot, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(slot);
    else next.delete(slot);
    onChange([...next]);
  };
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '16px 0 8px' }} aria-labelledby={id}>
      <Typography component="legend" id={id} sx={{ fontWeight: 600, mb: 0.5 }}>
        {legend}
      </Typography>
      <Table size="small" sx={{ width: 'auto' }}>
        <TableHead>
          <TableRow>
            <TableCell>Jour</TableCell>
            {DAY_PARTS.map((part) => (
              <TableCell key={part} align="center">
                {capitalize(DAY_PART_LABELS[part])}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {WEEKDAYS.map((day) => (
            <TableRow key={day}>
              <TableCell component="th" scope="row">
                {capitalize(WEEKDAY_LABELS[day])}
              </TableCell>
              {DAY_PARTS.map((part) => {
                const slot = `${day}_${part}` as WeeklySlot;
                return (
                  <TableCell key={part} align="center" sx={{ py: 0 }}>
                    <Checkbox
                      size="small"
                      disabled={disabled}
                      checked={selected.has(slot)}
                      onChange={(event) => toggle(slot, event.target.checked)}
                      slotProps={{ input: { 'aria-label': slotLabel(slot) } }}
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </fieldset>
  );
}
