import { APPOINTMENT_STATUS_LABELS, type Appointment } from '@shared/schemas/appointments';
import type { Tone } from './labels';
import { ToneChip } from './StatusChip';

const TONE: Record<Appointment['status'], Tone> = {
  prevu: 'info',
  honore: 'success',
  absent: 'error',
  annule: 'neutral',
};

export function AppointmentStatusChip({ status }: { status: Appointment['status'] }) {
  return <ToneChip label={APPOINTMENT_STATUS_LABELS[status]} tone={TONE[status]} />;
}
