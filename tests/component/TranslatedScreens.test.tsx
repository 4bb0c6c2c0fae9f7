import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import IdentityPage from '../../src/ui/identity/IdentityPage';
import VerifyPage from '../../src/ui/verify/VerifyPage';
import SignPage from '../../src/ui/sign/SignPage';
import BackupPage from '../../src/ui/backup/BackupPage';
import { switchLanguage } from '../../src/i18n/language';
import type { Locale } from '../../src/i18n/locales';
import type { SectionProps } from '../../src/ui/assessment/sections';
import { bundledAssessment, captureDownloads, makeServices, renderWithServices } from './helpers';
import { read, selfSigned } from '../unit/crypto/openssl';
import { answers, openSection, triagedAssessment } from './decisionsFixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadChecklist } from '../../src/app/checklistCatalog';
import { itemText, say } from '../e2e/support/say';

/** The French checklist translation's items of one stage, as its file has them. */
const frenchItems = (stage: string) =>
  (JSON.parse(readFileSync(join(process.cwd(), 'checklists/hrba-tech/translations/fr/items', `${stage}.json`), 'utf8')) as { items: Record<string, { question: string; redFlag?: { reason: string } }> }).items;

/** A tag's words without the tag, for comparing a message with a rich text's textContent. */
const plain = ((chunks: string[]) => chunks.join('')) as unknown as string;

/**
 * Screens converted to the message catalogues speak the chosen language: headings, labels,
 * plurals and dates come from the French, Spanish or Arabic catalogue, and the names people
 * typed or chose (file names, certificate holders) stay as they are.
 */
vi.setConfig({ testTimeout: 90_000 });

// Chosen before anything is drawn, and English again once the screen is gone.
const speak = (locale: Locale) => switchLanguage(locale, false);
afterEach(async () => {
  cleanup();
  await speak('en');
});

