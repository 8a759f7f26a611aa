import { createElement, forwardRef, type ReactNode } from 'react';

/**
 * Plain HTML stand-ins for '@utrecht/component-library-react', which ships as ES modules only
 * (with CSS imports) and does not load under jest. Component tests check the app's logic and
 * accessible names, not the design system's looks:
 * `jest.mock('@utrecht/component-library-react', () => jest.requireActual('…/nl-design-system.mock'))`.
 */
type Props = Record<string, unknown> & { children?: ReactNode };

function stand(tag: string, fixed: Record<string, unknown> = {}) {
  const Component = forwardRef<HTMLElement, Props>(function Component(
    // Design-system props that are no HTML attributes.
    { invalid, appearance, hint, inputRequired, small, lead, indeterminate, status, ...props },
    ref,
  ) {
    void [invalid, appearance, hint, inputRequired, small, lead, indeterminate, status];
    if (tag !== 'input' && tag !== 'button') delete props['type'];
    return createElement(tag, { ...props, ...fixed, ref });
  });
  return Component;
}

export const Alert = stand('div');
export const Button = stand('button');
export const Checkbox = stand('input', { type: 'checkbox' });
export const Fieldset = stand('fieldset');
export const FieldsetLegend = stand('legend');
export const FormField = stand('div');
export const FormFieldDescription = stand('div');
export const FormFieldErrorMessage = stand('div');
export const FormLabel = stand('label');
export const Heading2 = stand('h2');
export const Heading3 = stand('h3');
export const Heading4 = stand('h4');
export const Heading5 = stand('h5');
export const Paragraph = stand('p');
export const RadioButton = stand('input', { type: 'radio' });
export const Select = stand('select');
export const SelectOption = stand('option');
export const StatusBadge = stand('span');
export const Table = stand('table');
export const TableBody = stand('tbody');
export const TableCaption = stand('caption');
export const TableCell = stand('td');
export const TableHeader = stand('thead');
export const TableHeaderCell = stand('th');
export const TableRow = stand('tr');
export const Textarea = stand('textarea');
export const Textbox = stand('input');
