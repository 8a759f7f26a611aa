import {
  ActivityKind,
  AssessmentRating,
  BetterDirection,
  ChecklistPoint,
  ChecklistStatus,
  EffectivenessCriterion,
  EvidenceLevel,
  ImprovementActionStatus,
  PlanStatus,
  QualityPerspective,
  QualityRequirement,
  QualityStatus,
  ReflectionQuestion,
  TargetDirection,
  TargetKind,
} from '@oogo/shared-domain';
import type { EntityManager } from 'typeorm';
import {
  ensureOrganizations,
  insertPlan,
  insertReturningIds,
  insertRows,
  type OrganizationSeed,
  type PlanSeed,
  type SqlRow,
} from './insert-rows';
import { mean, range, round, seededRandom, yearPeriod } from './seed-helpers';

// A fictional region, "Regio Veenmeren". Real GM codes end around GM1992 (GM1991 Maashorst,
// GM1992 Voorne aan Zee), so GM1997–GM1999 stay clear of them; bestuursnummers 49901–49902
// are made up too.

// ---------------------------------------------------------------------------------------------
// Organisations and plan

const ORGANIZATIONS = {
  noorderveen: { kind: 'GEMEENTE', name: 'Gemeente Noorderveen', code: 'GM1997' },
  haverdijk: { kind: 'GEMEENTE', name: 'Gemeente Haverdijk', code: 'GM1998' },
  lindewolde: { kind: 'GEMEENTE', name: 'Gemeente Lindewolde', code: 'GM1999' },
  kompas: { kind: 'SCHOOLBESTUUR', name: 'Stichting Kompas Primair Onderwijs', code: '49901' },
  veenmerenVo: {
    kind: 'SCHOOLBESTUUR',
    name: 'Scholengroep Veenmeren voortgezet onderwijs',
    code: '49902',
  },
  ggd: { kind: 'PARTNER', name: 'GGD Veenmeren', code: null },
  linde: { kind: 'PARTNER', name: 'Jeugdhulp De Linde', code: null },
  speelhuis: { kind: 'PARTNER', name: 'Kinderopvang Het Speelhuis', code: null },
  swv: { kind: 'PARTNER', name: 'Samenwerkingsverband Passend Onderwijs Veenmeren', code: null },
  welzijn: { kind: 'PARTNER', name: 'Welzijn Veenmeren (jongerenwerk)', code: null },
} as const satisfies Record<string, OrganizationSeed>;
type OrganizationKey = keyof typeof ORGANIZATIONS;

const GEMEENTEN = ['noorderveen', 'haverdijk', 'lindewolde'] as const;
type GemeenteKey = (typeof GEMEENTEN)[number];
type Area = GemeenteKey | 'NL01';
const AREAS: readonly Area[] = [...GEMEENTEN, 'NL01'];

const PLAN: PlanSeed = {
  title: 'Ontwikkelagenda Onderwijs en Jeugd Veenmeren 2025–2028',
  region: 'Regio Veenmeren',
  description:
    'De gemeenten Noorderveen, Haverdijk en Lindewolde, de schoolbesturen en hun partners ' +
    'werken samen aan gezond en veilig opgroeien, naar school gaan en op tijd passende hulp. ' +
    'Dit is een verzonnen regio met voorbeeldcijfers.',
  periodStartYear: 2025,
  periodEndYear: 2028,
  status: PlanStatus.IN_CONSULTATION,
};

// ---------------------------------------------------------------------------------------------
// Bouwsteen 1: staat van de jeugd

const MEASUREMENT_YEARS = range(2020, 2024);

interface IndicatorSeed {
  name: string;
  unit: string;
  source: string;
  description: string;
  betterDirection: BetterDirection;
  decimals: number;
  /** Per area: the value in the first year and the change per year. */
  trend: Record<Area, readonly [number, number]>;
}

const INDICATORS = {
  jeugdhulp: {
    name: 'Jongeren met jeugdhulp',
    unit: '%',
    source: 'CBS 84134NED',
    description: 'Deel van de jongeren tot 18 jaar dat in het jaar jeugdhulp kreeg.',
    betterDirection: BetterDirection.LOWER,
    decimals: 1,
    trend: {
      noorderveen: [13.2, -0.15],
      haverdijk: [11.4, -0.1],
      lindewolde: [10.6, -0.05],
      NL01: [12.0, 0.1],
    },
  },
  verzuim: {
    name: 'Absoluut verzuim per 1.000 leerplichtigen',
    unit: 'per 1.000 leerplichtigen',
    source: 'DUO/Ingrado, telling Leerplichtwet',
    description:
      'Leerplichtige kinderen die niet op een school staan ingeschreven, per 1.000 leerplichtigen.',
    betterDirection: BetterDirection.LOWER,
    decimals: 2,
    trend: {
      noorderveen: [3.0, -0.2],
      haverdijk: [2.4, -0.1],
      lindewolde: [2.1, -0.05],
      NL01: [1.9, 0.1],
    },
  },
  vsv: {
    name: 'Voortijdig schoolverlaters',
    unit: '%',
    source: 'CBS/DUO, VSV-cijfers',
    description:
      'Deel van de jongeren van 12 tot 23 jaar dat het onderwijs verlaat zonder startkwalificatie.',
    betterDirection: BetterDirection.LOWER,
    decimals: 2,
    trend: {
      noorderveen: [2.6, -0.08],
      haverdijk: [1.9, -0.05],
      lindewolde: [1.6, -0.03],
      NL01: [1.9, 0.05],
    },
  },
  gezondheid: {
    name: 'Ervaren gezondheid (goed/zeer goed)',
    unit: '%',
    source: 'GGD Gezondheidsmonitor Jeugd',
    description: 'Deel van de leerlingen in klas 2 en 4 dat de eigen gezondheid (zeer) goed noemt.',
    betterDirection: BetterDirection.HIGHER,
    decimals: 1,
    trend: {
      noorderveen: [82.0, 0.4],
      haverdijk: [84.5, 0.3],
      lindewolde: [86.0, 0.2],
      NL01: [85.0, -0.8],
    },
  },
  armoede: {
    name: 'Kinderen in armoede',
    unit: '%',
    source: 'CBS 85022NED',
    description: 'Deel van de minderjarige kinderen in een huishouden met een laag inkomen.',
    betterDirection: BetterDirection.LOWER,
    decimals: 1,
    trend: {
      noorderveen: [10.8, -0.3],
      haverdijk: [7.9, -0.2],
      lindewolde: [6.2, -0.1],
      NL01: [7.5, -0.2],
    },
  },
  psychosociaal: {
    name: 'Jongeren met psychosociale problemen',
    unit: '%',
    source: 'GGD Gezondheidsmonitor Jeugd (SDQ)',
    description: 'Deel van de leerlingen in klas 2 en 4 met een verhoogde score op de SDQ.',
    betterDirection: BetterDirection.LOWER,
    decimals: 1,
    trend: {
      noorderveen: [16.5, 1.1],
      haverdijk: [14.8, 0.9],
      lindewolde: [13.9, 0.8],
      NL01: [15.0, 0.8],
    },
  },
} satisfies Record<string, IndicatorSeed>;
type IndicatorKey = keyof typeof INDICATORS;

interface SignalSeed {
  title: string;
  description: string;
  raisedBy: string;
  organization: OrganizationKey | null;
  observedOn: string;
}

