import type { WeeklySlot } from '@shared/domain/weekly-slots';
import type { MethodInput } from '@shared/rpc/contract';
import { blankToNull, toNumber } from './labels';

/** The tutor select's value for « Ajouter un tuteur »: the tutor is created on the post with the placement. */
export const NEW_TUTOR = 'nouveau';

/** A tutor added to the post from the placement form, as typed. */
export interface NewTutorValues {
  lastName: string;
  firstName: string;
  birthDate: string;
  birthPlace: string;
  role: string;
  phone: string;
}

export const EMPTY_NEW_TUTOR: NewTutorValues = {
  lastName: '',
  firstName: '',
  birthDate: '',
  birthPlace: '',
  role: '',
  phone: '',
};

/** A placement as its two forms hold it (the measure's own tab and the map's « Placer sur ce poste »). */
export interface PlacementValues {
  /** The chosen post's id, '' until one is chosen. */
  postId: string;
  /** One of the post's tutors, NEW_TUTOR, or '' until chosen. */
  tutorId: string;
  newTutor: NewTutorValues;
  startDate: string;
  schedule: WeeklySlot[];
  scheduleNote: string;
  /** As typed: the schema wants a whole number. */
  hoursPlanned: string;
}

export function placementInput(measureId: string, values: PlacementValues): MethodInput<'placements.create'> {
  const adding = values.tutorId === NEW_TUTOR;
  return {
    measureId,
    postId: values.postId,
    tutorId: adding ? null : blankToNull(values.tutorId),
    newTutor: adding ? { ...values.newTutor, phone: blankToNull(values.newTutor.phone) } : null,
    startDate: values.startDate,
    schedule: values.schedule,
    scheduleNote: blankToNull(values.scheduleNote),
    // Undefined when empty or not a number: the schema refuses it with its own sentence, before any call.
    hoursPlanned: toNumber(values.hoursPlanned) as number,
  };
}
