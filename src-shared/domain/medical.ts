/** Facts that make a medical examination required before the work starts (code pénitentiaire R.623-10 ff.). */
export interface MedicalFacts {
  minor: boolean;
  disabledWorker: boolean;
  pregnant: boolean;
  postNightWork: boolean;
  postParticularRisks: boolean;
  postCareSetting: boolean;
}

/** The reasons an examination is required (French, empty when it is not systematic). */
export function medicalExamReasons(facts: MedicalFacts): string[] {
  const reasons: string[] = [];
  if (facts.minor) reasons.push('personne mineure');
  if (facts.disabledWorker) reasons.push('travailleur handicapé');
  if (facts.pregnant) reasons.push('grossesse');
  if (facts.postNightWork) reasons.push('travail de nuit');
  if (facts.postParticularRisks) reasons.push('poste à risques particuliers');
  if (facts.postCareSetting) reasons.push('établissement de soins (risque de contamination)');
  return reasons;
}
