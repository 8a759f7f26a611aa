import { CreateOrganization1764000000000 } from './1764000000000-create-organization';

/** Every migration, oldest first. The api bundle needs them listed, not found by glob. */
export const migrations = [CreateOrganization1764000000000];