const SIGNALS = {
  ggzWachttijd: {
    title: 'Lange wachttijd voor jeugd-ggz',
    description:
      'Jongeren met angst of somberheid wachten vaak drie tot zes maanden op hulp. In die tijd ' +
      'worden de klachten soms erger en gaan ze minder naar school.',
    raisedBy: 'Jeugdartsen en jeugdverpleegkundigen',
    organization: 'ggd',
    observedOn: '2024-03-12',
  },
  stressKlachten: {
    title: 'Meer leerlingen met stress en buikpijn',
    description:
      'Mentoren zien meer leerlingen die zich ziek melden met buikpijn, hoofdpijn of stress, ' +
      'vooral rond de toetsweken.',
    raisedBy: 'Mentoren in de onderbouw',
    organization: 'veenmerenVo',
    observedOn: '2024-05-21',
  },
  minderContact: {
    title: 'Jongeren spreken minder af buiten school',
    description:
      'Minder jongeren komen naar het jongerencentrum en ze zijn vaker alleen online. ' +
      'Sommigen zeggen dat ze zich eenzaam voelen.',
    raisedBy: 'Jongerenwerkers',
    organization: 'welzijn',
    observedOn: '2024-09-03',
  },
  thuiszitters: {
    title: 'Thuiszitters wachten lang op een passende plek',
    description:
      'Voor leerlingen met complexe problemen duurt het vaak maanden voordat er een passend ' +
      'aanbod is. School, zorg en leerplicht zoeken ieder apart naar een oplossing.',
    raisedBy: 'Consulenten van het samenwerkingsverband',
    organization: 'swv',
    observedOn: '2024-02-27',
  },
  ouderVragen: {
    title: 'Ouders weten niet waar ze terechtkunnen bij verzuim',
    description:
      'Ouders horen pas van de leerplichtambtenaar als het verzuim al groot is. Zij willen ' +
      'eerder weten wie hen kan helpen.',
    raisedBy: 'Ouderpanel Haverdijk',
    organization: null,
    observedOn: '2024-06-11',
  },
  geldzorgen: {
    title: 'Gezinnen met geldzorgen vragen laat om hulp',
    description:
      'Het wijkteam ziet gezinnen met schulden vaak pas als er al meer problemen zijn. ' +
      'Kinderen missen dan bijvoorbeeld sport of het schoolreisje.',
    raisedBy: 'Medewerkers van het sociaal wijkteam',
    organization: 'noorderveen',
    observedOn: '2024-10-08',
  },
} satisfies Record<string, SignalSeed>;
type SignalKey = keyof typeof SIGNALS;

/** One party's answers to the four questions. */
type Answers = Partial<Record<OrganizationKey, Partial<Record<ReflectionQuestion, string>>>>;

interface AnalysisSeed {
  theme: string;
  summary: string;
  indicators: readonly IndicatorKey[];
  signals: readonly SignalKey[];
  answers: Answers;
}

const ANALYSES = {
  // The first analysis: every gemeente and schoolbestuur answers all four questions.
  mentaal: {
    theme: 'Mentaal welbevinden van jongeren',
    summary:
      'Het aandeel jongeren met psychosociale problemen stijgt in alle drie de gemeenten, ' +
      'sneller dan landelijk. Scholen en GGD zien meer stress en somberheid, en de wachttijd ' +
      'voor jeugd-ggz is lang. De ervaren gezondheid blijft ongeveer gelijk.',
    indicators: ['psychosociaal', 'gezondheid', 'jeugdhulp'],
    signals: ['ggzWachttijd', 'stressKlachten', 'minderContact'],
    answers: {
      noorderveen: {
        RECOGNISE:
          'Ja, wij herkennen dit beeld. Ons wijkteam krijgt vaker vragen over somberheid en ' +
          'angst bij jongeren.',
        EXPLAIN:
          'De coronajaren en de druk van sociale media spelen mee. In wijken met veel armoede ' +
          'zien we ook meer stress thuis.',
        JUDGE:
          'Dit vinden wij zorgelijk. De stijging is bij ons groter dan in de rest van het land.',
        IMPROVE:
          'Ja. Wij willen meer lichte hulp dichtbij, op school en bij de huisarts, zodat ' +
          'jongeren niet op een wachtlijst komen.',
      },
      haverdijk: {
        RECOGNISE:
          'Gedeeltelijk. De cijfers stijgen, maar onze jongerenwerkers horen vooral over ' +
          'eenzaamheid en minder over angst.',
        EXPLAIN:
          'In Haverdijk zijn weinig plekken waar jongeren elkaar na school kunnen ontmoeten. ' +
          'Dat kan de eenzaamheid verklaren.',
        JUDGE: 'We willen niet alles als probleem zien. Sommige zorgen horen bij het opgroeien.',
        IMPROVE:
          'Ja, vooral door ontmoeting en sport in de wijk te versterken met het jongerenwerk.',
      },
      lindewolde: {
        RECOGNISE: 'Ja, al zijn onze cijfers iets lager dan in de andere twee gemeenten.',
        EXPLAIN:
          'Jongeren uit Lindewolde reizen ver naar het voortgezet onderwijs. Een lange reistijd ' +
          'en weinig vrije tijd geven druk.',
        JUDGE: 'De stijging is te groot om af te wachten. In een klein dorp merk je elk kind.',
        IMPROVE: 'Ja. Wij willen dat de jeugdverpleegkundige vaker op de scholen aanwezig is.',
      },
      kompas: {
        RECOGNISE: 'Ja, ook in groep 7 en 8 zien leerkrachten meer faalangst en piekeren.',
        EXPLAIN:
          'Kinderen voelen meer druk rond de overstap naar het voortgezet onderwijs. Ouders zijn ' +
          'daar ook onzeker over.',
        JUDGE:
          'De basisschool heeft hier een rol, maar leerkrachten kunnen dit niet alleen oplossen.',
        IMPROVE:
          'Ja. Wij willen een programma tegen angst in alle groepen 7 en 8, samen met de GGD.',
      },
      veenmerenVo: {
        RECOGNISE: 'Ja, mentoren zien dit elke week. Er zijn meer ziekmeldingen door stress.',
        EXPLAIN:
          'Toetsdruk, sociale media en problemen thuis komen vaak samen. Lange wachttijden in de ' +
          'zorg maken het erger.',
        JUDGE:
          'Dit vraagt om actie. Leerlingen die te lang wachten, raken achter en vallen soms uit.',
        IMPROVE:
          'Ja. Met jeugdhulp op school kan een leerling binnen twee weken met iemand praten.',
      },
    },
  },
  verzuim: {
    theme: 'Schoolverzuim en thuiszitten',
    summary:
      'Het absoluut verzuim daalt, maar ligt in Noorderveen nog boven het landelijk niveau. ' +
      'Er zijn minder voortijdig schoolverlaters. Thuiszitters met complexe problemen wachten ' +
      'te lang op een passende plek.',
    indicators: ['verzuim', 'vsv'],
    signals: ['thuiszitters', 'ouderVragen'],
    answers: {
      haverdijk: {
        RECOGNISE: 'Ja. Onze leerplichtambtenaar ziet dat ouders vaak laat aan de bel trekken.',
        IMPROVE:
          'Ja. Wij willen ouders eerder informeren en bij verzuim sneller samen met de school ' +
          'in gesprek gaan.',
      },
      swv: {
        RECOGNISE: 'Ja. Op dit moment zitten twaalf leerlingen langer dan drie maanden thuis.',
        IMPROVE:
          'Ja, met een vaste thuiszitterstafel waar school, zorg en leerplicht binnen vier weken ' +
          'samen een plan maken.',
      },
    },
  },
  armoede: {
    theme: 'Armoede en de vraag naar jeugdhulp',
    summary:
      'In Noorderveen groeit meer dan één op de tien kinderen op in een gezin met een laag ' +
      'inkomen. Daar komen ook meer vragen binnen bij de toegang. Gezinnen met geldzorgen ' +
      'zoeken laat hulp.',
    indicators: ['armoede', 'jeugdhulp'],
    signals: ['geldzorgen'],
    answers: {
      noorderveen: {
        JUDGE: 'Wij vinden het niet goed dat geldzorgen de kansen van kinderen bepalen.',
        IMPROVE: 'Ja, maar er is nog geen gezamenlijke aanpak. Die willen we in 2025 uitwerken.',
      },
    },
  },
} satisfies Record<string, AnalysisSeed>;
type AnalysisKey = keyof typeof ANALYSES;

