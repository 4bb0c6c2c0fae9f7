import { useState } from 'react';
import type { Assessment, TrailEvent } from '../../domain';
import { useServices } from '../../app/services';
import { exportAssessmentHtml, exportAssessmentPdf } from './exports';

/** The report exports offered wherever an assessment is open (inside the export menu). */
export function ReportExportButtons(props: { assessment: Assessment }) {
  return (
    <>
      <ExportButton assessment={props.assessment} run={exportAssessmentPdf} label="Export PDF" busyLabel="Preparing PDF…" failure="PDF export failed" />
      <ExportButton
        assessment={props.assessment}
        run={exportAssessmentHtml}
        label="Export HTML report"
        busyLabel="Preparing HTML report…"
        failure="HTML report export failed"
      />
    </>
  );
}

function ExportButton(props: {
  assessment: Assessment;
  run: (assessment: Assessment, now: Date, trail: readonly TrailEvent[]) => Promise<void>;
  label: string;
  busyLabel: string;
  failure: string;
}) {
  const services = useServices();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function run() {
    setState({ busy: true, error: null });
    try {
      // The report prints the trail's head; reading the trail does not seal it (a report is not the data).
      await props.run(props.assessment, services.now(), await services.assessments.trail(props.assessment.id));
      setState({ busy: false, error: null });
    } catch (e) {
      setState({ busy: false, error: (e as Error).message });
    }
  }
  return (
    <li>
      <button type="button" onClick={run} disabled={state.busy} aria-busy={state.busy}>
        {state.busy ? props.busyLabel : props.label}
      </button>
      {state.error && (
        <span role="alert" className="alert error">
          {props.failure}: {state.error}
        </span>
      )}
    </li>
  );
}
