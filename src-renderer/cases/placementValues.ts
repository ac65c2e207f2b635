import type { WeeklySlot } from '@shared/domain/weekly-slots';
import type { MethodInput } from '@shared/rpc/contract';
import { blankToNull, toNumber } from './labels';

/** A placement as its two forms hold it (the measure's own tab and the map's « Placer sur ce poste »). */
export interface PlacementValues {
  /** The chosen post's id, '' until one is chosen. */
  postId: string;
  tutorName: string;
  startDate: string;
  schedule: WeeklySlot[];
  scheduleNote: string;
  /** As typed: the schema wants a whole number. */
  hoursPlanned: string;
}

export function placementInput(measureId: string, values: PlacementValues): MethodInput<'placements.create'> {
  return {
    measureId,
    postId: values.postId,
    tutorName: blankToNull(values.tutorName),
    startDate: values.startDate,
    schedule: values.schedule,
    scheduleNote: blankToNull(values.scheduleNote),
    // Undefined when empty or not a number: the schema refuses it with its own sentence, before any call.
    hoursPlanned: toNumber(values.hoursPlanned) as number,
  };
}
