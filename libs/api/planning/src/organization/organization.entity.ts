import { OrganizationKind } from '@oogo/shared-domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A gemeente, schoolbestuur or partner taking part in plans. */
@Entity({ name: 'organization' })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Column({ type: 'text' })
  name!: string;

  /** CBS gemeentecode (`GM0363`) for a gemeente, bestuursnummer for a schoolbestuur. */
  @Column({ type: 'text', nullable: true })
  code!: string | null;

  /** Bumped by every update; updates are conditional on it (see DESIGN.md, Writes). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
