import type { Assessment } from '../../domain';
import { PdfExportButton } from '../wizard/PdfExportButton';

/** The report exports offered wherever an assessment is open. */
export function ReportExportButtons(props: { assessment: Assessment }) {
  return <PdfExportButton assessment={props.assessment} />;
}
