import { useState } from 'react';
import type { Assessment, TrailEvent } from '../../domain';
import { useServices } from '../../app/services';
import { exportAssessmentHtml, exportAssessmentPdf } from './exports';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { technicalDetail } from '../../db/storageErrors';
import { failureReason } from './storageMessages';
import { TechnicalDetails } from './TechnicalDetails';

const WORDS = {
  pdf: defineMessages({
    label: { defaultMessage: 'Export PDF', description: 'Export choice: the PDF report' },
    busyLabel: { defaultMessage: 'Preparing PDF…', description: 'Export choice while the PDF report is made' },
    failure: { defaultMessage: 'PDF export failed', description: 'Export choice: the PDF report could not be made (its reason follows)' },
  }),
  html: defineMessages({
    label: { defaultMessage: 'Export HTML report', description: 'Export choice: the accessible HTML report' },
    busyLabel: { defaultMessage: 'Preparing HTML report…', description: 'Export choice while the HTML report is made' },
    failure: { defaultMessage: 'HTML report export failed', description: 'Export choice: the HTML report could not be made (its reason follows)' },
  }),
};

/** The report exports offered wherever an assessment is open (inside the export menu). */
export function ReportExportButtons(props: { assessment: Assessment }) {
  return (
    <>
      <ExportButton assessment={props.assessment} run={exportAssessmentPdf} words={WORDS.pdf} />
      <ExportButton assessment={props.assessment} run={exportAssessmentHtml} words={WORDS.html} />
    </>
  );
}

function ExportButton(props: {
  assessment: Assessment;
  run: (assessment: Assessment, now: Date, trail: readonly TrailEvent[]) => Promise<void>;
  words: Record<'label' | 'busyLabel' | 'failure', MessageDescriptor>;
}) {
  const services = useServices();
  const intl = useIntl();
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  async function run() {
    setState({ busy: true, error: null });
    try {
      // The report prints the trail's head; reading the trail does not seal it (a report is not the data).
      await props.run(props.assessment, services.now(), await services.assessments.trail(props.assessment.id));
      setState({ busy: false, error: null });
    } catch (e) {
      setState({ busy: false, error: e ?? new Error('unknown') });
    }
  }
  return (
    <li>
      <button type="button" onClick={run} disabled={state.busy} aria-busy={state.busy}>
        {intl.formatMessage(state.busy ? props.words.busyLabel : props.words.label)}
      </button>
      {state.error !== null && (
        <div role="alert" className="alert error">
          <p>
            <FormattedMessage
              defaultMessage="{failure}: {problem}"
              description="Export choice: what failed, then the reason (a lower-case sentence)"
              values={{ failure: intl.formatMessage(props.words.failure), problem: failureReason(state.error, intl) }}
            />
          </p>
          <TechnicalDetails detail={technicalDetail(state.error)} />
        </div>
      )}
    </li>
  );
}
