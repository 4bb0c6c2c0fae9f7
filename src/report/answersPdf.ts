import { jsPDF } from 'jspdf';
import type { AnswersReport } from '../domain/report/answersReport';
import { toWinAnsi } from './pdfText';

const PAGE = { width: 210, height: 297, margin: 18 };
const BODY = 10;
const LINE = 1.35; // line height as a multiple of the font size

/** Lays out the answers report on A4. Returns the PDF bytes. */
export function renderAnswersPdf(report: AnswersReport): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: toWinAnsi(report.title), subject: 'Human rights due diligence (HRBA@Tech)', creator: 'HRBA@Tech due diligence' });
  const w = new Writer(doc);

  // Cover
  w.space(40);
  w.text(report.title, { size: 22, bold: true });
  w.space(6);
  w.text(`Product: ${report.subject.productName}${report.subject.version ? ` ${report.subject.version}` : ''}`, { size: 13 });
  if (report.subject.organisation) w.text(`Organisation: ${report.subject.organisation}`, { size: 13 });
  w.text(`Assessment type: ${report.modeLabel}`, { size: 13 });
  w.space(4);
  w.text(`Checklist: ${report.checklist.title}, ${report.checklist.id} version ${report.checklist.version}`, { size: BODY });
  w.text(`Checklist content hash: ${report.checklist.contentHash}`, { size: 8 });
  w.text(`Generated: ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC, revision ${report.revision}`, { size: BODY });
  w.text(`${report.percentAnswered}% of applicable items answered`, { size: BODY });
  if (report.subject.description) {
    w.space(6);
    w.text(report.subject.description, { size: BODY });
  }
  if (report.redFlags.length) {
    w.space(6);
    w.text(`Red flags raised: ${report.redFlags.length}`, { size: 12, bold: true });
    for (const f of report.redFlags) w.text(`${f.itemId}: ${f.reason}`, { size: BODY, indent: 4 });
  }

  // Profile
  w.newPage();
  w.text('Profile', { size: 16, bold: true });
  w.space(2);
  for (const p of report.profile) {
    w.text(p.question, { size: BODY, bold: true });
    w.text(p.answer, { size: BODY, indent: 4 });
    w.space(1.5);
  }
  w.space(2);
  w.text(`Optional modules: ${report.modules.length ? report.modules.join(', ') : 'none'}`, { size: BODY });

  // Answers by stage
  for (const stage of report.stages) {
    w.newPage();
    w.text(`${stage.title}`, { size: 16, bold: true });
    w.text(`${stage.items.length} applicable items; ${stage.skipped} not applicable to this profile.`, { size: 9 });
    w.space(3);
    for (const item of stage.items) {
      w.keepTogether(18);
      w.text(`${item.id}  ${item.question}`, { size: BODY, bold: true });
      w.text(`Answer: ${item.answer}${item.redFlag ? '  (RED FLAG)' : ''}`, { size: BODY, indent: 4 });
      if (item.notes) w.text(`Notes: ${item.notes}`, { size: BODY, indent: 4 });
      for (const e of item.evidence) w.text(`Evidence: ${e}`, { size: 9, indent: 4 });
      w.space(3);
    }
  }

  // Footers go on last, when the page count is known.
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.text(toWinAnsi(report.subject.productName), PAGE.margin, PAGE.height - 8);
    doc.text(`Page ${i} of ${pages}`, PAGE.width - PAGE.margin, PAGE.height - 8, { align: 'right' });
  }
  return doc.output('arraybuffer');
}

/** A cursor that wraps text to the column and starts a new page when the column is full. */
class Writer {
  private y = PAGE.margin;
  constructor(private readonly doc: jsPDF) {}

  text(raw: string, opts: { size: number; bold?: boolean; indent?: number }) {
    const indent = opts.indent ?? 0;
    this.doc.setFont('helvetica', opts.bold ? 'bold' : 'normal');
    this.doc.setFontSize(opts.size);
    const lineHeight = (opts.size * LINE * 25.4) / 72;
    const lines = this.doc.splitTextToSize(toWinAnsi(raw), PAGE.width - 2 * PAGE.margin - indent) as string[];
    for (const line of lines) {
      if (this.y + lineHeight > PAGE.height - PAGE.margin - 6) this.newPage();
      this.doc.text(line, PAGE.margin + indent, this.y + lineHeight * 0.8);
      this.y += lineHeight;
    }
  }

  space(mm: number) {
    this.y += mm;
  }

  keepTogether(mm: number) {
    if (this.y + mm > PAGE.height - PAGE.margin - 6) this.newPage();
  }

  newPage() {
    this.doc.addPage();
    this.y = PAGE.margin;
  }
}
