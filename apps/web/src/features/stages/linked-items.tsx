import { Heading5, Link, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../ui/app-link';

/**
 * The items an item points at (e.g. the figures an analysis looks at), as links: `#item-<id>`
 * on this page, or a path to another bouwsteen's page. Without any, a gap in words.
 */
export function LinkedItems({
  title,
  empty,
  items,
}: {
  title: string;
  empty: string;
  items: readonly { id: string; label: string; to: string }[];
}) {
  return (
    <>
      <Heading5 className="oogo-subheading">{title}</Heading5>
      {items.length === 0 ? (
        <Paragraph className="oogo-gap-text">{empty}</Paragraph>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              {item.to.startsWith('#') ? (
                <Link href={item.to}>{item.label}</Link>
              ) : (
                <AppLink to={item.to}>{item.label}</AppLink>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
