import type { TFunction } from 'i18next';
import { errorCodeOf, errorDetailsOf } from '../../ui/graphql-errors';
import { isFileProblem, UploadError } from './upload-figure-file';

/**
 * What went wrong with an import, in Dutch and with what to do: a refusal of the file (by its
 * `reason`, from the upload or from a later read of the file), a lost upload, or the general
 * message of the error code. `whileMapping`: the refusal came after the user chose columns.
 */
export function importErrorMessage(error: unknown, t: TFunction, whileMapping = false): string {
  if (error instanceof UploadError) {
    const { failure } = error;
    if (failure.kind === 'problem') return t(`figureImport.problems.${failure.problem}`);
    if (failure.kind === 'aborted') return t('figureImport.file.cancelled');
    return t(`errors.${failure.code}`);
  }
  const reason = errorDetailsOf<{ reason?: unknown }>(error)?.reason;
  if (isFileProblem(reason)) return t(`figureImport.problems.${reason}`);
  const code = errorCodeOf(error);
  // The upload is kept for a while only; after that the file must be sent again.
  if (code === 'NOT_FOUND') return t('figureImport.problems.IMPORT_GONE');
  if (code === 'BAD_USER_INPUT') {
    return whileMapping ? t('figureImport.problems.mapping') : t('figureImport.problems.general');
  }
  return t(`errors.${code}`);
}
