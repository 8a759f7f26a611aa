import { InputType } from '@nestjs/graphql';
import { OrganizationKind } from '@oogo/shared-domain';
import { EnumField, TextField, UpdateInputOf } from '../common/input-fields';

@InputType()
export class CreateOrganizationInput {
  @EnumField(OrganizationKind, { required: true }) kind!: OrganizationKind;
  @TextField(200, { required: true }) name!: string;
  @TextField(20, {
    nullable: true,
    description:
      'CBS gemeentecode (GM0363) for a gemeente, bestuursnummer (5 digits) for a schoolbestuur.',
  })
  code?: string | null;
}

@InputType()
export class UpdateOrganizationInput extends UpdateInputOf(CreateOrganizationInput) {}
