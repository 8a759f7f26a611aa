import { graphql } from '@oogo/web-data-access';

/** Everything the preview step shows; the same fields after every change of the mapping. */
export const FigureImportPreviewFields = graphql(`
  fragment FigureImportPreviewFields on FigureImportPreview {
    importId
    fileName
    format
    encoding
    delimiter
    decimalSeparator
    columns {
      index
      header
      detectedRole
      samples
    }
    mapping {
      areaColumn
      periodColumn
      valueColumns
      indicatorColumn
    }
    indicators {
      sourceName
      indicatorId
      name
      unit
      betterDirection
      rowCount
    }
    counts {
      ...FigureImportCountsFields
    }
    toCreate {
      ...FigureImportRowFields
    }
    toUpdate {
      ...FigureImportRowFields
    }
    rejected {
      rowNumber
      problem
      cell
      hint
    }
  }
`);

export const FigureImportCountsFields = graphql(`
  fragment FigureImportCountsFields on FigureImportCounts {
    rows
    create
    update
    unchanged
    skippedMissing
    skippedOtherArea
    rejected
    newIndicators
  }
`);

export const FigureImportRowFields = graphql(`
  fragment FigureImportRowFields on FigureImportRow {
    rowNumber
    indicatorName
    areaCode
    areaName
    period
    value
    previousValue
  }
`);

/** Reads the uploaded file with a mapping (none: the detected one); writes nothing. */
export const PreviewFigureImport = graphql(`
  mutation PreviewFigureImport($input: PreviewFigureImportInput!) {
    previewFigureImport(input: $input) {
      ...FigureImportPreviewFields
    }
  }
`);

/** Writes the figures, in one transaction. */
export const ConfirmFigureImport = graphql(`
  mutation ConfirmFigureImport($input: ConfirmFigureImportInput!) {
    confirmFigureImport(input: $input) {
      importId
      fileName
      counts {
        ...FigureImportCountsFields
      }
    }
  }
`);

/** The plan's indicators, to choose which one a column of the file belongs to. */
export const FigureImportPlanIndicators = graphql(`
  query FigureImportPlanIndicators($id: ID!) {
    plan(id: $id) {
      id
      indicators {
        id
        name
        unit
        betterDirection
      }
    }
  }
`);
