import { addTexts } from '../../i18n/add-texts';

/** The AVG download of an organisation's own data, for its admins (B1). */
export const organizationDataNl = {
  title: 'Gegevens van uw organisatie',
  intro:
    'U bent beheerder van deze organisatie. U kunt alles downloaden wat uw organisatie in OOGO Werkplaats heeft ingebracht, in alle plannen. Dat is uw recht volgens de AVG. Het bestand bevat ook namen en e-mailadressen van uw mensen: bewaar het veilig. Wij houden bij wie het bestand downloadt.',
  download: 'Gegevens van mijn organisatie downloaden (AVG): {{name}} (JSON)',
} as const;

addTexts({ organizationData: organizationDataNl });