describe('screens in another language', () => {
  it('Identities in Arabic: heading, empty list, both forms and their fields', async () => {
    await speak('ar');
    renderWithServices(<IdentityPage />, makeServices());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('هويات التوقيع');
    expect(await screen.findByText('لا توجد هوية بعد. استورد ملف PKCS#12 أو أنشئ هوية أدناه.')).toBeTruthy();
    screen.getByRole('form', { name: 'استيراد ملف PKCS#12' });
    screen.getByLabelText('عبارة المرور');
    screen.getByLabelText('اسمك (إلزامي)');
    await userEvent.click(screen.getByRole('button', { name: 'استيراد الهوية' }));
    expect((await screen.findByRole('alert')).textContent).toBe('اختر أولاً ملف PKCS#12 (‎.p12 أو ‎.pfx).');
  });

  it('Verify in French: a trusted certificate’s details, a plural and a date in French, a file it cannot read', async () => {
    const cert = selfSigned('i18n-verify', 'P-256', '/CN=Amina Diallo/O=Bureau');
    await speak('fr');
    renderWithServices(<VerifyPage />, makeServices({ now: () => new Date() }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vérifier un fichier signé');
    expect(await screen.findByText('Vous ne faites encore confiance à aucun certificat.')).toBeTruthy();

    const pem = new File([read(cert.cert) as Uint8Array<ArrayBuffer>], 'amina.pem', { type: 'application/x-pem-file' });
    await userEvent.upload(screen.getByLabelText('Faire confiance à un certificat à partir d’un fichier (.pem, .crt ou .cer)'), pem);
    expect((await screen.findByRole('status')).textContent).toBe('Vous faites désormais confiance à 1 certificat de « amina.pem ».');
    const item = await screen.findByRole('listitem', { name: 'Certificat de confiance Amina Diallo' });
    const details = item.textContent ?? '';
    expect(details).toContain('Empreinte SHA-256');
    expect(details).toMatch(/\(valide actuellement\)/);
    // The validity period's dates in French month names, in UTC.
    expect(details).toMatch(/du \d{1,2} [a-zéû]+\.? \d{4}.*UTC au /);
    within(item).getByRole('button', { name: 'Ne plus faire confiance à Amina Diallo' });

    const notes = new File(['just some notes'], 'notes.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Fichiers signés à vérifier (PDF ou .hrba.json ; vous pouvez en choisir plusieurs)'), notes);
    const card = await screen.findByRole('article', { name: 'Résultat pour notes.json' });
    expect(card.textContent).toContain('Ce fichier ne peut pas être vérifié. Ce n’est ni un PDF ni un paquet .hrba.json (son texte n’est pas du JSON).');
  });

  it('Sign in Spanish: the heading with the revision number, the lock warning and the missing identity', async () => {
    await speak('es');
    const assessment = await bundledAssessment({ productName: 'FaceGate' });
    const props = { assessment, commit: () => Promise.reject(new Error('not here')) } as unknown as SectionProps;
    renderWithServices(<SignPage {...props} />, makeServices());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Firmar la revisión 1');
    expect(screen.getByText(/^La firma bloquea la revisión 1: ya no podrá cambiar nunca/).textContent).toContain('iniciará la revisión 2');
    const missing = await screen.findByText(/^Aún no tiene ninguna identidad de firma\./);
    within(missing).getByRole('link', { name: 'Importe un archivo PKCS#12 o cree una identidad' });
  });

  it('Audit in French: progress with a plural, the verdict scale, the respondent’s answer and the opinions', async () => {
    await speak('fr');
    const reviewed = answers({ 'CON-01': 'yes', 'CON-02': 'partial' }, 'Procès-verbal du 3 mars');
    reviewed['CON-01'] = { ...reviewed['CON-01']!, review: { verdict: 'conforms', comment: '', reviewedAt: '2026-02-02T09:00:00.000Z', reviewedBy: 'Inès' } };
    await openSection(await triagedAssessment({}, { answers: reviewed, mode: 'audit' }), 'audit');
    await screen.findByRole('heading', { name: 'Conclusions, point par point' });
    expect(screen.getByText(/^1 sur \d+ points applicables examiné\(s\)\.$/)).toBeTruthy();
    const card = within(screen.getByRole('article', { name: /^CON-02 / }));
    // The question in French (the translation loads after the page), under the note that nobody has reviewed it yet.
    await waitFor(() => expect(screen.getByRole('article', { name: /^CON-02 / }).querySelector('h5')!.textContent).toBe(`CON-02 ${frenchItems('conception')['CON-02']!.question}`));
    expect(screen.getByRole('note').textContent).toMatch(/traduction pas encore relue/);
    card.getByText('Réponse du répondant');
    // The respondent’s answer in the catalogue’s words; their notes as they typed them.
    card.getByText('En partie');
    card.getByText('Procès-verbal du 3 mars');
    card.getByRole('radio', { name: 'Partiellement conforme' });
    card.getByRole('button', { name: 'Enregistrer la conclusion sur CON-02' });
    expect(screen.getByRole('article', { name: /^CON-01 / }).textContent).toMatch(/Enregistré par Inès, \d/);
    screen.getByRole('radio', { name: /^Opinion avec réserve/ });
    screen.getByRole('option', { name: 'Examinés : Non conforme' });
  });

  it('Backup in Arabic: headings, the reminder saved with an Arabic plural, mismatched passphrases refused', async () => {
    await speak('ar');
    renderWithServices(<BackupPage />, makeServices());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('النسخ الاحتياطي والاستعادة');
    screen.getByRole('heading', { name: 'الاستعادة من نسخة احتياطية' });
    const days = screen.getByLabelText('ذكّرني بعد هذا العدد من الأيام دون نسخة احتياطية');
    await waitFor(() => expect((days as HTMLInputElement).value).not.toBe(''));
    await userEvent.clear(days);
    await userEvent.type(days, '3');
    await userEvent.click(screen.getByRole('button', { name: 'حفظ التذكير' }));
    expect((await screen.findByRole('status')).textContent).toBe('ستُذكَّر عندما يمضي على آخر نسخة احتياطية 3 أيام ويتغير شيء بعدها.');
    await userEvent.type(screen.getByLabelText('عبارة المرور (اختيارية)'), 'one');
    await userEvent.type(screen.getByLabelText('عبارة المرور مرة أخرى'), 'two');
    await userEvent.click(screen.getByRole('button', { name: 'نسخ كل شيء احتياطياً' }));
    expect((await screen.findByRole('alert')).textContent).toBe('عبارتا المرور مختلفتان؛ اكتب العبارة نفسها مرتين.');
  });

  it('Dashboard in Arabic: headings, stage names, plurals, and charts mirrored right to left', async () => {
    await speak('ar');
    await openSection(await triagedAssessment({ 'CON-01': 'yes', 'CON-02': 'no' }), 'dashboard');
    await screen.findByRole('heading', { name: 'لوحة المتابعة' });
    screen.getByRole('heading', { name: 'لا توجد علامة إنذار مفتوحة' });
    const completion = screen.getByRole('region', { name: 'الإنجاز حسب المرحلة' });
    within(completion).getByRole('rowheader', { name: 'التصوّر' });
    // The bar chart's labels stand at the right-hand edge and its bars grow leftwards from it.
    const chart = within(completion).getByRole('img');
    const label = chart.querySelector('text.chart-label')!;
    expect(label.textContent).toBe('التصوّر');
    expect(label.getAttribute('x')).toBe(chart.getAttribute('width'));
    const bar = chart.querySelector('rect.bar-strong')!;
    expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))).toBeCloseTo(Number(chart.getAttribute('width')));
    expect(chart.getAttribute('aria-label')).toMatch(/^مخطط أعمدة للإنجاز حسب المرحلة: التصوّر: أُجيب عن 2 من \d+/);
    screen.getByRole('region', { name: 'الخطورة والاحتمال' });
    screen.getByRole('columnheader', { name: 'الاحتمال 4: يحدث بالفعل' });
  });

  it('Action plan in Spanish: an overdue action counted with a plural, the table’s columns and statuses; the CSV in Spanish too', async () => {
    await speak('es');
    const base = await triagedAssessment({ 'CON-01': 'no' });
    const action = { id: 'a1', findingKeys: [], description: 'Publicar la evaluación de impacto', owner: 'DPO', dueDate: '2020-01-31', status: 'in-progress' as const, completionEvidence: '' };
    await openSection({ ...base, actions: [action] }, 'actions');
    await screen.findByRole('heading', { name: 'Plan de acción' });
    expect(screen.getByText(/acción está vencida/).closest('p')!.textContent).toBe('1 acción está vencida. Se marcan como «Vencida» a continuación.');
    const table = screen.getByRole('table', { name: 'Acciones (1)' });
    within(table).getByRole('columnheader', { name: 'Fecha límite' });
    within(table).getByRole('cell', { name: 'En curso' });
    expect(within(table).getAllByRole('button').map((b) => b.textContent)).toContain('Editar la acción: Publicar la evaluación de impacto');
    screen.getByText(/hoja de cálculo \(CSV\), en el idioma elegido para la aplicación\./);
    const downloads = captureDownloads();
    await userEvent.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    const lines = (await downloads[0]!.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Acción,Hallazgos,Responsable,Fecha límite,Estado,Vencida,Evidencia de realización');
    expect(lines[1]).toBe('Publicar la evaluación de impacto,,DPO,2020-01-31,En curso,sí,');
  });

  it('Finding editor in French: the outline of all findings and the finding’s actions', async () => {
    await speak('fr');
    await openSection(await triagedAssessment({ 'CON-01': 'no' }), 'findings/CON-01');
    await screen.findByRole('heading', { name: 'Tous les constats, par ordre de priorité' });
    screen.getByRole('heading', { name: 'Actions pour ce constat' });
    screen.getByText('Aucune action n’y répond pour l’instant.');
    screen.getByRole('link', { name: 'Créer une action pour ce constat' });
  });

  it('Findings in French: the list’s words and counts, the quick rating’s scales and anchors from the catalogue', async () => {
    await speak('fr');
    await openSection(await triagedAssessment({ 'CON-01': 'partial', 'CON-02': 'no', 'CON-04': 'no' }), 'findings');
    const fr = (english: string, values?: Record<string, string | number>, description?: string) => say('fr', english, values, description);
    await screen.findByRole('heading', { level: 2, name: fr('Findings', undefined, 'Findings page: heading (findings are possible impacts on human rights)') });
    screen.getByRole('link', { name: fr('Add a finding of your own') });
    const counts = fr(
      '{findings, plural, one {# finding} other {# findings}}, {redFlags, plural, one {# red flag} other {# red flags}}, {unrated, plural, other {# not yet fully rated}}.',
      { findings: 3, redFlags: 1, unrated: 3 },
    );
    expect(counts).toBe('3 constats, 1 signal d’alerte, 3 pas encore entièrement évalués.');
    screen.getByText(counts);

    await userEvent.click(screen.getAllByRole('button', { name: /^Évaluer « / })[0]!);
    const quick = screen.getByRole('form', { name: /^Évaluer « / });
    const scale = within(quick).getByRole('combobox', { name: fr('Scale: how grave is the harm?') });
    const options = within(scale).getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toBe(fr('Not rated', undefined, 'A finding’s severity or likelihood has not been rated'));
    expect(options[4]).toBe(fr('{level} — {anchor}', { level: 4, anchor: fr('Grave: harm to life, physical or mental integrity, or lasting loss of liberty') }));
    within(quick).getByRole('combobox', { name: fr('Irremediability: how hard is it to put right?') });
    within(quick).getByRole('button', { name: fr('Save rating') });
    // Nothing of the English screen is left.
    expect(document.body.textContent).not.toMatch(/Grave: harm to life|Scale: how grave|not yet fully rated|Add a finding/);
  });

  it('Finding editor in Arabic: the scales with their anchors, involvement, status, the severity score and the source', async () => {
    await speak('ar');
    await openSection(await triagedAssessment({ 'CON-04': 'no' }), 'findings/CON-04');
    const ar = (english: string, values?: Record<string, string | number>, description?: string) => say('ar', english, values, description);
    const form = await screen.findByRole('form', { name: ar('Rate and describe this finding') });
    const scale = within(form).getByRole('group', { name: ar('Scale: how grave is the harm?') });
    const grave = ar('Grave: harm to life, physical or mental integrity, or lasting loss of liberty');
    await userEvent.click(within(scale).getByRole('radio', { name: new RegExp(grave) }));
    await userEvent.click(within(within(form).getByRole('group', { name: ar('Scope: how many people does it reach?') })).getByRole('radio', { name: new RegExp(ar('A few individuals')) }));
    await userEvent.click(within(within(form).getByRole('group', { name: ar('Irremediability: how hard is it to put right?') })).getByRole('radio', { name: new RegExp(ar('Reversible with effort')) }));
    const severity = ar('{level} of 4 ({name})', { level: 4, name: ar('Grave', undefined, 'Severity level 4 of 4 of a human-rights harm (short name)') });
    expect(form.querySelector('.severity-score')!.textContent).toBe(
      ar('<b>Severity:</b> {severity}, the highest of the three: any one can make a harm severe, so they are not averaged', { severity, b: plain }),
    );
    within(within(form).getByRole('group', { name: ar('Our involvement (UNGP 19)') })).getByRole('radio', { name: ar('We contribute to it') });
    within(within(form).getByRole('group', { name: ar('Status', undefined, 'Finding editor: choice of the finding’s status') })).getByRole('radio', { name: ar('Accepted (with rationale)') });
    within(form).getByRole('button', { name: ar('Save finding') });
    // The registry names rights in English only: each such name is marked as English inside the Arabic page.
    const rights = within(form).getByRole('group', { name: ar('Rights affected') });
    const langs = within(rights).getAllByRole<HTMLInputElement>('checkbox').map((c) => c.labels![0]!.lang);
    expect(langs.length).toBeGreaterThan(0);
    expect(langs.every((lang) => lang === 'en')).toBe(true);
    const source = document.querySelector('.finding-source')!;
    expect(source.textContent).toContain(ar('Answered {answer}', { answer: ar('No', undefined, 'Answer to a checklist question') }));
    expect(document.body.textContent).not.toMatch(/Severity \(UNGP 14\)|We contribute|Save finding|Answered No/);
  });

  it('Checklist text quoted in French: findings named by the items’ translated gap titles, the red flag’s reason, the dashboard and the audit’s questions, under the not-reviewed note', async () => {
    await speak('fr');
    const note = /traduction pas encore relue/;
    const gap = (id: string) => itemText('fr', 'conception', id, 'gapTitle');
    const base = await triagedAssessment({ 'CON-01': 'partial', 'CON-02': 'no', 'CON-04': 'no' });
    const { unmount } = await openSection(base, 'findings');
    const table = await screen.findByRole('table', { name: 'Constats par ordre de priorité' });
    // Named in French once the translation has loaded; the English gap titles are gone.
    await within(table).findByRole('link', { name: gap('CON-04') });
    within(table).getByRole('link', { name: gap('CON-01') });
    const english = (await loadChecklist()).checklist.items.find((i) => i.id === 'CON-04')!;
    expect(english.gapTitle).toBeTruthy();
    expect(table.textContent).not.toContain(english.gapTitle);
    expect(screen.getByRole('note').textContent).toMatch(note);

    await userEvent.click(within(table).getByRole('link', { name: gap('CON-04') }));
    await screen.findByRole('heading', { level: 2, name: gap('CON-04') });
    const reason = frenchItems('conception')['CON-04']!.redFlag!.reason;
    expect(reason).not.toBe(english.redFlag!.reason);
    expect(document.querySelector('.finding-source')!.textContent).toContain(reason);
    unmount();

    await openSection(base, 'dashboard');
    const flags = await screen.findByRole('list', { name: /signal d’alerte ouvert/ });
    await within(flags).findByRole('link', { name: gap('CON-04') });
  });
});
