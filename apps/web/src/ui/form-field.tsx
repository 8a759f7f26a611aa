import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';

interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  /** From react-hook-form's `formState.errors[name]` (client rules or the server's answer). */
  error?: FieldError;
  required?: boolean;
  /** react-hook-form's `register(name)`, optionally with a focus handler (e.g. presence). */
  registration: UseFormRegisterReturn & { onFocus?: () => void };
}

/** The ids that tie a control to its help text and error (WCAG 1.3.1, 3.3.1). */
function useFieldIds(description: ReactNode, error: FieldError | undefined) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const invalid = !!error;
  const describedBy =
    [invalid ? errorId : null, description ? descriptionId : null].filter(Boolean).join(' ') ||
    undefined;
  return { id, descriptionId, errorId, invalid, describedBy };
}

/** Help text and error message, each with the id the control points at. */
function FieldHelp({
  description,
  error,
  ids,
}: {
  description?: ReactNode;
  error?: FieldError;
  ids: ReturnType<typeof useFieldIds>;
}) {
  return (
    <>
      {description && (
        <FormFieldDescription id={ids.descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {ids.invalid && (
        <FormFieldErrorMessage id={ids.errorId} className="utrecht-form-field__error-message">
          {error?.message}
        </FormFieldErrorMessage>
      )}
    </>
  );
}

/**
 * Label, help text, error and control tied together by id (WCAG 1.3.1, 3.3.1): a screen reader
 * reads the error with the field, and the field is marked invalid.
 */
function Field({
  label,
  description,
  error,
  children,
}: Omit<FieldProps, 'registration' | 'required'> & {
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const ids = useFieldIds(description, error);
  return (
    <FormField invalid={ids.invalid} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={ids.id}>{label}</FormLabel>
      </div>
      <FieldHelp description={description} error={error} ids={ids} />
      <div className="utrecht-form-field__input">{children(ids)}</div>
    </FormField>
  );
}

export function TextField({
  registration,
  required,
  type = 'text',
  autoComplete,
  inputMode,
  ...field
}: FieldProps & {
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'url';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'url';
}) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <Textbox
          id={id}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          invalid={invalid}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          {...registration}
        />
      )}
    </Field>
  );
}

export function TextareaField({
  registration,
  required,
  rows = 4,
  ...field
}: FieldProps & { rows?: number }) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <Textarea
          id={id}
          rows={rows}
          invalid={invalid}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          {...registration}
        />
      )}
    </Field>
  );
}

export function SelectField({
  registration,
  required,
  options,
  placeholder,
  ...field
}: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <Select
          id={id}
          invalid={invalid}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          {...registration}
        >
          {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  );
}

/**
 * A few options side by side: a fieldset whose legend is the label, one radio button per
 * option. Help text and error are tied to the group, so a screen reader reads them with it.
 */
export function RadioGroupField({
  registration,
  required,
  options,
  label,
  description,
  error,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const ids = useFieldIds(description, error);
  return (
    <Fieldset
      role="radiogroup"
      invalid={ids.invalid}
      required={required}
      aria-describedby={ids.describedBy}
      className="oogo-radio-group"
    >
      <FieldsetLegend>{label}</FieldsetLegend>
      <FieldHelp description={description} error={error} ids={ids} />
      <div className="oogo-radio-group__options">
        {options.map((option) => (
          <div key={option.value} className="oogo-radio">
            <RadioButton
              id={`${ids.id}-${option.value}`}
              value={option.value}
              invalid={ids.invalid}
              {...registration}
            />
            <FormLabel htmlFor={`${ids.id}-${option.value}`} type="radio">
              {option.label}
            </FormLabel>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