// ---------------------------------------------------------------------------------------------
// Bouwsteen 2: maatschappelijke resultaten

interface ResultIndicatorSeed {
  indicator: IndicatorKey;
  /** The baseline value is the mean of the three gemeenten in this year. */
  baselineYear: number;
  targetValue: number;
  targetYear: number;
  targetKind: TargetKind;
}

interface ResultSeed {
  statement: string;
  description: string;
  analyses: readonly AnalysisKey[];
  indicators: readonly ResultIndicatorSeed[];
}

const RESULTS = {
  // Off track on purpose: psychosocial problems keep rising while the target is lower.
  mentaal: {
    statement:
      'Kinderen en jongeren voelen zich mentaal gezond en weten wat ze kunnen doen als ze ' +
      'zich zorgen maken.',
    description:
      'Minder jongeren met psychosociale problemen, meer jongeren die zich gezond voelen.',
    analyses: ['mentaal'],
    indicators: [
      {
        indicator: 'psychosociaal',
        baselineYear: 2022,
        targetValue: 14,
        targetYear: 2028,
        targetKind: TargetKind.AMBITION,
      },
      {
        indicator: 'gezondheid',
        baselineYear: 2022,
        targetValue: 87,
        targetYear: 2028,
        targetKind: TargetKind.AMBITION,
      },
    ],
  },
  naarSchool: {
    statement:
      'Alle kinderen en jongeren gaan naar school. Niemand zit thuis zonder passend onderwijs.',
    description: 'Het absoluut verzuim daalt tot onder het landelijk niveau.',
    analyses: ['verzuim'],
    indicators: [
      {
        indicator: 'verzuim',
        baselineYear: 2023,
        targetValue: 1.8,
        targetYear: 2027,
        targetKind: TargetKind.NORM,
      },
    ],
  },
  startkwalificatie: {
    statement:
      'Jongeren verlaten het onderwijs met een startkwalificatie of gaan naar passend werk.',
    description: 'Minder jongeren verlaten school zonder diploma op minimaal mbo-2-niveau.',
    analyses: ['verzuim'],
    indicators: [
      {
        indicator: 'vsv',
        baselineYear: 2022,
        targetValue: 1.5,
        targetYear: 2028,
        targetKind: TargetKind.NORM,
      },
    ],
  },
  lichteHulp: {
    statement:
      'Gezinnen krijgen vroeg en dichtbij lichte hulp, zodat zware jeugdhulp minder vaak ' +
      'nodig is.',
    description: 'Hulp start eerder, in de wijk, op school en bij de huisarts.',
    analyses: ['mentaal', 'armoede'],
    indicators: [
      {
        indicator: 'jeugdhulp',
        baselineYear: 2023,
        targetValue: 10.5,
        targetYear: 2028,
        targetKind: TargetKind.AMBITION,
      },
    ],
  },
  // No activity contributes to this result yet: the gap the learning review acts on.
  armoede: {
    statement:
      'Kinderen groeien op zonder dat geldzorgen thuis hun kansen op school en in de vrije ' +
      'tijd beperken.',
    description: 'Minder kinderen groeien op in een gezin met een laag inkomen.',
    analyses: ['armoede'],
    indicators: [
      {
        indicator: 'armoede',
        baselineYear: 2022,
        targetValue: 6.5,
        targetYear: 2028,
        targetKind: TargetKind.AMBITION,
      },
    ],
  },
  meedoen: {
    statement:
      'Jongeren voelen zich gezond, bewegen genoeg en doen mee aan sport en vrije tijd in de wijk.',
    description: 'Meer jongeren noemen hun gezondheid goed en hebben een plek om elkaar te zien.',
    analyses: ['mentaal'],
    indicators: [
      {
        indicator: 'gezondheid',
        baselineYear: 2023,
        targetValue: 88,
        targetYear: 2028,
        targetKind: TargetKind.AMBITION,
      },
    ],
  },
} satisfies Record<string, ResultSeed>;
type ResultKey = keyof typeof RESULTS;

// ---------------------------------------------------------------------------------------------
// Bouwsteen 3–5: activiteiten, kwaliteit, outcome

/** Doelrealisatie %, beëindiging volgens plan %, cliënttevredenheid %, respondenten. */
type OutcomeFigures = readonly [number, number, number, number];

interface ActivitySeed {
  name: string;
  description: string;
  kind: ActivityKind;
  targetGroup: string;
  executor: OrganizationKey;
  evidence: EvidenceLevel;
  /** The seven criteria in EffectivenessCriterion order, one letter each (see RATING_CODES). */
  assessment: string;
  /** The seven checklist points in ChecklistPoint order (see CHECKLIST_CODES). */
  checklist: string;
  /** One letter per QUALITY_CHECKS entry (see QUALITY_CODES); '' when nobody checked yet. */
  quality: string;
  literature: readonly (readonly [citation: string, url: string | null])[];
  outcomes: { 2023: OutcomeFigures; 2024?: OutcomeFigures };
  /** Results it serves, with the answer to "hoe draagt dit bij?". */
  contributes: Partial<Record<ResultKey, string>>;
}

const DATABANK = 'https://www.nji.nl/interventies';

