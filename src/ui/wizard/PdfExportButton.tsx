import { useState } from 'react';
import type { Assessment } from '../../domain';
import { useServices } from '../../app/services';
import { exportAssessmentPdf } from '../common/exports';

export function PdfExportButton(props: { assessment: Assessment }) {
  const services = useServices();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function run() {
    setState({ busy: true, error: null });
    try {
      await exportAssessmentPdf(props.assessment, services.now());
      setState({ busy: false, error: null });
    } catch (e) {
      setState({ busy: false, error: (e as Error).message });
    }
  }
  return (
    <>
      <button type="button" onClick={run} disabled={state.busy} aria-busy={state.busy}>
        {state.busy ? 'Preparing PDF…' : 'Export PDF'}
      </button>
      {state.error && (
        <span role="alert" className="alert error">
          PDF export failed: {state.error}
        </span>
      )}
    </>
  );
}
