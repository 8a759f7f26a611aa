import { PlanRole } from '@oogo/shared-domain';
import type { OutgoingMail } from '../mail/mailer';

/** What each role may do, in the words the people in the room use (B1). */
const ROLE_IN_DUTCH: Record<PlanRole, string> = {
  COORDINATOR: 'coördinator: u beheert het plan en wie eraan meedoet',
  EDITOR: 'bewerker: u kunt alle onderdelen van het plan aanpassen',
  CONTRIBUTOR: 'bijdrager: u kunt overal reageren en de onderdelen van uw organisatie aanpassen',
  VIEWER: 'lezer: u kunt het plan bekijken',
};

export function invitationMail(invitation: {
  to: string;
  planTitle: string;
  role: PlanRole;
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const until = invitation.expiresAt.toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
  return {
    to: invitation.to,
    subject: `Uitnodiging: ${invitation.planTitle}`,
    text: [
      'Goedendag,',
      '',
      `U bent uitgenodigd om mee te werken aan het plan "${invitation.planTitle}" in OOGO Werkplaats.`,
      `Uw rol is ${ROLE_IN_DUTCH[invitation.role]}.`,
      '',
      'Open deze link om mee te doen:',
      invitation.link,
      '',
      `De link werkt één keer en is geldig tot en met ${until}.`,
      'Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.',
    ].join('\n'),
  };
}
