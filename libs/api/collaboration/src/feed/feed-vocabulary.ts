/** What each kind of change is called in the activity feed, with its article (B1 Dutch). */
export const ITEM_IN_DUTCH: Record<string, string> = {
  Plan: 'het plan',
  Indicator: 'de indicator',
  Measurement: 'de meting',
  Signal: 'het signaal',
  Analysis: 'de analyse',
  ReflectionAnswer: 'het antwoord op de reflectievraag',
  SocietalResult: 'het maatschappelijk resultaat',
  ResultIndicator: 'de resultaatindicator',
  Activity: 'de activiteit',
  LiteratureReference: 'de bron',
  Contribution: 'de bijdrage aan een resultaat',
  ActivityAssessment: 'de beoordeling van een activiteit',
  InterventionChecklistItem: 'het punt van de interventiechecklist',
  QualityCheck: 'de kwaliteitseis',
  OutcomeMeasurement: 'de outcomemeting',
  LearningReview: 'de evaluatie',
  ImprovementAction: 'de verbeteractie',
  Membership: 'een deelnemer',
  Invitation: 'een uitnodiging',
  Comment: 'een reactie',
  Approval: 'het akkoord',
};

/** Field names (as the api calls them) in the words people use, with their article. */
export const FIELD_IN_DUTCH: Record<string, string> = {
  title: 'de titel',
  name: 'de naam',
  description: 'de beschrijving',
  region: 'de regio',
  status: 'de status',
  periodStartYear: 'het beginjaar',
  periodEndYear: 'het eindjaar',
  participantIds: 'de deelnemende organisaties',
  unit: 'de eenheid',
  betterDirection: 'de gewenste richting',
  source: 'de bron',
  areaCode: 'het gebied',
  period: 'de periode',
  periodStart: 'het begin van de periode',
  periodEnd: 'het einde van de periode',
  measuredOn: 'de meetdatum',
  value: 'de waarde',
  indicatorId: 'de indicator',
  observedOn: 'de datum van het signaal',
  raisedBy: 'de melder',
  organizationId: 'de organisatie',
  theme: 'het thema',
  summary: 'de samenvatting',
  indicatorIds: 'de indicatoren',
  signalIds: 'de signalen',
  signalId: 'het signaal',
  societalResultIds: 'de resultaten',
  analysisIds: 'de analyses',
  analysisId: 'de analyse',
  learningReviewId: 'de evaluatie',
  question: 'de vraag',
  answer: 'het antwoord',
  statement: 'de formulering',
  societalResultId: 'het resultaat',
  baselineValue: 'de beginwaarde',
  baselineYear: 'het beginjaar',
  targetValue: 'de streefwaarde',
  targetYear: 'het streefjaar',
  targetKind: 'het soort doel',
  direction: 'de richting',
  kind: 'het soort',
  targetGroup: 'de doelgroep',
  executorOrganizationId: 'de uitvoerder',
  evidenceLevel: 'de mate van bewijs',
  activityId: 'de activiteit',
  citation: 'de bronvermelding',
  url: 'de link',
  rationale: 'de onderbouwing',
  criterion: 'het criterium',
  rating: 'het oordeel',
  explanation: 'de toelichting',
  point: 'het punt',
  requirement: 'de eis',
  perspective: 'het perspectief',
  evidence: 'het bewijs',
  goalRealisationPct: 'het percentage doelrealisatie',
  clientSatisfactionPct: 'het percentage tevreden cliënten',
  plannedTerminationPct: 'het percentage volgens plan beëindigd',
  respondents: 'het aantal respondenten',
  note: 'de notitie',
  heldOn: 'de datum',
  decisions: 'de besluiten',
  ownerOrganizationId: 'de eigenaar',
  ownerName: 'de naam van de eigenaar',
  dueDate: 'de deadline',
  role: 'de rol',
  body: 'de tekst',
  decision: 'het besluit',
  reason: 'de reden',
};

const list = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;

/**
 * One line of the feed, e.g. "Gemeente Noorderveen wijzigde de streefwaarde van de
 * resultaatindicator «Schoolverzuim»".
 */
export function describeChange(change: {
  who: string;
  entity: string;
  action: string;
  label: string | null;
  changedFields: string[];
}): string {
  const item = `${ITEM_IN_DUTCH[change.entity] ?? 'een onderdeel'}${change.label ? ` «${change.label}»` : ''}`;
  if (change.action === 'CREATE') return `${change.who} voegde ${item} toe`;
  if (change.action === 'DELETE') return `${change.who} verwijderde ${item}`;
  const fields = change.changedFields.map((field) => FIELD_IN_DUTCH[field]).filter(Boolean);
  if (fields.length === 0 || fields.length > 3) return `${change.who} wijzigde ${item}`;
  return `${change.who} wijzigde ${list(fields as string[])} van ${item}`;
}
