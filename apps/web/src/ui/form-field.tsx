import {
  Checkbox,
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
import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';

interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  /** Live status next to the label (e.g. who else is typing here), read with the field. */
  status?: ReactNode;
  /** From react-hook-form's `formState.errors[name]` (client rules or the server's answer). */
  error?: FieldError;
  required?: boolean;
  /** react-hook-form's `register(name)`, optionally with a focus handler (e.g. presence). */
  registration: UseFormRegisterReturn & { onFocus?: () => void };
}

/** The ids that tie a control to its help text and error (WCAG 1.3.1, 3.3.1). */
function useFieldIds(description: ReactNode, error: FieldError | undefined, status?: ReactNode) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const invalid = !!error;
  const describedBy =
    [invalid ? errorId : null, description ? descriptionId : null, status ? statusId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return { id, descriptionId, errorId, statusId, invalid, describedBy };
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
  status,
  error,
  children,
}: Omit<FieldProps, 'registration' | 'required'> & {
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const ids = useFieldIds(description, error, status);
  return (
    <FormField invalid={ids.invalid} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={ids.id}>{label}</FormLabel>
        {status && (
          <span id={ids.statusId} className="oogo-field-status">
            {status}
          </span>
        )}
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

export interface RadioOption {
  value: string;
  label: ReactNode;
  /** Help text under this one option. */
  description?: ReactNode;
}

/**
 * One choice out of a few, as radio buttons in a fieldset: the legend names the question,
 * the error and help text belong to the group (WCAG 1.3.1, 3.3.1), arrow keys move between
 * the options as in any radio group.
 */
export function RadioGroupField({
  label,
  description,
  error,
  required,
  registration,
  options,
}: FieldProps & { options: readonly RadioOption[] }) {
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
      {options.map((option, index) => {
        const optionId = `${ids.id}-option-${index}`;
        const optionDescriptionId = `${optionId}-description`;
        return (
          <FormField key={option.value} type="radio" className="oogo-radio-group__option">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                value={option.value}
                invalid={ids.invalid}
                aria-describedby={option.description ? optionDescriptionId : undefined}
                {...registration}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={optionId} type="radio">
                {option.label}
              </FormLabel>
            </div>
            {option.description && (
              <FormFieldDescription
                id={optionDescriptionId}
                className="utrecht-form-field__description"
              >
                {option.description}
              </FormFieldDescription>
            )}
          </FormField>
        );
      })}
    </Fieldset>
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
  const ids = useFieldIds(description, error);
  const { id, describedBy, invalid } = ids;
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((chosen) => chosen !== option));
  return (
    <FormField invalid={invalid}>
      <Fieldset invalid={invalid} aria-describedby={describedBy} required={required}>
        <FieldsetLegend>{label}</FieldsetLegend>
        <FieldHelp description={description} error={error} ids={ids} />
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
