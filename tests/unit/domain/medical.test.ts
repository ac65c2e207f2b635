import { describe, expect, it } from 'vitest';
import { medicalExamReasons, type MedicalFacts } from '@shared/domain/medical';

const NONE: MedicalFacts = {
  minor: false,
  disabledWorker: false,
  pregnant: false,
  postNightWork: false,
  postParticularRisks: false,
  postCareSetting: false,
};

describe('medicalExamReasons', () => {
  it('requires no systematic exam for an adult on an ordinary post', () => {
    expect(medicalExamReasons(NONE)).toEqual([]);
  });

  it.each([
    ['minor', 'personne mineure'],
    ['disabledWorker', 'travailleur handicapé'],
    ['pregnant', 'grossesse'],
    ['postNightWork', 'travail de nuit'],
    ['postParticularRisks', 'poste à risques particuliers'],
    ['postCareSetting', 'établissement de soins (risque de contamination)'],
  ] as const)('%s alone requires the exam: "%s"', (fact, reason) => {
    expect(medicalExamReasons({ ...NONE, [fact]: true })).toEqual([reason]);
  });

  it('lists every reason, person first then post', () => {
    const all: MedicalFacts = {
      minor: true,
      disabledWorker: true,
      pregnant: true,
      postNightWork: true,
      postParticularRisks: true,
      postCareSetting: true,
    };
    expect(medicalExamReasons(all)).toEqual([
      'personne mineure',
      'travailleur handicapé',
      'grossesse',
      'travail de nuit',
      'poste à risques particuliers',
      'établissement de soins (risque de contamination)',
    ]);
  });

  it('combines a person reason and a post reason', () => {
    expect(medicalExamReasons({ ...NONE, minor: true, postNightWork: true })).toEqual([
      'personne mineure',
      'travail de nuit',
    ]);
  });
});
