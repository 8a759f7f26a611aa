import { useMutation } from '@apollo/client/react';
import type { FigureImportPreviewFieldsFragment } from '@oogo/web-data-access';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewFigureImport } from './figure-import.operations';
import { importErrorMessage } from './import-errors';
import {
  checkFigureFile,
  FILE_EXTENSIONS,
  uploadFigureFile,
  UploadError,
  type FigureUpload,
} from './upload-figure-file';

const HELP_ITEMS = ['source', 'separator', 'area', 'period', 'value', 'limits'] as const;

/** "1,2 MB", "830 kB": enough to recognise the file. */
function fileSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [bytes / 1024, 'kB'];
  return `${value.toLocaleString(language, { maximumFractionDigits: 1 })} ${unit}`;
}

type Progress = { phase: 'uploading'; fraction: number } | { phase: 'reading' };

/**
 * Step 1: choose a file (or drop it on the field), check it here, send it with progress and a
 * way to stop, then let the api read it. On any error the chosen file stays, to try again.
 */
export function FileStep({
  planId,
  notice,
  onPreview,
}: {
  planId: string;
  /** Said once on arrival, e.g. that the previous import was stopped. */
  notice?: string;
  onPreview: (preview: FigureImportPreviewFieldsFragment) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const upload = useRef<FigureUpload | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState(notice ?? '');
  const [runPreview] = useMutation(PreviewFigureImport);

  // Leaving the page mid-upload stops it: nobody is waiting for the answer any more.
  useEffect(() => () => upload.current?.abort(), []);

  function choose(chosen: File | null) {
    setFile(chosen);
    setStatus('');
    const problem = chosen && checkFigureFile(chosen);
    setError(problem ? t(`figureImport.problems.${problem}`) : null);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files;
    if (!dropped.length || progress) return;
    // The input shows the dropped file too, so what is on screen matches what will be sent.
    if (inputRef.current) inputRef.current.files = dropped;
    choose(dropped[0] ?? null);
  }

  async function send() {
    if (!file) {
      setError(t('figureImport.file.noFile'));
      inputRef.current?.focus();
      return;
    }
    const problem = checkFigureFile(file);
    if (problem) {
      setError(t(`figureImport.problems.${problem}`));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setStatus('');
    setProgress({ phase: 'uploading', fraction: 0 });
    const started = uploadFigureFile(planId, file, (fraction) =>
      setProgress({ phase: 'uploading', fraction }),
    );
    upload.current = started;
    try {
      const importId = await started.done;
      setProgress({ phase: 'reading' });
      const { data } = await runPreview({ variables: { input: { planId, importId } } });
      if (data) onPreview(data.previewFigureImport);
    } catch (cause) {
      if (cause instanceof UploadError && cause.failure.kind === 'aborted') {
        setStatus(t('figureImport.file.cancelled'));
      } else {
        setError(importErrorMessage(cause, t));
      }
      setProgress(null);
      inputRef.current?.focus();
    } finally {
      upload.current = null;
    }
  }

  const percent = progress?.phase === 'uploading' ? Math.round(progress.fraction * 100) : 100;
  // A screen reader hears every tenth, not every percent.
  const spokenPercent = Math.floor(percent / 10) * 10;

  return (
    <>
      <Paragraph>{t('figureImport.file.help')}</Paragraph>
      <ul className="oogo-import-help">
        {HELP_ITEMS.map((item) => (
          <li key={item}>{t(`figureImport.file.helpItems.${item}`)}</li>
        ))}
      </ul>

      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}

      {/* Dropping is an extra for mouse users; the file input inside works with the keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- only drag events, no keyboard equivalent needed: the input is the control */}
      <div
        className={`oogo-import-drop${dragging ? ' oogo-import-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <FormField type="text">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={`${id}-file`}>{t('figureImport.file.label')}</FormLabel>
          </div>
          <FormFieldDescription id={`${id}-drop`} className="utrecht-form-field__description">
            {t('figureImport.file.dropHint')}
          </FormFieldDescription>
          <div className="utrecht-form-field__input">
            <input
              ref={inputRef}
              id={`${id}-file`}
              className="oogo-import-file"
              type="file"
              accept={[...FILE_EXTENSIONS, 'text/csv'].join(',')}
              aria-describedby={`${id}-drop`}
              disabled={!!progress}
              onChange={(event) => choose(event.target.files?.[0] ?? null)}
            />
          </div>
        </FormField>
        {file && (
          <Paragraph>
            {t('figureImport.file.chosen', {
              name: file.name,
              size: fileSize(file.size, i18n.language),
            })}
          </Paragraph>
        )}
      </div>

      <div role="status" aria-live="polite" className="oogo-import-progress">
        {progress?.phase === 'uploading' && (
          <>
            <label htmlFor={`${id}-progress`} className="oogo-visually-hidden">
              {t('figureImport.file.uploadingLabel')}
            </label>
            <progress id={`${id}-progress`} max={100} value={percent} />
            <Paragraph>{t('figureImport.file.uploading', { percent: spokenPercent })}</Paragraph>
          </>
        )}
        {progress?.phase === 'reading' && <Paragraph>{t('figureImport.file.reading')}</Paragraph>}
        {!progress && status && <Paragraph>{status}</Paragraph>}
      </div>

      <ButtonGroup>
        {progress?.phase === 'uploading' ? (
          <Button appearance="secondary-action-button" onClick={() => upload.current?.abort()}>
            {t('figureImport.file.cancel')}
          </Button>
        ) : (
          <Button
            appearance="primary-action-button"
            disabled={!!progress}
            onClick={() => void send()}
          >
            {t('figureImport.file.check')}
          </Button>
        )}
      </ButtonGroup>
    </>
  );
}
