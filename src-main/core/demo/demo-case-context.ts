import type { LocalDate } from '@shared/domain/local-date';
import type { PostPicker } from './demo-placements';
import type { SeededRandom } from './seeded-random';

/** What every generated case file draws on; shared by the case file and its follow-up. */
export interface Staff {
  cpip: string[];
  dpip: string[];
  secretariat: string[];
}

export interface CaseContext {
  today: LocalDate;
  /** No record is stamped after this instant. */
  nowIso: string;
  staff: Staff;
  posts: PostPicker;
  random: SeededRandom;
}