const ACTIVITIES = {
  jeugdhulpOpSchool: {
    name: 'Jeugdhulp op school',
    description: 'Een jeugdhulpverlener werkt vaste dagdelen op school en sluit aan bij de mentor.',
    kind: ActivityKind.CURATIVE,
    targetGroup:
      'Leerlingen in basis- en voortgezet onderwijs met beginnende psychische of ' +
      'gedragsproblemen, en hun ouders',
    executor: 'linde',
    evidence: EvidenceLevel.WELL_FOUNDED,
    assessment: 'MMMPPPM',
    checklist: 'CCCCCCC',
    quality: 'MMPMP',
    literature: [
      ['Nederlands Jeugdinstituut. Jeugdhulp op school: wat werkt?', 'https://www.nji.nl'],
    ],
    outcomes: { 2023: [64, 78, 81, 142], 2024: [69, 82, 84, 176] },
    contributes: {
      mentaal: 'Leerlingen krijgen snel hulp op een plek die ze kennen, voordat klachten groeien.',
      lichteHulp: 'Lichte hulp op school voorkomt een deel van de verwijzingen naar zware zorg.',
    },
  },
  pohJeugd: {
    name: 'Praktijkondersteuner jeugd bij de huisarts',
    description: 'Een praktijkondersteuner jeugd biedt korte begeleiding in de huisartsenpraktijk.',
    kind: ActivityKind.ACCESS,
    targetGroup:
      'Kinderen en jongeren van 0 tot 18 jaar die met psychosociale klachten bij de huisarts komen',
    executor: 'noorderveen',
    evidence: EvidenceLevel.WELL_FOUNDED,
    assessment: 'MMMPPMM',
    checklist: 'CCCCCCU',
    quality: 'MMMUP',
    literature: [
      ['Nederlands Jeugdinstituut. De praktijkondersteuner jeugd bij de huisarts.', null],
    ],
    outcomes: { 2023: [71, 85, 88, 210], 2024: [73, 86, 87, 254] },
    contributes: {
      mentaal: 'Jongeren met lichte klachten krijgen binnen twee weken een gesprek.',
      lichteHulp: 'Minder verwijzingen naar specialistische jeugd-ggz als korte hulp volstaat.',
    },
  },
  oza: {
    name: 'Onderwijs-zorgarrangement',
    description: 'Onderwijs en jeugdhulp in één programma, op of dichtbij de school.',
    kind: ActivityKind.CURATIVE,
    targetGroup:
      'Leerlingen met ernstige gedrags- of psychiatrische problemen die zonder extra zorg ' +
      'niet naar school kunnen',
    executor: 'swv',
    evidence: EvidenceLevel.WELL_FOUNDED,
    assessment: 'MPMPPUM',
    checklist: 'CCCCCUC',
    quality: 'MPMPP',
    literature: [],
    outcomes: { 2023: [52, 61, 74, 18], 2024: [58, 67, 76, 21] },
    contributes: {
      naarSchool: 'Leerlingen die anders thuis zouden zitten, blijven onderwijs volgen.',
    },
  },
  vrienden: {
    name: 'Preventieprogramma angst (Vrienden)',
    description: 'Tien groepsbijeenkomsten in de klas over gevoelens, angst en omgaan met zorgen.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup: 'Leerlingen in groep 7 en 8 en in de brugklas',
    executor: 'ggd',
    evidence: EvidenceLevel.EFFECTIVE_FIRST_INDICATIONS,
    assessment: 'MPPMMPM',
    checklist: 'CCCCCCC',
    quality: 'M-MXM',
    literature: [['Databank Effectieve Jeugdinterventies: VRIENDEN.', DATABANK]],
    outcomes: { 2023: [77, 91, 85, 310], 2024: [79, 93, 86, 355] },
    contributes: {
      mentaal: 'Kinderen leren omgaan met angst voordat er problemen ontstaan.',
    },
  },
  smw: {
    name: 'Schoolmaatschappelijk werk',
    description: 'Een schoolmaatschappelijk werker helpt leerlingen en ouders bij zorgen thuis.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup: 'Leerlingen in het basisonderwijs met zorgen thuis of op school, en hun ouders',
    executor: 'welzijn',
    evidence: EvidenceLevel.NONE,
    assessment: 'PMMDUPM',
    checklist: 'CCUCUCC',
    quality: 'PMUXN',
    literature: [['Movisie. Kennisbundel schoolmaatschappelijk werk.', 'https://www.movisie.nl']],
    outcomes: { 2023: [62, 84, 79, 96], 2024: [60, 83, 78, 104] },
    contributes: {
      mentaal: 'Zorgen van kinderen en ouders worden vroeg besproken.',
      naarSchool: 'Problemen thuis die tot verzuim leiden, worden eerder opgepakt.',
    },
  },
  loket: {
    name: 'Loket toegang jeugd',
    description: 'Eén telefoonnummer en inloopspreekuur voor alle vragen over opgroeien en hulp.',
    kind: ActivityKind.ACCESS,
    targetGroup: 'Ouders, kinderen en jongeren met een vraag over opvoeden, opgroeien of hulp',
    executor: 'haverdijk',
    evidence: EvidenceLevel.NONE,
    assessment: 'PMPDUMP',
    checklist: 'CCCCUCC',
    quality: 'MMMPX',
    literature: [],
    outcomes: { 2023: [80, 88, 72, 420], 2024: [78, 87, 70, 465] },
    contributes: {
      lichteHulp: 'Ouders vinden sneller de juiste, zo licht mogelijke hulp.',
    },
  },
  vve: {
    name: 'Voorschoolse educatie',
    description: 'Zestien uur per week een programma voor taal en ontwikkeling op de peutergroep.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup:
      'Peuters van 2,5 tot 4 jaar met een risico op een taal- of ontwikkelingsachterstand',
    executor: 'speelhuis',
    evidence: EvidenceLevel.EFFECTIVE_FIRST_INDICATIONS,
    assessment: 'MMPMMMM',
    checklist: 'CCCCCCC',
    quality: 'MMMXM',
    literature: [
      ['Databank Effectieve Jeugdinterventies: voor- en vroegschoolse educatie.', DATABANK],
      ['Onderwijskennis. Vroeg- en voorschoolse educatie.', 'https://www.onderwijskennis.nl'],
    ],
    outcomes: { 2023: [74, 92, 90, 188], 2024: [76, 94, 91, 195] },
    contributes: {
      naarSchool: 'Kinderen starten met een betere taalbasis en haken minder snel af.',
      startkwalificatie: 'Een goede start verkleint de kans op schooluitval later.',
    },
  },
  verzuimaanpak: {
    name: 'Verzuimaanpak met leerplicht',
    description: 'School en leerplicht gaan bij zorgwekkend verzuim binnen een week in gesprek.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup: 'Leerlingen met zorgwekkend of veel verzuim, en hun ouders',
    executor: 'lindewolde',
    evidence: EvidenceLevel.WELL_FOUNDED,
    assessment: 'MMMMPMP',
    checklist: 'CCCCCCU',
    quality: 'M-PXP',
    literature: [['Ingrado. Handreiking verzuimaanpak.', null]],
    outcomes: { 2023: [58, 70, 66, 87], 2024: [63, 74, 69, 92] },
    contributes: {
      naarSchool: 'Verzuim wordt vroeg besproken, voordat een leerling thuis komt te zitten.',
      startkwalificatie: 'Minder verzuim betekent minder kans op voortijdig schoolverlaten.',
    },
  },
  mazl: {
    name: 'Medische advisering van de ziekgemelde leerling (M@ZL)',
    description:
      'De jeugdarts ziet leerlingen met veel ziekteverzuim en adviseert school en ouders.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup: 'Leerlingen in voortgezet onderwijs en mbo met veel of zorgwekkend ziekteverzuim',
    executor: 'ggd',
    evidence: EvidenceLevel.EFFECTIVE_FIRST_INDICATIONS,
    assessment: 'MPMMMPM',
    checklist: 'CCCCCCC',
    quality: 'MMMXM',
    literature: [['Databank Effectieve Jeugdinterventies: M@ZL.', DATABANK]],
    outcomes: { 2023: [66, 79, 75, 134], 2024: [70, 81, 77, 149] },
    contributes: {
      naarSchool: 'Achter ziekmeldingen komen vaak andere zorgen; die worden zo zichtbaar.',
      startkwalificatie: 'Leerlingen met veel ziekteverzuim vallen minder vaak uit.',
    },
  },
  thuiszitterstafel: {
    name: 'Thuiszitterstafel',
    description: 'School, zorg en leerplicht maken samen binnen vier weken een plan per leerling.',
    kind: ActivityKind.ACCESS,
    targetGroup:
      'Leerlingen die langer dan vier weken thuiszitten of dreigen thuis te komen zitten',
    executor: 'swv',
    evidence: EvidenceLevel.NONE,
    assessment: 'MMMPUDP',
    checklist: 'CCUCUCN',
    quality: 'U-MPN',
    literature: [],
    outcomes: { 2023: [41, 55, 63, 12], 2024: [48, 60, 68, 15] },
    contributes: {
      naarSchool: 'Thuiszitters krijgen sneller een passende plek op school of in zorg.',
      startkwalificatie: 'Leerlingen die weer naar school gaan, kunnen alsnog een diploma halen.',
    },
  },
  rotsEnWater: {
    name: 'Weerbaarheidstraining Rots en Water',
    description:
      'Een training van acht lessen over grenzen stellen, zelfvertrouwen en samenwerken.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup: 'Leerlingen in de onderbouw van het voortgezet onderwijs',
    executor: 'veenmerenVo',
    evidence: EvidenceLevel.WELL_FOUNDED,
    assessment: 'MPPUMPM',
    checklist: 'CCCCUCC',
    quality: 'P-UXP',
    literature: [['Databank Effectieve Jeugdinterventies: Rots en Water.', DATABANK]],
    // No figures over 2024 yet: the outcome gap.
    outcomes: { 2023: [70, 88, 82, 240] },
    contributes: {
      mentaal: 'Leerlingen worden weerbaarder en voelen zich zekerder in de klas.',
      meedoen: 'De training versterkt het gevoel erbij te horen op school.',
    },
  },
  mst: {
    name: 'Multisysteemtherapie (MST)',
    description: 'Intensieve hulp thuis, gericht op gezin, school, vrienden en buurt.',
    kind: ActivityKind.CURATIVE,
    targetGroup: 'Jongeren van 12 tot 18 jaar met ernstig antisociaal gedrag, en hun gezin',
    executor: 'linde',
    evidence: EvidenceLevel.EFFECTIVE_STRONG_INDICATIONS,
    assessment: 'MPPMMMM',
    checklist: 'CCCCCCC',
    quality: 'MMMMM',
    literature: [
      ['Databank Effectieve Jeugdinterventies: Multisysteemtherapie (MST).', DATABANK],
      ['Nederlands Jeugdinstituut. Wat werkt bij gedragsproblemen.', 'https://www.nji.nl'],
    ],
    outcomes: { 2023: [61, 72, 78, 23], 2024: [64, 75, 80, 27] },
    contributes: {
      startkwalificatie:
        'Schoolgang is een vast doel in de behandeling; jongeren blijven op school.',
    },
  },
  mindfulness: {
    name: 'Mindfulnesstraining in de klas',
    description: 'Een externe trainer geeft korte oefeningen in aandacht en ontspanning.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup: 'Leerlingen in groep 5 tot en met 8',
    executor: 'kompas',
    evidence: EvidenceLevel.NONE,
    assessment: 'DUDUDDU',
    // Four unclear points: the checklist warns that the effect is doubtful.
    checklist: 'CUUCUCU',
    quality: '',
    literature: [['Artikel over mindfulness op school in een vakblad voor leerkrachten.', null]],
    outcomes: { 2023: [45, 80, 71, 85], 2024: [42, 76, 68, 80] },
    contributes: {
      mentaal: 'Bedoeld om stress te verminderen; het effect is nog niet aangetoond.',
    },
  },
  jgzOpSchool: {
    name: 'Jeugdverpleegkundige op school',
    description: 'Een wekelijks spreekuur van de jeugdverpleegkundige op elke vo-locatie.',
    kind: ActivityKind.ACCESS,
    targetGroup:
      'Leerlingen in het voortgezet onderwijs met vragen over gezondheid, leefstijl of welzijn',
    executor: 'ggd',
    evidence: EvidenceLevel.WELL_FOUNDED,
    assessment: 'MMMPMMM',
    checklist: 'CCCCCCC',
    quality: 'MMMUP',
    literature: [['NCJ. Richtlijnen Jeugdgezondheidszorg.', 'https://www.ncj.nl/richtlijnen']],
    outcomes: { 2023: [75, 90, 86, 265], 2024: [77, 91, 88, 290] },
    contributes: {
      mentaal: 'Leerlingen kunnen zonder drempel met zorgen terecht op school.',
      meedoen: 'Aandacht voor leefstijl, slaap en bewegen helpt jongeren zich gezonder te voelen.',
    },
  },
  sportInDeWijk: {
    name: 'Sport en vakantieactiviteiten in de wijk',
    description: 'Gratis sport- en spelactiviteiten na school en in de vakanties.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup: 'Jongeren van 10 tot 18 jaar die weinig buiten de deur komen',
    executor: 'welzijn',
    evidence: EvidenceLevel.NONE,
    assessment: 'PMPDUPP',
    checklist: 'CUCCUCC',
    quality: 'N-PXN',
    literature: [['Kenniscentrum Sport en Bewegen. Sport en bewegen in de buurt.', null]],
    outcomes: { 2023: [68, 86, 92, 150], 2024: [71, 88, 93, 171] },
    contributes: {
      meedoen: 'Jongeren bewegen meer en ontmoeten leeftijdgenoten in hun eigen wijk.',
    },
  },
  // Serves no result in this plan: the other gap.
  warmeOverdracht: {
    name: 'Warme overdracht van kinderopvang naar basisschool',
    description:
      'De pedagogisch medewerker bespreekt met ouders en school wat een kind nodig heeft.',
    kind: ActivityKind.PREVENTIVE,
    targetGroup: 'Peuters met een ontwikkelingsvraag die naar groep 1 gaan',
    executor: 'speelhuis',
    evidence: EvidenceLevel.NONE,
    assessment: 'PMDUUUP',
    checklist: 'CCUUNCN',
    quality: '',
    literature: [],
    outcomes: { 2023: [80, 95, 87, 40], 2024: [82, 96, 89, 44] },
    contributes: {},
  },
} satisfies Record<string, ActivitySeed>;
type ActivityKey = keyof typeof ACTIVITIES;

