import type { AnswerStatus } from '../../src/domain';

/**
 * The example's answers, one per applicable item, written as the assessor of a
 * small analytics company would: what is in place, what is not, and where the
 * proof is. Evidence URLs use the reserved `.example` domain.
 */
export interface ExampleAnswer {
  status: AnswerStatus;
  notes: string;
  evidence?: { label: string; url?: string }[];
  by?: string;
}

const DOCS = 'https://kestrel-labs.example/docs';

export const ANSWERS: Record<string, ExampleAnswer> = {
  'CON-01': {
    status: 'yes',
    notes:
      'Purpose statement v3 (approved by the management board on 12 January 2026): "help municipal social-welfare centres contact the households most in need of home-care and benefit support first". Annex B lists prohibited uses: fraud detection, eligibility decisions, sharing with police or migration authorities, and scoring of individuals for any purpose other than outreach.',
    evidence: [{ label: 'Purpose statement v3 with annex B (prohibited uses)', url: `${DOCS}/purpose-v3.pdf` }],
  },
  'CON-02': {
    status: 'yes',
    notes:
      'Due diligence started in the discovery phase in 2024, before the first model was trained. Owner: Zofia Wiśniewska (Head of Responsible AI), who reports to the CEO and has a veto on releases that fail the human rights gate.',
    evidence: [{ label: 'Release gate procedure RG-2, section 4' }],
  },
  'CON-03': {
    status: 'yes',
    notes:
      'Stakeholder map v2 covers households whose cases are scored, household members who never contact the centre, caseworkers, centre managers, and groups in vulnerable situations: older people living alone, persons with disabilities, Roma families, Ukrainian refugees registered in Łódź and people without internet access.',
    evidence: [{ label: 'Stakeholder map v2 (Miro export, 14 pages)' }],
  },
  'CON-04': {
    status: 'yes',
    notes:
      'Kestrel Insight ranks open social-assistance cases for proactive outreach. It does not monitor people, collect location or communications data, or run outside the centres\' own case records. The contract forbids any use for surveillance or enforcement.',
  },
  'CON-05': {
    status: 'no',
    notes:
      'Poland: the Social Assistance Act and the centres\' GDPR Article 6(1)(e) basis were reviewed by counsel in 2025 and cover the processing. Greece: for the Athens pilot we have not found a clear, public legal basis for profiling case records; the municipality relies on a general public-task clause. The pilot was paused on 3 September 2026 until Greek counsel gives an opinion.',
    evidence: [{ label: 'Legal opinion, Poland (Kancelaria Nowak, 2025-05-19)' }, { label: 'Pilot suspension notice to Δήμος Αθηναίων, 2026-09-03' }],
  },
  'CON-06': {
    status: 'yes',
    notes:
      'Necessity and proportionality test recorded per data field: 41 candidate fields were proposed, 17 are used. Free-text case notes, nationality and health diagnoses were rejected as not necessary. Outreach is an offer, so the intrusion is limited to a letter or phone call that people can decline.',
    evidence: [{ label: 'Field-by-field proportionality register', url: `${DOCS}/proportionality.xlsx` }],
  },
  'CON-07': {
    status: 'yes',
    notes:
      'Rights register covers privacy, non-discrimination, social security, an adequate standard of living, health, effective remedy and accessibility. It names harms of the technology itself, such as wrong priority scores for people with thin records, and not only misuse.',
  },
  'CON-08': {
    status: 'yes',
    notes:
      'Benefits recorded in rights terms: faster home-care support for older people living alone (health, adequate living), fewer lapsed benefit renewals (social security). Each benefit has a measure agreed with MOPS Łódź; see the benefits register in this assessment.',
  },
  'CON-09': {
    status: 'yes',
    notes:
      'Three trade-offs logged with decisions and reasons: accuracy against data minimisation, proactive outreach against stigma, and remote engineering support against keeping data in Poland. See the trade-off log.',
  },
  'CON-10': {
    status: 'yes',
    notes:
      'Misuse scenarios workshop (March 2026) found three foreseeable misuses: a future government using the score for fraud targeting, a centre using it to ration support, and re-identification of pseudonymised exports. Each has a control in the design requirements.',
    evidence: [{ label: 'Misuse scenarios workshop notes, 2026-03-04' }],
  },
  'CON-11': {
    status: 'yes',
    notes:
      'Context assessment written separately for Łódź (a municipal centre with 38,000 open cases, caseworker shortages) and Athens (pilot in two districts, case records partly on paper). Local law, staffing and connectivity are covered for both.',
  },
  'CON-12': {
    status: 'yes',
    notes:
      'The model uses only records the centre already holds, so people without internet access are scored like anyone else; outreach is by letter and phone, never app-only. We checked that households without an email address are not ranked lower (they are not: 0.2 percentage points difference).',
  },
  'CON-13': {
    status: 'yes',
    notes:
      'Participation plan budgets 6% of the 2026 product budget for consultation, with paid sessions for community members. Four engagements so far (see stakeholders). A standing advisory panel with MOPS service users meets quarterly.',
  },
  'CON-14': {
    status: 'partial',
    notes:
      'We broke model results down by gender and found similar error rates. We have not yet done a full gender analysis: for example, whether single mothers or women caring for relatives are contacted in ways that add to their care burden, or whether domestic-violence cases need different outreach.',
  },
  'CON-15': {
    status: 'partial',
    notes:
      'Poland has no Indigenous peoples in this setting, but the Roma community in Łódź is directly affected. We met Roma community mediators once (June 2026) and removed a school-attendance signal as a result. We have not consulted Roma organisations in Athens, and outreach material in Romani is still in draft.',
  },
  'CON-17': {
    status: 'yes',
    notes:
      'Revenue is a per-centre annual licence. Kestrel does not sell, license or reuse any case data; the data processing agreement makes the centre the controller and forbids secondary use, including model training for other customers.',
    evidence: [{ label: 'Data processing agreement template v4, clauses 3 and 9' }],
  },
  'CON-24': {
    status: 'yes',
    notes:
      'Human rights policy adopted by the board in 2025 and re-endorsed for Kestrel Insight in January 2026, with 1.5 full-time posts and a budget line for external audit and consultation.',
  },
  'CON-27': {
    status: 'yes',
    notes:
      'Deployment is limited to EU member states by contract. Before Greece we assessed whether authorities could compel disclosure; the data stay with the municipality as controller. Any new country requires a fresh assessment signed off by the Head of Responsible AI.',
  },
  'CON-28': {
    status: 'yes',
    notes:
      'The ranking supports, never makes, a decision: it orders a caseworker\'s outreach list. We compared it with a simple rule-based list (age over 75 and living alone) and the model finds 31% more households that later needed urgent support. It does not decide eligibility for any benefit.',
    evidence: [{ label: 'Model justification memo and rule-based baseline comparison' }],
  },
  'DES-01': {
    status: 'yes',
    notes: 'Only 17 fields leave the case system, pseudonymised at source. No free text, no nationality, no diagnosis codes. Exports to the dashboard show caseworkers only their own district.',
  },
  'DES-02': {
    status: 'partial',
    notes:
      'Tested for gender and age groups before release 3.0: false-negative rates within 2 percentage points. Not yet tested for disability status or for nationality proxies such as language of correspondence, where we suspect refugee households are under-ranked because their records are newer.',
    evidence: [{ label: 'Fairness test report 3.0 (gender, age)', url: `${DOCS}/fairness-3.0.pdf` }],
  },
  'DES-03': {
    status: 'yes',
    notes:
      'Kestrel Insight is an internal tool for caseworkers; the public service itself is unchanged. Anyone can still walk into a centre or phone, and being ranked low never removes a service.',
  },
  'DES-04': {
    status: 'yes',
    notes:
      'Twenty-three human rights requirements in the backlog, each with an owner and a test, for example HR-07 "a caseworker must record a reason when overriding the ranking" and HR-12 "no field that reveals ethnicity or nationality".',
    evidence: [{ label: 'Requirements HR-01 to HR-23 in the product backlog' }],
  },
  'DES-05': {
    status: 'not-applicable',
    notes:
      'The processing rests on the centres\' public task, not on consent, so there is no consent to give or withdraw. People are told about the processing in the centres\' privacy notice and can object under GDPR Article 21; objections remove the case from ranking.',
  },
  'DES-06': {
    status: 'yes',
    notes:
      'Purpose limitation is enforced in code (the scoring service accepts only the outreach schema) and by contract. Requests from police or other authorities must go to the centre as controller; Kestrel has no copy of identifiable data to hand over.',
  },
  'DES-07': {
    status: 'yes',
    notes:
      'Subject access, correction and deletion run through the centre\'s existing GDPR process; the ranking and the fields behind it appear in the access report in plain Polish or Greek. Average response time in 2026: 11 days.',
  },
  'DES-08': {
    status: 'yes',
    notes: 'TLS 1.3 in transit, AES-256 at rest with keys held by the centre, signed model artefacts, annual penetration test (last one June 2026, no high findings open).',
    evidence: [{ label: 'Penetration test summary, June 2026' }],
  },
  'DES-10': {
    status: 'yes',
    notes: 'Scores and explanations are exported as CSV and JSON with a published schema; the model card and feature list are public, so a centre can switch supplier without losing its history.',
  },
  'DES-11': {
    status: 'no',
    notes:
      'Our own engineers reviewed the design for misuse, but no independent red team with human rights expertise has tested it. Budget for one was approved in October 2026.',
  },
  'DES-12': {
    status: 'yes',
    notes:
      'A proposed "likely to refuse help" flag was left out because the evidence was weak and the harm (people being skipped) could be serious. The Athens deployment stayed a supervised pilot.',
  },
  'DES-13': {
    status: 'unknown',
    notes:
      'We do not know whether training data under-represent refugee households and Roma families: the centres do not record ethnicity, and we chose not to infer it. MOPS statisticians have offered an aggregate comparison with census data, which is not done yet.',
  },
  'DES-14': {
    status: 'yes',
    notes:
      'Each ranked case shows its three main reasons in plain language. A household can ask its caseworker why it was or was not contacted, and the centre\'s complaints procedure can change the outreach order.',
    evidence: [{ label: 'Screenshot of the "why this case" panel' }],
  },
  'DES-15': {
    status: 'yes',
    notes:
      'No decision is automated: the ranking only orders an outreach list, and a trained caseworker decides whom to contact and what support to offer. Caseworkers override the order in about 14% of cases, with a recorded reason.',
  },
  'DES-18': {
    status: 'yes',
    notes: 'No field on ethnicity, nationality, religion or gender is used as a feature, and the API rejects queries that filter by them. Proxies are reviewed in the quarterly fairness review.',
  },
  'DES-21': {
    status: 'yes',
    notes:
      'Caseworker interface meets WCAG 2.2 AA (external audit, April 2026). Outreach letters come in large print and easy-read versions, tested with members of a disability rights association in Αθήνα and with older residents in Łódź.',
    evidence: [{ label: 'WCAG 2.2 AA audit report, April 2026' }, { label: 'Easy-read letter templates (PL, EL)' }],
  },
  'DES-22': {
    status: 'yes',
    notes:
      'Three of the five caseworkers in the design group are women, and the usability tests included women caring for relatives. Outreach calls can be scheduled at times the person chooses. A full gender analysis is tracked under CON-14.',
  },
  'DES-23': {
    status: 'not-applicable',
    notes: 'The product has no user-to-user features, messaging or public profiles, so there is no channel for harassment between users. Caseworker contact details are never shown to households through the system.',
  },
  'DES-24': {
    status: 'partial',
    notes:
      'Interface in Polish and Greek; letters in Polish, Greek, Ukrainian and English, checked by native speakers. Romani letters are drafted by the community mediators but not yet checked or in use.',
  },
  'DES-25': {
    status: 'yes',
    notes: 'The caseworker app works offline on the centres\' older laptops and syncs when connected; home-visit staff in rural parts of the Athens pilot districts used it without a signal.',
  },
  'DES-26': {
    status: 'yes',
    notes: 'Households pay nothing and need no device: outreach is by letter, phone or visit. The licence is paid by the municipality.',
  },
  'DEP-01': {
    status: 'yes',
    notes:
      'Human rights impact assessment completed in December 2025, before the Łódź roll-out in January 2026; its 19 recommendations were tracked to closure or explicitly accepted. A separate assessment for Athens was done before the pilot started.',
    evidence: [{ label: 'HRIA Łódź, final report, 2025-12-08', url: `${DOCS}/hria-lodz.pdf` }],
  },
  'DEP-03': {
    status: 'yes',
    notes:
      'From day one, households could complain through the centre\'s existing complaints office, by phone, in person or by letter, and a dedicated Kestrel ombudsperson address handles complaints about the ranking itself. 23 complaints received in 2026, all answered.',
  },
  'DEP-04': {
    status: 'yes',
    notes: 'Six-month evaluation by MOPS Łódź (August 2026): median time from a need arising to the first visit fell from 41 to 19 days for older people living alone, with no rise in complaints.',
    evidence: [{ label: 'MOPS Łódź evaluation report, August 2026' }],
  },
  'DEP-05': {
    status: 'partial',
    notes:
      'Affected people were consulted (caseworkers, a disability rights association, Roma mediators, service-user panel). The summary of findings went back to the service-user panel, but not yet to every group consulted, and not in easy-read form.',
  },
  'DEP-06': {
    status: 'yes',
    notes: 'Public page on the centre\'s website explains, in Polish and English, what Kestrel Insight does, which data it uses, who runs it and how to object; the model card is published.',
    evidence: [{ label: 'Public information page', url: 'https://mops-lodz.example/kestrel-insight' }],
  },
  'DEP-07': {
    status: 'yes',
    notes: 'Three-month pilot in two Łódź districts under supervision of the centre\'s data protection officer, with stop conditions agreed in advance (override rate above 40%, any complaint upheld for discrimination). None was met.',
  },
  'DEP-21': {
    status: 'yes',
    notes: 'The product does not pay benefits; it helps caseworkers reach people who may be missing them. Benefit renewals still go by post and in person, and the evaluation checked that older and rural households were reached.',
  },
  'DEP-22': {
    status: 'yes',
    notes: 'No channel was closed: walk-in, phone and letter routes are unchanged. The ranking adds proactive outreach on top of them.',
  },
  'DEP-24': {
    status: 'yes',
    notes: 'Launch was announced by letter to all open cases, posters in centres and a radio slot on Radio Łódź, in Polish, Ukrainian and easy-read versions.',
  },
  'DEP-25': {
    status: 'yes',
    notes: 'Households need no digital skills. Caseworkers received a day of training and a floor-walker for the first two weeks; the Athens pilot had an on-site support engineer.',
  },
  'DEP-26': {
    status: 'yes',
    notes: 'All 142 caseworkers completed training on the ranking\'s limits, automation bias and the override duty before first use; new staff complete it before getting access.',
    evidence: [{ label: 'Training attendance log and course materials' }],
  },
  'DEP-27': {
    status: 'yes',
    notes: 'Government-demands procedure GD-1 (approved March 2026) routes any demand to legal counsel, requires a written legal basis and narrows or challenges overbroad demands. No demand received so far.',
  },
  'DEP-28': {
    status: 'yes',
    notes: 'Production data for Łódź stay in an EU (Warsaw) data centre; Athens data stay in Greece. The Athens engineering team sees only pseudonymised samples under the intra-group agreement and standard contractual clauses are not needed.',
  },
  'DEP-29': {
    status: 'yes',
    notes: 'The complaints route was checked against the eight UNGP 31 criteria with the centre\'s ombudsperson in May 2026; gaps found (no published timeframes) were fixed.',
  },
  'DEP-30': {
    status: 'yes',
    notes: 'The licence agreement commits Kestrel to cooperate in remedy, including correcting records and funding reviews of affected cases, and not to obstruct complaints to the data protection authority (UODO) or courts.',
  },
  'OPS-01': {
    status: 'yes',
    notes: 'Quarterly impact dashboard: time to first contact, override rate, complaints by topic and outreach declined, reviewed with the service-user panel as well as internally.',
  },
  'OPS-02': {
    status: 'yes',
    notes: 'Kill switch documented and tested twice: the centre can revert to its previous manual list within one hour. Triggers include an upheld discrimination complaint or group error gaps above 5 points.',
  },
  'OPS-04': {
    status: 'yes',
    notes: 'Annual independent audit by an accredited auditor (first in September 2026) using logs, test data and interviews; the report went to the centre\'s board unedited.',
    evidence: [{ label: 'Independent audit report, September 2026' }],
  },
  'OPS-05': {
    status: 'partial',
    notes: 'Overall accuracy and drift are monitored monthly. Error rates by group are only computed in the quarterly review, so a bias appearing between reviews could go unnoticed for up to three months.',
  },
  'OPS-06': {
    status: 'yes',
    notes: 'Quarterly purpose review compares actual queries and exports against the approved purpose; any new use needs a fresh assessment. A request from the municipal housing department in 2026 was refused on this basis.',
  },
  'OPS-08': {
    status: 'yes',
    notes: 'We track households never reached despite a high ranking, broken down by age, disability flag, district and language of correspondence, and report them to the centre each quarter.',
  },
  'OPS-09': {
    status: 'not-applicable',
    notes: 'No user-generated content or contact between users exists in the product, so it cannot be used for online gender-based violence. Misuse of case data by staff is covered by access logging (OPS-06).',
  },
  'OPS-10': {
    status: 'yes',
    notes: 'Complaints answered within the published 30 days in 22 of 23 cases; a recurring complaint about letters arriving after a bereavement led to a weekly check against the civil register.',
  },
  'OPS-11': {
    status: 'yes',
    notes: 'Two households were wrongly ranked low because of a data import error; both received a visit within a week, an apology letter and a review of their benefit entitlements.',
  },
  'OPS-12': {
    status: 'no',
    notes: 'Kestrel is not part of any industry or multi-stakeholder initiative. We looked at two; neither covers public-sector analytics in our region.',
  },
  'OPS-13': {
    status: 'partial',
    notes: 'The audit summary and the model card are public, but there is no annual human rights report covering risks, actions and results. The first one is planned for March 2027.',
  },
  'OPS-14': {
    status: 'yes',
    notes: 'Findings are prioritised by severity and irremediability in this assessment; the paused Athens pilot (legal basis) and the bias testing gap were dealt with first.',
  },
  'OPS-15': {
    status: 'yes',
    notes: 'A register of government requests exists and is reviewed by the board each quarter. It is empty: no request for data, removal or shutdown has been received.',
  },
  'OPS-16': {
    status: 'no',
    notes: 'No route for independent researchers to study the product\'s effects yet. The University of Łódź has asked; a protocol with aggregated or synthetic data is being discussed.',
  },
  'OPS-17': {
    status: 'yes',
    notes: 'The MOPS service-user panel and a disability rights association have a standing seat in the quarterly review; their input and our answers are minuted and published.',
  },
  'OPS-18': {
    status: 'yes',
    notes: 'The HRIA is re-run every year and before any new country, new data source or major model change; the 2026 update also looks at longer-term effects on trust in social services.',
  },
  'OPS-19': {
    status: 'yes',
    notes: 'Monthly patching, quarterly restore tests, data accuracy checks on each import, and an incident response plan exercised in May 2026 with the centre\'s IT team.',
  },
  'OPS-20': {
    status: 'yes',
    notes: 'Refresher training every year and whenever the model changes; release 3.2 came with a 30-minute module on the new explanation panel.',
  },
  'OPS-21': {
    status: 'yes',
    notes: 'Exit plan in the contract: on termination all data and models are returned or deleted within 30 days with a deletion certificate, and the centre keeps its manual list so no household loses contact.',
  },
};
