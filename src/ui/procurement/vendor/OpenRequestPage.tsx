import '../procurement.css';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useLocation } from 'wouter';
import { requiredUserText, SubjectSchema, type Problem } from '../../../domain';
import { requestQuestionKeys } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import { TextField } from '../../common/fields';
import { ProblemList } from '../../common/ProblemList';
import { formatDate } from '../../common/dates';
import { PROCUREMENT_STAGE_LABELS, requestSignatureText } from '../dealBreakerWords';
import { openRequestFile, type OpenedRequest } from './openRequest';
import { VendorResponseList } from './VendorResponseList';

const StartSchema = z.object({
  organisation: requiredUserText(200, 'name your organisation'),
  productName: SubjectSchema.shape.productName,
  respondent: SubjectSchema.shape.assessor,
});
type StartForm = z.input<typeof StartSchema>;
type StartValues = z.infer<typeof StartSchema>;

/**
 * `#/respond`: a vendor opens a buyer's request file, sees who asks what, and starts a
 * response bound to it. The request is checked before anything is stored.
 */
export default function OpenRequestPage() {
  const services = useServices();
  const [, navigate] = useLocation();
  const id = useId();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [opened, setOpened] = useState<OpenedRequest | null>(null);
  const form = useForm<StartForm, unknown, StartValues>({ resolver: zodResolver(StartSchema), defaultValues: { organisation: '', productName: '', respondent: '' } });

  async function receive(file: File | undefined) {
    setProblems(null);
    setOpened(null);
    if (!file) return;
    const result = await openRequestFile({ size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
    if (result.ok) setOpened(result.opened);
    else setProblems(result.problems);
  }

  const start = form.handleSubmit(async (values) => {
    if (!opened) return;
    const repo = await services.vendorResponses();
    const row = await repo.start({
      id: services.newId(),
      at: services.now().toISOString(),
      request: opened.request,
      requestHash: opened.hash,
      requestSignature: opened.signature,
      ...values,
    });
    navigate(`/respond/${row.id}`);
  });

  const request = opened?.request;
  return (
    <>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
      <h1>Answer a buyer’s request</h1>
      <div className="field">
        <label htmlFor={`${id}-file`}>Request file from the buyer (.hrba.json)</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void receive(e.target.files?.[0])} />
      </div>
      {problems && <ProblemList title="This file cannot be opened as a request." problems={problems} />}
      {request && opened && (
        <section aria-labelledby={`${id}-request`}>
          <h2 id={`${id}-request`}>
            <bdi>{request.procurement.title}</bdi>
          </h2>
          <p>
            From <bdi>{request.buyer.organisation}</bdi> ({PROCUREMENT_STAGE_LABELS[request.procurement.stage]}).{' '}
            {request.deadline ? `Deadline ${formatDate(request.deadline)}.` : 'No deadline.'} {requestQuestionKeys(request).length} questions,{' '}
            {request.mandatory.length} mandatory, {Object.keys(request.dealBreakers).length} deal-breakers.
          </p>
          <p className={opened.signature && !opened.signature.valid ? 'alert error' : 'alert'}>{requestSignatureText(opened.signature)}</p>
          <form onSubmit={start} noValidate className="panel">
            <h3>Start your response</h3>
            <TextField register={form.register} errors={form.formState.errors} name="organisation" label="Your organisation (required)" autoComplete="organization" />
            <TextField register={form.register} errors={form.formState.errors} name="productName" label="Your product’s name (required)" />
            <TextField register={form.register} errors={form.formState.errors} name="respondent" label="Your name" hint="Recorded beside each answer and in the change trail." />
            <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
              Start the response
            </button>
          </form>
        </section>
      )}
      <VendorResponseList />
    </>
  );
}
