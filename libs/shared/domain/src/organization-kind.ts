/** gemeente, schoolbestuur or partner (samenwerkingsverband, kinderopvang, GGD, jeugdhulp …). */
export const OrganizationKind = {
  GEMEENTE: 'GEMEENTE',
  SCHOOLBESTUUR: 'SCHOOLBESTUUR',
  PARTNER: 'PARTNER',
} as const;

export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];
