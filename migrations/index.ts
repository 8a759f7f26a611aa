import { CreateOrganization1764000000000 } from './1764000000000-create-organization';
import { CreatePlanningDomain1764100000000 } from './1764100000000-create-planning-domain';
import { CreateAccess1764200000000 } from './1764200000000-create-access';
import { CreateAuditTrail1764300000000 } from './1764300000000-create-audit-trail';
import { CreateInvitation1764400000000 } from './1764400000000-create-invitation';
import { AuditSignIn1764500000000 } from './1764500000000-audit-sign-in';
import { CreateUserIdentity1764600000000 } from './1764600000000-create-user-identity';
import { CreatePlanEvents1764700000000 } from './1764700000000-create-plan-events';
import { CreateComments1764800000000 } from './1764800000000-create-comments';
import { CreateOogoWorkflow1764900000000 } from './1764900000000-create-oogo-workflow';
import { CreatePresence1765000000000 } from './1765000000000-create-presence';
import { AuditItemLabel1765100000000 } from './1765100000000-audit-item-label';
import { RevokeInvitation1765200000000 } from './1765200000000-revoke-invitation';
import { CreateFigureImport1765310000000 } from './1765310000000-create-figure-import';

/** Every migration, oldest first. The api bundle needs them listed, not found by glob. */
export const migrations = [
  CreateOrganization1764000000000,
  CreatePlanningDomain1764100000000,
  CreateAccess1764200000000,
  CreateAuditTrail1764300000000,
  CreateInvitation1764400000000,
  AuditSignIn1764500000000,
  CreateUserIdentity1764600000000,
  CreatePlanEvents1764700000000,
  CreateComments1764800000000,
  CreateOogoWorkflow1764900000000,
  CreatePresence1765000000000,
  AuditItemLabel1765100000000,
  RevokeInvitation1765200000000,
  CreateFigureImport1765310000000,
];