const RATING_CODES = {
  M: AssessmentRating.MEETS,
  P: AssessmentRating.PARTLY_MEETS,
  D: AssessmentRating.DOES_NOT_MEET,
  U: AssessmentRating.UNKNOWN,
};

const CHECKLIST_CODES = {
  C: ChecklistStatus.CLEAR,
  U: ChecklistStatus.UNCLEAR,
  N: ChecklistStatus.NOT_APPLICABLE,
};

/** '-' means this requirement was not checked for the activity. */
const QUALITY_CODES = {
  M: QualityStatus.MET,
  P: QualityStatus.PARTLY_MET,
  N: QualityStatus.NOT_MET,
  U: QualityStatus.UNKNOWN,
  X: QualityStatus.NOT_APPLICABLE,
  '-': null,
};

const QUALITY_CHECKS: readonly (readonly [QualityRequirement, QualityPerspective])[] = [
  [QualityRequirement.LEGAL_QUALITY_REQUIREMENTS, QualityPerspective.PROVIDER],
  [QualityRequirement.RESPONSIBLE_TASK_ALLOCATION, QualityPerspective.PROVIDER],
  [QualityRequirement.REPORTING_CODE, QualityPerspective.PROVIDER],
  [QualityRequirement.YOUTH_CARE_GUIDELINES, QualityPerspective.RECIPIENT],
  [QualityRequirement.RECOGNISED_INTERVENTION, QualityPerspective.FUNDER],
];

const ASSESSMENT_TEXT: Record<EffectivenessCriterion, Record<AssessmentRating, string>> = {
  GOAL_ORIENTED: {
    MEETS: 'Doel en doelgroep zijn helder en passen bij de maatschappelijke resultaten.',
    PARTLY_MEETS: 'Het doel is helder, maar de doelgroep is nog breed omschreven.',
    DOES_NOT_MEET: 'Het is niet duidelijk aan welk resultaat deze activiteit bijdraagt.',
    UNKNOWN: 'Nog niet besproken in het OOGO.',
  },
  LOCALLY_FITTING: {
    MEETS: 'Sluit aan bij wat scholen en wijken vragen en gebruikt lokaal aanbod.',
    PARTLY_MEETS: 'Past goed in de grotere kernen; in de kleine kernen is het aanbod beperkt.',
    DOES_NOT_MEET: 'Het aanbod is landelijk ingekocht en past slecht bij de lokale situatie.',
    UNKNOWN: 'Er is nog niet gevraagd hoe scholen en ouders dit ervaren.',
  },
  COHERENT: {
    MEETS: 'Goed verbonden met school, wijkteam en jeugdgezondheidszorg.',
    PARTLY_MEETS: 'Er is samenwerking, maar afspraken over doorverwijzen staan nog niet op papier.',
    DOES_NOT_MEET: 'Staat los van ander aanbod; er is geen afstemming met school of wijkteam.',
    UNKNOWN: 'Nog niet in beeld hoe dit aansluit op ander aanbod.',
  },
  LEARNING: {
    MEETS: 'Resultaten worden twee keer per jaar samen besproken en gebruikt om bij te sturen.',
    PARTLY_MEETS: 'Er worden cijfers verzameld, maar die worden nog niet samen besproken.',
    DOES_NOT_MEET: 'Er is geen evaluatie afgesproken.',
    UNKNOWN: 'Onbekend of er gegevens over resultaten worden bijgehouden.',
  },
  EVIDENCE_BASED: {
    MEETS: 'Erkend in de databank Effectieve Jeugdinterventies of goed onderbouwd.',
    PARTLY_MEETS: 'Er is een onderbouwing, maar onderzoek naar het effect ontbreekt nog.',
    DOES_NOT_MEET: 'Er is geen onderbouwing waarom deze aanpak zou werken.',
    UNKNOWN: 'De onderbouwing is nog niet opgevraagd bij de uitvoerder.',
  },
  SUSTAINABLE: {
    MEETS: 'Structureel betaald en vastgelegd in de meerjarige afspraken.',
    PARTLY_MEETS: 'Het geld loopt tot eind 2026; daarna is het nog onzeker.',
    DOES_NOT_MEET: 'Alleen tijdelijk geld; er zijn geen afspraken voor de lange termijn.',
    UNKNOWN: 'Nog niet duidelijk hoe dit na de proefperiode verder gaat.',
  },
  PROFESSIONALS_EQUIPPED: {
    MEETS: 'Uitvoerders zijn geschoold en krijgen supervisie of intervisie.',
    PARTLY_MEETS:
      'De meeste uitvoerders zijn geschoold; nieuwe medewerkers volgen de training nog.',
    DOES_NOT_MEET: 'Uitvoerders hebben geen training voor deze aanpak gehad.',
    UNKNOWN: 'Onbekend welke opleiding de uitvoerders hebben.',
  },
};

