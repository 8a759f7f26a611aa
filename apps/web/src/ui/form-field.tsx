import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
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

/** A field's help text and error, with the ids the control points at (aria-describedby). */
function useFieldMessages(description: ReactNode, error: FieldError | undefined) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const invalid = !!error;
  const describedBy =
    [invalid ? errorId : null, description ? descriptionId : null].filter(Boolean).join(' ') ||
    undefined;
  const messages = (
    <>
      {description && (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {invalid && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error?.message}
        </FormFieldErrorMessage>
      )}
    </>
  );
  return { id, describedBy, invalid, messages };
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
  const { id, describedBy, invalid, messages } = useFieldMessages(description, error);
  return (
    <FormField invalid={invalid} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {messages}
      <div className="utrecht-form-field__input">{children({ id, describedBy, invalid })}</div>
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
  type?: 'text' | 'email' | 'password' | 'number' | 'date';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
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
 * A set of choices (e.g. the indicators an analysis looks at) as checkboxes in a fieldset: the
 * legend names the set, the description and error belong to the whole group.
 */
export function CheckboxGroupField({
  label,
  description,
  error,
  required,
  options,
  value,
  onChange,
  onFocus,
  onBlur,
  emptyText,
}: Omit<FieldProps, 'registration'> & {
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onFocus?: () => void;
  onBlur?: () => void;
  /** Said instead of the checkboxes when there is nothing to choose from. */
  emptyText: ReactNode;
}) {
  const { id, describedBy, invalid, messages } = useFieldMessages(description, error);
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((chosen) => chosen !== option));
  return (
    <FormField invalid={invalid}>
      <Fieldset invalid={invalid} aria-describedby={describedBy} required={required}>
        <FieldsetLegend>{label}</FieldsetLegend>
        {messages}
        {options.length === 0 && <p className="oogo-checkbox-group__empty">{emptyText}</p>}
        {options.map((option, index) => (
          <div key={option.value} className="oogo-checkbox">
            <Checkbox
              id={`${id}-${index}`}
              value={option.value}
              checked={value.includes(option.value)}
              invalid={invalid}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onFocus={onFocus}
              onBlur={onBlur}
            />
            <FormLabel htmlFor={`${id}-${index}`} type="checkbox">
              {option.label}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
    </FormField>
  );
}
