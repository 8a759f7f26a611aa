import { qualityRow, sortChecks, type CheckLike } from './quality-matrix';

describe('quality overview', () => {
  const checks: CheckLike[] = [
    { requirement: 'RECOGNISED_INTERVENTION', perspective: 'FUNDER', status: 'MET' },
    { requirement: 'LEGAL_QUALITY_REQUIREMENTS', perspective: 'FUNDER', status: 'UNKNOWN' },
    { requirement: 'LEGAL_QUALITY_REQUIREMENTS', perspective: 'RECIPIENT', status: 'NOT_MET' },
  ];

  it('sorts by requirement in the order of the bouwsteen, then by perspective', () => {
    expect(sortChecks(checks).map((check) => [check.requirement, check.perspective])).toEqual([
      ['LEGAL_QUALITY_REQUIREMENTS', 'RECIPIENT'],
      ['LEGAL_QUALITY_REQUIREMENTS', 'FUNDER'],
      ['RECOGNISED_INTERVENTION', 'FUNDER'],
    ]);
  });

  it('gives every requirement a cell, empty where nothing was checked', () => {
    const row = qualityRow(checks);
    expect(row.map((cell) => [cell.requirement, cell.checks.length])).toEqual([
      ['LEGAL_QUALITY_REQUIREMENTS', 2],
      ['RESPONSIBLE_TASK_ALLOCATION', 0],
      ['REPORTING_CODE', 0],
      ['YOUTH_CARE_GUIDELINES', 0],
      ['RECOGNISED_INTERVENTION', 1],
    ]);
    expect(row[0]?.checks.map((check) => check.status)).toEqual(['NOT_MET', 'UNKNOWN']);
  });
});