const CHECKLIST_TEXT: Record<ChecklistPoint, { CLEAR: string; UNCLEAR: string }> = {
  TARGET_GROUP: {
    CLEAR: 'De doelgroep is beschreven, met leeftijd en kenmerken.',
    UNCLEAR: 'De doelgroep is te breed; niet duidelijk voor welke leerlingen dit bedoeld is.',
  },
  GOALS: {
    CLEAR: 'De doelen zijn concreet en haalbaar in de duur van de interventie.',
    UNCLEAR: 'Veel doelen tegelijk; niet duidelijk wat het belangrijkste doel is.',
  },
  APPROACH: {
    CLEAR: 'Er is een handleiding met de duur, de onderdelen en de volgorde.',
    UNCLEAR: 'Er is geen handleiding; de invulling verschilt per uitvoerder.',
  },
  EXECUTORS: {
    CLEAR: 'Beschreven is wie het uitvoert en welke opleiding daarvoor nodig is.',
    UNCLEAR: 'Niet beschreven welke opleiding of ervaring uitvoerders nodig hebben.',
  },
  QUALITY_ASSURANCE: {
    CLEAR: 'Uitvoerders krijgen supervisie en de uitvoering wordt elk jaar getoetst.',
    UNCLEAR: 'Niet duidelijk of de interventie wordt uitgevoerd zoals bedoeld.',
  },
  PRECONDITIONS: {
    CLEAR: 'Duidelijk wat het vraagt aan tijd, ruimte en inzet van leerkrachten.',
    UNCLEAR: 'Onduidelijk hoeveel tijd leerkrachten en mentoren hiervoor moeten vrijmaken.',
  },
  COSTS: {
    CLEAR: 'De kosten per deelnemer zijn bekend en onderbouwd.',
    UNCLEAR: 'De uitvoerder kan de kosten nog niet onderbouwen.',
  },
};
const CHECKLIST_NOT_APPLICABLE = 'Niet van toepassing op deze activiteit.';

const QUALITY_TEXT: Record<
  QualityRequirement,
  { MET: string; PARTLY_MET: string; NOT_MET: string }
> = {
  LEGAL_QUALITY_REQUIREMENTS: {
    MET: 'Alle medewerkers staan in het SKJ- of BIG-register; gecontroleerd in de jaarrapportage.',
    PARTLY_MET: 'Twee nieuwe medewerkers hebben hun SKJ-registratie nog niet afgerond.',
    NOT_MET: 'Registratie van de medewerkers is niet aangetoond.',
  },
  RESPONSIBLE_TASK_ALLOCATION: {
    MET: 'Geregistreerde professionals doen de taken die de norm aan hen toewijst.',
    PARTLY_MET:
      'Voor een deel van de taken is niet vastgelegd of een geregistreerde professional nodig is.',
    NOT_MET: 'Er is geen afweging gemaakt over verantwoorde werktoedeling.',
  },
  REPORTING_CODE: {
    MET: 'De meldcode is ingevoerd; medewerkers volgden in 2024 een opfriscursus.',
    PARTLY_MET: 'De meldcode is bekend, maar er is geen aandachtsfunctionaris aangewezen.',
    NOT_MET: 'Medewerkers kennen de meldcode kindermishandeling en huiselijk geweld onvoldoende.',
  },
  YOUTH_CARE_GUIDELINES: {
    MET: 'Ouders en jongeren zijn betrokken bij het hulpplan, zoals de richtlijn vraagt.',
    PARTLY_MET: 'Ouders zijn betrokken bij het plan, jongeren zelf nog te weinig.',
    NOT_MET: 'Ouders zeggen dat zij niet betrokken zijn bij het plan.',
  },
  RECOGNISED_INTERVENTION: {
    MET: 'Erkend in de databank Effectieve Jeugdinterventies.',
    PARTLY_MET: 'Goed onderbouwd, maar nog niet erkend als effectief.',
    NOT_MET: 'Niet erkend; de financier vraagt de uitvoerder om een onderbouwing.',
  },
};
const QUALITY_UNKNOWN = 'Nog niet nagegaan; staat op de agenda van het volgende overleg.';
const QUALITY_NOT_APPLICABLE = 'Niet van toepassing op deze activiteit.';

// ---------------------------------------------------------------------------------------------
// Bouwsteen 6: leren en verbeteren

interface ImprovementActionSeed {
  title: string;
  description: string;
  result: ResultKey | null;
  activity: ActivityKey | null;
  owner: OrganizationKey;
  ownerName: string;
  dueDate: string;
  status: ImprovementActionStatus;
}

const LEARNING_REVIEW = {
  title: 'Leer- en verbetersessie voorjaar 2025',
  heldOn: '2025-04-10',
  summary:
    'Eerste gezamenlijke sessie over de uitvoering van de agenda. We bespraken de cijfers over ' +
    '2024 en de outcome van de activiteiten. Psychosociale problemen stijgen nog steeds. ' +
    'Jeugdhulp op school en de praktijkondersteuner jeugd laten goede resultaten zien.',
  decisions:
    'Jeugdhulp op school komt op alle locaties voor voortgezet onderwijs. De mindfulnesstraining ' +
    'stopt, tenzij de uitvoerder vóór de zomer een onderbouwing levert. Noorderveen werkt een ' +
    'aanpak voor kinderen in armoede uit.',
  answers: {
    noorderveen: {
      RECOGNISE: 'Ja. De cijfers over 2024 passen bij wat het wijkteam ziet.',
      EXPLAIN: 'De lichte hulp werkt, maar de vraag groeit sneller dan het aanbod.',
      JUDGE: 'We zijn tevreden over de samenwerking, niet over de wachttijden.',
      IMPROVE: 'Ja, we willen meer uren voor de praktijkondersteuner jeugd.',
    },
    veenmerenVo: {
      RECOGNISE: 'Ja. Leerlingen die jeugdhulp op school kregen, verzuimen minder.',
      EXPLAIN: 'Korte lijnen tussen mentor en jeugdhulpverlener maken het verschil.',
      JUDGE: 'Dit is de goede weg, maar nog niet op alle locaties.',
      IMPROVE: 'Ja, met jeugdhulp op school op alle locaties vanaf het schooljaar 2025–2026.',
    },
    ggd: {
      RECOGNISE: 'Grotendeels. Onze monitor laat dezelfde stijging zien.',
      EXPLAIN: 'Het effect van preventie zie je pas na een paar jaar terug in de cijfers.',
      JUDGE: 'We moeten geduld hebben met preventie en tegelijk blijven meten.',
      IMPROVE: 'Ja, door Vrienden op meer basisscholen aan te bieden.',
    },
    linde: {
      RECOGNISE: 'Ja. De wachtlijst voor ambulante hulp is wel korter geworden.',
      EXPLAIN: 'Omdat we op school werken, komen jongeren eerder bij ons en is de hulp lichter.',
      JUDGE: 'Positief, al missen we nog een gezamenlijke registratie van resultaten.',
      IMPROVE: 'Ja, wij willen met de scholen één manier van outcome meten afspreken.',
    },
  } satisfies Answers,
  actions: [
    {
      title: 'Jeugdhulp op school uitbreiden naar alle vo-locaties',
      description:
        'Vanaf het schooljaar 2025–2026 heeft elke locatie van de scholengroep een vaste ' +
        'jeugdhulpverlener.',
      result: 'mentaal',
      activity: 'jeugdhulpOpSchool',
      owner: 'veenmerenVo',
      ownerName: 'Coördinator zorg en ondersteuning',
      dueDate: '2025-09-01',
      status: ImprovementActionStatus.IN_PROGRESS,
    },
    {
      title: 'Onderbouwing mindfulnesstraining opvragen',
      description:
        'De uitvoerder levert vóór de zomer een onderbouwing. Zonder onderbouwing stopt de ' +
        'training na dit schooljaar.',
      result: null,
      activity: 'mindfulness',
      owner: 'kompas',
      ownerName: 'Beleidsmedewerker passend onderwijs',
      dueDate: '2025-07-01',
      status: ImprovementActionStatus.PLANNED,
    },
    {
      title: 'Aanpak voor kinderen in armoede uitwerken',
      description:
        'Er is nog geen activiteit voor dit resultaat. Noorderveen maakt met het wijkteam en ' +
        'de scholen een voorstel.',
      result: 'armoede',
      activity: null,
      owner: 'noorderveen',
      ownerName: 'Beleidsadviseur jeugd',
      dueDate: '2025-10-01',
      status: ImprovementActionStatus.PLANNED,
    },
    {
      title: 'Overbruggingsaanbod bij wachttijd jeugd-ggz',
      description:
        'Jongeren op de wachtlijst krijgen gesprekken met de praktijkondersteuner jeugd tot de ' +
        'behandeling start.',
      result: 'lichteHulp',
      activity: 'pohJeugd',
      owner: 'linde',
      ownerName: 'Teamleider ambulante hulp',
      dueDate: '2025-06-01',
      status: ImprovementActionStatus.DONE,
    },
  ] satisfies ImprovementActionSeed[],
};

