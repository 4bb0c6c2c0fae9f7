import type { AssessmentMode, StageId } from '../domain';
import { defineMessages, type MessageDescriptor } from '../i18n/format';

/** The words for lifecycle stages and assessment modes shared by the screens (src/ui/common/stageWords.ts re-exports them) and the reports. */
export const STAGE_MESSAGES: Record<StageId, MessageDescriptor> = defineMessages({
  conception: { defaultMessage: 'Conception', description: 'Lifecycle stage: the idea and its purpose are decided' },
  design: { defaultMessage: 'Design', description: 'Lifecycle stage: the product is designed and built' },
  deployment: { defaultMessage: 'Deployment', description: 'Lifecycle stage: the product is put into use' },
  operation: { defaultMessage: 'Operation', description: 'Lifecycle stage: the product is in use and maintained' },
});

export const MODE_MESSAGES: Record<AssessmentMode, MessageDescriptor> = defineMessages({
  self: { defaultMessage: 'Self-assessment', description: 'Assessment mode: a company assesses its own product' },
  'procurement-request': { defaultMessage: 'Procurement: vendor questionnaire', description: 'Assessment mode: a buyer’s questionnaire for vendors' },
  'vendor-response': { defaultMessage: 'Vendor response', description: 'Assessment mode: a vendor’s answers to a buyer' },
  audit: { defaultMessage: 'Independent audit', description: 'Assessment mode: an auditor reviews someone else’s answers' },
});
