import { addTexts } from '../../../i18n/add-texts';

/** Bouwsteen 3, activiteiten en voorzieningen (B1). */
export const activitiesNl = {
  empty: 'Er zijn nog geen activiteiten. Voeg de eerste toe.',
  addActivity: 'Activiteit toevoegen',
  editActivity: 'Activiteit bewerken',
  name: 'Naam van de activiteit',
  nameHelp: 'Bijvoorbeeld: Jeugdhulp op school.',
  kind: 'Soort activiteit',
  kindHelp: 'Preventief: voorkomen. Curatief: hulp en zorg. Toegang: de weg naar hulp.',
  targetGroup: 'Doelgroep',
  targetGroupHelp: 'Voor wie is de activiteit? Noem leeftijd en kenmerken.',
  executor: 'Uitvoerder',
  executorHelp:
    'De organisatie die de activiteit uitvoert. U kiest uit de deelnemers aan het plan.',
  evidenceLevel: 'Erkenning in de databank Effectieve Jeugdinterventies',
  description: 'Beschrijving',
  contributions: 'Draagt bij aan deze maatschappelijke resultaten',
  noContributions: 'Nog geen bijdrage aan een resultaat.',
  contributionResult: 'Maatschappelijk resultaat',
  rationale: 'Hoe draagt deze activiteit bij aan het resultaat?',
  rationaleHelp:
    'Leg in een paar zinnen uit waarom deze activiteit het resultaat dichterbij brengt.',
  noRationale: 'Nog niet uitgelegd hoe deze activiteit bijdraagt.',
  addContribution: 'Bijdrage aan een resultaat toevoegen',
  editContribution: 'Bijdrage bewerken',
  contributionName: 'bijdrage van {{activity}} aan {{result}}',
  criteria: 'De zeven criteria voor effectiviteit',
  criteriaIntro:
    'De meest effectieve aanpakken zijn doelgericht, lokaal passend, samenhangend, lerend, onderbouwd en duurzaam, met goed toegeruste professionals.',
  rating: 'Oordeel',
  explanation: 'Toelichting',
  notAssessed: 'Nog niet beoordeeld.',
  assess: '{{criterion}} beoordelen',
  editAssessment: '{{criterion}} bewerken',
  checklist: 'Checklist voor de interventie',
  checklistIntro:
    'Zeven vragen over de interventie. Zijn {{threshold}} of meer punten niet helder? Dan is het de vraag of de interventie werkt.',
  checklistStatus: 'Is dit helder?',
  notChecked: 'Nog niet ingevuld.',
  check: '{{point}} invullen',
  editCheck: '{{point}} bewerken',
  itemName: '{{part}} bij {{activity}}',
  forActivity: '{{action}} bij {{activity}}',
  summaryOpen: '{{count}} nog open',
  doubtTitle: 'Twijfel over de effectiviteit.',
  doubtText:
    '{{count}} van de {{total}} punten van de checklist zijn niet helder. Bij {{threshold}} of meer onduidelijke punten is het de vraag of de interventie werkt. Vraag de uitvoerder om uitleg, of kies een andere aanpak.',
  doubtShort: 'twijfel over effectiviteit',
  evidence: 'Onderbouwing',
  literature: 'Literatuur en bronnen',
  noLiterature: 'Nog geen bronnen.',
  citation: 'Bron',
  citationHelp: 'Auteur, titel en jaar, of de naam in de databank.',
  url: 'Webadres',
  addLiterature: 'Bron toevoegen',
  editLiterature: 'Bron bewerken',
  sources_one: '{{count}} bron',
  sources_other: '{{count}} bronnen',
} as const;

addTexts({ activities: activitiesNl });