// ---------------------------------------------------------------------------------------------
// Insertion

function keysOf<T extends object>(record: T): (keyof T & string)[] {
  return Object.keys(record) as (keyof T & string)[];
}

function byKey<K extends string>(keys: readonly K[], ids: readonly string[]): Record<K, string> {
  return Object.fromEntries(keys.map((key, index) => [key, ids[index]])) as Record<K, string>;
}

/** Reads a compact letter code such as 'MMPU' into values; null stands for "leave out". */
function decode<T>(code: string, letters: Record<string, T | null>, length: number): (T | null)[] {
  if (code.length !== length) throw new Error(`Code ${code} should have ${length} letters`);
  return [...code].map((letter) => {
    if (!(letter in letters)) throw new Error(`Unknown letter ${letter} in code ${code}`);
    return letters[letter];
  });
}

function areaCode(area: Area): string {
  return area === 'NL01' ? area : ORGANIZATIONS[area].code;
}

/** Yearly figures per indicator and area: a straight trend with a little deterministic noise. */
function regionFigures(): Map<string, number> {
  const random = seededRandom(2025);
  const figures = new Map<string, number>();
  for (const key of keysOf(INDICATORS)) {
    const indicator: IndicatorSeed = INDICATORS[key];
    for (const area of AREAS) {
      const [first, perYear] = indicator.trend[area];
      for (const year of MEASUREMENT_YEARS) {
        const noise = (random() - 0.5) * Math.abs(perYear) * 0.8;
        const value = first + perYear * (year - MEASUREMENT_YEARS[0]) + noise;
        figures.set(`${key}|${area}|${year}`, round(value, indicator.decimals));
      }
    }
  }
  return figures;
}

function answerRows(
  planId: string,
  subject: { analysisId: string } | { learningReviewId: string },
  answers: Answers,
  organizationId: Record<OrganizationKey, string>,
): SqlRow[] {
  const analysisId = 'analysisId' in subject ? subject.analysisId : null;
  const reviewId = 'learningReviewId' in subject ? subject.learningReviewId : null;
  return keysOf(answers).flatMap((organization) => {
    const byQuestion = answers[organization] ?? {};
    return keysOf(byQuestion).map((question): SqlRow => [
      planId,
      analysisId,
      reviewId,
      organizationId[organization],
      question,
      byQuestion[question] ?? '',
    ]);
  });
}

const ANSWER_COLUMNS = [
  'plan_id',
  'analysis_id',
  'learning_review_id',
  'organization_id',
  'question',
  'answer',
];

/**
 * Inserts the fictional Regio Veenmeren with a complete plan (all six bouwstenen) inside the
 * caller's transaction, and gives the plan id. Organizations that already exist are reused, so
 * it can run again in the same database and then makes a second plan.
 */
