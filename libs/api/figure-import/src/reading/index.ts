export * from './figure-file';
export { openFigureFile, type OpenFigureFileOptions } from './open-figure-file';
export {
  AREAS_REFERENCE_DATE,
  type Area,
  type AreaResolution,
  AreaResolver,
  areaName,
  FORMER_GEMEENTEN,
  type FormerGemeente,
  GEMEENTEN,
  type Gemeente,
  NEDERLAND,
  resolveArea,
} from '../areas/areas';
export { resolvePeriod, type PeriodResolution } from './periods';
export { parseFigureNumber, isMissingMarker, looksLikeFormula } from './values';
export { splitIndicatorHeader } from './columns';
