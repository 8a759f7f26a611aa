import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
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
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const invalid = !!error;
  const describedBy =
    [invalid ? errorId : null, description ? descriptionId : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <FormField invalid={invalid} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
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
  controlProps,
  ...field
}: FieldProps & {
  rows?: number;
  /** More for the textarea itself, e.g. the ARIA and keys of an autocomplete. */
  controlProps?: TextareaHTMLAttributes<HTMLTextAreaElement>;
}) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <Textarea
          id={id}
          rows={rows}
          invalid={invalid}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          {...controlProps}
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