export async function seedDemoRegion(manager: EntityManager): Promise<string> {
  const organizationKeys = keysOf(ORGANIZATIONS);
  const organizationIds = await ensureOrganizations(
    manager,
    organizationKeys.map((key) => ORGANIZATIONS[key]),
  );
  const organizationId = byKey(organizationKeys, organizationIds);
  const planId = await insertPlan(manager, PLAN, organizationIds);

  // Bouwsteen 1: indicators, measurements, signals, analyses.
  const indicatorKeys = keysOf(INDICATORS);
  const indicatorId = byKey(
    indicatorKeys,
    await insertReturningIds(
      manager,
      'indicator',
      ['plan_id', 'name', 'unit', 'source', 'description', 'better_direction'],
      indicatorKeys.map((key) => {
        const { name, unit, source, description, betterDirection } = INDICATORS[key];
        return [planId, name, unit, source, description, betterDirection];
      }),
      'name',
    ),
  );

  const figures = regionFigures();
  await insertRows(
    manager,
    'measurement',
    [
      'plan_id',
      'indicator_id',
      'area_code',
      'period',
      'period_start',
      'period_end',
      'value',
      'source',
      'measured_on',
    ],
    indicatorKeys.flatMap((key) =>
      AREAS.flatMap((area) =>
        MEASUREMENT_YEARS.map((year): SqlRow => {
          const period = yearPeriod(year);
          return [
            planId,
            indicatorId[key],
            areaCode(area),
            period.code,
            period.start,
            period.end,
            figures.get(`${key}|${area}|${year}`) ?? null,
            INDICATORS[key].source,
            `${year + 1}-04-01`,
          ];
        }),
      ),
    ),
  );

  const signalKeys = keysOf(SIGNALS);
  const signalId = byKey(
    signalKeys,
    await insertReturningIds(
      manager,
      'signal',
      ['plan_id', 'title', 'description', 'raised_by', 'organization_id', 'observed_on'],
      signalKeys.map((key) => {
        const signal: SignalSeed = SIGNALS[key];
        const organization = signal.organization ? organizationId[signal.organization] : null;
        return [
          planId,
          signal.title,
          signal.description,
          signal.raisedBy,
          organization,
          signal.observedOn,
        ];
      }),
      'title',
    ),
  );

  const analysisKeys = keysOf(ANALYSES);
  const analysisId = byKey(
    analysisKeys,
    await insertReturningIds(
      manager,
      'analysis',
      ['plan_id', 'theme', 'summary'],
      analysisKeys.map((key) => [planId, ANALYSES[key].theme, ANALYSES[key].summary]),
      'theme',
    ),
  );
  const analyses = analysisKeys.map((key): [AnalysisKey, AnalysisSeed] => [key, ANALYSES[key]]);
  await insertRows(
    manager,
    'analysis_indicator',
    ['plan_id', 'analysis_id', 'indicator_id'],
    analyses.flatMap(([key, analysis]) =>
      analysis.indicators.map((indicator) => [planId, analysisId[key], indicatorId[indicator]]),
    ),
  );
  await insertRows(
    manager,
    'analysis_signal',
    ['plan_id', 'analysis_id', 'signal_id'],
    analyses.flatMap(([key, analysis]) =>
      analysis.signals.map((signal) => [planId, analysisId[key], signalId[signal]]),
    ),
  );

  // Bouwsteen 2: results with their effect indicators.
  const resultKeys = keysOf(RESULTS);
  const results = resultKeys.map((key): [ResultKey, ResultSeed] => [key, RESULTS[key]]);
  const resultId = byKey(
    resultKeys,
    await insertReturningIds(
      manager,
      'societal_result',
      ['plan_id', 'statement', 'description'],
      results.map(([, result]) => [planId, result.statement, result.description]),
      'statement',
    ),
  );
  await insertRows(
    manager,
    'societal_result_analysis',
    ['plan_id', 'societal_result_id', 'analysis_id'],
    results.flatMap(([key, result]) =>
      result.analyses.map((analysis) => [planId, resultId[key], analysisId[analysis]]),
    ),
  );
  await insertRows(
    manager,
    'result_indicator',
    [
      'plan_id',
      'societal_result_id',
      'indicator_id',
      'baseline_value',
      'baseline_year',
      'target_value',
      'target_year',
      'target_kind',
      'direction',
    ],
    results.flatMap(([key, result]) =>
      result.indicators.map((target): SqlRow => {
        const indicator: IndicatorSeed = INDICATORS[target.indicator];
        const baseline = round(
          mean(
            GEMEENTEN.map(
              (g) => figures.get(`${target.indicator}|${g}|${target.baselineYear}`) ?? 0,
            ),
          ),
          indicator.decimals,
        );
        const direction =
          indicator.betterDirection === BetterDirection.HIGHER
            ? TargetDirection.INCREASE
            : TargetDirection.DECREASE;
        const improves =
          direction === TargetDirection.INCREASE
            ? target.targetValue > baseline
            : target.targetValue < baseline;
        if (!improves) throw new Error(`Target for ${key} does not improve on ${baseline}`);
        return [
          planId,
          resultId[key],
          indicatorId[target.indicator],
          baseline,
          target.baselineYear,
          target.targetValue,
          target.targetYear,
          target.targetKind,
          direction,
        ];
      }),
    ),
  );

  // Bouwsteen 3: activities and everything hanging off them.
  const activityKeys = keysOf(ACTIVITIES);
  const activities = activityKeys.map((key): [ActivityKey, ActivitySeed] => [key, ACTIVITIES[key]]);
  const activityId = byKey(
    activityKeys,
    await insertReturningIds(
      manager,
      'activity',
      [
        'plan_id',
        'name',
        'description',
        'kind',
        'target_group',
        'executor_organization_id',
        'evidence_level',
      ],
      activities.map(([, activity]) => [
        planId,
        activity.name,
        activity.description,
        activity.kind,
        activity.targetGroup,
        organizationId[activity.executor],
        activity.evidence,
      ]),
      'name',
    ),
  );

  await insertRows(
    manager,
    'contribution',
    ['plan_id', 'activity_id', 'societal_result_id', 'rationale'],
    activities.flatMap(([key, activity]) =>
      keysOf(activity.contributes).map((result) => [
        planId,
        activityId[key],
        resultId[result],
        activity.contributes[result] ?? '',
      ]),
    ),
  );

  await insertRows(
    manager,
    'literature_reference',
    ['plan_id', 'activity_id', 'citation', 'url'],
    activities.flatMap(([key, activity]) =>
      activity.literature.map(([citation, url]) => [planId, activityId[key], citation, url]),
    ),
  );

  const criteria = Object.values(EffectivenessCriterion);
  await insertRows(
    manager,
    'activity_assessment',
    ['plan_id', 'activity_id', 'criterion', 'rating', 'explanation'],
    activities.flatMap(([key, activity]) =>
      decode(activity.assessment, RATING_CODES, criteria.length).map((rating, index) => {
        const criterion = criteria[index];
        const text = rating ? ASSESSMENT_TEXT[criterion][rating] : '';
        return [planId, activityId[key], criterion, rating, text];
      }),
    ),
  );

  const points = Object.values(ChecklistPoint);
  await insertRows(
    manager,
    'intervention_checklist_item',
    ['plan_id', 'activity_id', 'point', 'status', 'explanation'],
    activities.flatMap(([key, activity]) =>
      decode(activity.checklist, CHECKLIST_CODES, points.length).map((status, index) => {
        const point = points[index];
        const text =
          status === ChecklistStatus.CLEAR || status === ChecklistStatus.UNCLEAR
            ? CHECKLIST_TEXT[point][status]
            : CHECKLIST_NOT_APPLICABLE;
        return [planId, activityId[key], point, status, text];
      }),
    ),
  );

  // Bouwsteen 4: quality checks.
  await insertRows(
    manager,
    'quality_check',
    ['plan_id', 'activity_id', 'requirement', 'perspective', 'status', 'evidence'],
    activities.flatMap(([key, activity]) => {
      if (activity.quality === '') return [];
      return decode(activity.quality, QUALITY_CODES, QUALITY_CHECKS.length).flatMap(
        (status, index): SqlRow[] => {
          if (!status) return [];
          const [requirement, perspective] = QUALITY_CHECKS[index];
          const evidence =
            status === QualityStatus.UNKNOWN
              ? QUALITY_UNKNOWN
              : status === QualityStatus.NOT_APPLICABLE
                ? QUALITY_NOT_APPLICABLE
                : QUALITY_TEXT[requirement][status];
          return [[planId, activityId[key], requirement, perspective, status, evidence]];
        },
      );
    }),
  );

  // Bouwsteen 5: outcome per activity and year.
  await insertRows(
    manager,
    'outcome_measurement',
    [
      'plan_id',
      'activity_id',
      'period',
      'period_start',
      'period_end',
      'goal_realisation_pct',
      'planned_termination_pct',
      'client_satisfaction_pct',
      'respondents',
      'note',
    ],
    activities.flatMap(([key, activity]) =>
      ([2023, 2024] as const).flatMap((year): SqlRow[] => {
        const figuresOfYear = activity.outcomes[year];
        if (!figuresOfYear) return [];
        const period = yearPeriod(year);
        const note = `Jaarrapportage ${ORGANIZATIONS[activity.executor].name}.`;
        return [
          [planId, activityId[key], period.code, period.start, period.end, ...figuresOfYear, note],
        ];
      }),
    ),
  );

  // Bouwsteen 6: a learning review with its answers and improvement actions.
  const [{ id: learningReviewId }] = await insertRows<{ id: string }>(
    manager,
    'learning_review',
    ['plan_id', 'title', 'held_on', 'summary', 'decisions'],
    [
      [
        planId,
        LEARNING_REVIEW.title,
        LEARNING_REVIEW.heldOn,
        LEARNING_REVIEW.summary,
        LEARNING_REVIEW.decisions,
      ],
    ],
    'id',
  );
  await insertRows(manager, 'reflection_answer', ANSWER_COLUMNS, [
    ...analyses.flatMap(([key, analysis]) =>
      answerRows(planId, { analysisId: analysisId[key] }, analysis.answers, organizationId),
    ),
    ...answerRows(planId, { learningReviewId }, LEARNING_REVIEW.answers, organizationId),
  ]);
  await insertRows(
    manager,
    'improvement_action',
    [
      'plan_id',
      'learning_review_id',
      'societal_result_id',
      'activity_id',
      'title',
      'description',
      'owner_organization_id',
      'owner_name',
      'due_date',
      'status',
    ],
    LEARNING_REVIEW.actions.map((action: ImprovementActionSeed) => [
      planId,
      learningReviewId,
      action.result ? resultId[action.result] : null,
      action.activity ? activityId[action.activity] : null,
      action.title,
      action.description,
      organizationId[action.owner],
      action.ownerName,
      action.dueDate,
      action.status,
    ]),
  );

  return planId;
}
