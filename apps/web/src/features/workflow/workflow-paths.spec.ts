import { comparedVersions, comparePath, versionPath, workflowPath } from './workflow-paths';

describe('workflow paths', () => {
  it('builds the addresses of the workflow pages', () => {
    expect(workflowPath('p')).toBe('/plannen/p/akkoord');
    expect(versionPath('p', 's')).toBe('/plannen/p/akkoord/versies/s');
    expect(comparePath('p', 's1', 's2')).toBe('/plannen/p/akkoord/vergelijken?van=s1&naar=s2');
    expect(comparePath('p', 's1', null)).toBe('/plannen/p/akkoord/vergelijken?van=s1&naar=nu');
  });

  it('reads the compared versions back; "nu" or nothing is the plan as it is now', () => {
    expect(comparedVersions(new URLSearchParams('van=s1&naar=s2'))).toEqual({
      from: 's1',
      to: 's2',
    });
    expect(comparedVersions(new URLSearchParams('van=s1&naar=nu'))).toEqual({
      from: 's1',
      to: null,
    });
    expect(comparedVersions(new URLSearchParams(''))).toEqual({ from: null, to: null });
  });
});
