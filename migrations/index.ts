import { CreateOrganization1764000000000 } from './1764000000000-create-organization';
import { CreatePlanningDomain1764100000000 } from './1764100000000-create-planning-domain';
import { CreateAccess1764200000000 } from './1764200000000-create-access';
import { CreateAuditTrail1764300000000 } from './1764300000000-create-audit-trail';
import { CreateInvitation1764400000000 } from './1764400000000-create-invitation';

/** Every migration, oldest first. The api bundle needs them listed, not found by glob. */
export const migrations = [
  CreateOrganization1764000000000,
  CreatePlanningDomain1764100000000,
  CreateAccess1764200000000,
  CreateAuditTrail1764300000000,
  CreateInvitation1764400000000,
];
