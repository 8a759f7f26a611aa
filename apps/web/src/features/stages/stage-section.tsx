import { Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './stage-section.css';

/** One part of a bouwsteen page (e.g. "Signalen uit de praktijk"), reachable as `#<id>`. */
export function StageSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section id={id} className="oogo-stage-section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <Heading3 id={`${id}-title`}>{title}</Heading3>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </section>
  );
}

/** "Op deze pagina": links to the parts of a long bouwsteen page. */
export function OnThisPage({ sections }: { sections: readonly { id: string; title: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav className="oogo-on-this-page" aria-label={t('stages.onThisPage')}>
      <p className="oogo-on-this-page__title" aria-hidden="true">
        {t('stages.onThisPage')}
      </p>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <Link href={`#${section.id}`}>{section.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
