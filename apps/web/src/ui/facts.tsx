import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  /** Something missing in the chain (e.g. no owner yet): marked with a warning sign. */
  gap?: boolean;
}

/** An item's facts as a description list ("Eigenaar: …"); left-out facts (false) are skipped. */
export function Facts({ facts }: { facts: readonly (Fact | false | null | undefined | '')[] }) {
  const shown = facts.filter((fact): fact is Fact => !!fact);
  if (!shown.length) return null;
  return (
    <dl className="oogo-facts">
      {shown.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd className={fact.gap ? 'oogo-gap-text' : undefined}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
