/**
 * Messages of an official's work in the panel: "Waiting for you" and the coming deadlines on a JST panel's start page,
 * search, filters and sorting of the projects table, scanned paper support lists, and the assessment form with one
 * stage's criteria. Same keys as `panelwork.pages.pl.ts`.
 */
export default {
  'panelwork.heading': 'Waiting for you',
  'panelwork.intro': 'Matters in the participatory budget editions that wait for you to act.',
  'panelwork.nothing': 'Nothing is waiting for you now.',
  'panelwork.item.unassigned': 'Projects without a verifier: {count}',
  'panelwork.item.toAssess': 'Projects for you to assess: {count}',
  'panelwork.item.openQuestions': 'Projects with a question waiting for the author’s answer: {count}',
  'panelwork.item.answers': 'Projects with an author’s answer to read: {count}',
  'panelwork.item.appeals': 'Appeals to decide: {count}',
  'panelwork.item.paperCards': 'Paper ballots to confirm: {count}',
  'panelwork.item.more': 'You will find the other projects ({count}) in the edition’s projects table.',
  'panelwork.deadlinesHeading': 'Coming deadlines',
  'panelwork.deadlinesEmpty': 'No participatory budget edition is running now.',
  'panelwork.deadline.now': 'Now: {phase}, until',
  'panelwork.deadline.next': 'Next: {phase}, from',
  'panelwork.deadline.between': 'No phase is running now.',

  'panelwork.table.filtersLabel': 'Search and filters of projects',
  'panelwork.table.search': 'Search',
  'panelwork.table.searchHint': 'Title, number or author of the project.',
  'panelwork.table.status': 'Status',
  'panelwork.table.pool': 'Pool',
  'panelwork.table.verifier': 'Verifier',
  'panelwork.table.allStatuses': 'all',
  'panelwork.table.allPools': 'all',
  'panelwork.table.allVerifiers': 'everyone',
  'panelwork.table.awaiting': 'waiting for assessment',
  'panelwork.table.noVerifier': 'without a verifier',
  'panelwork.table.clear': 'Clear search and filters',
  'panelwork.table.countAll': 'Projects in the edition: {total}.',
  'panelwork.table.countFiltered': 'Showing {shown} of {total} projects.',
  'panelwork.table.countFilteredOne': 'Showing {shown} of {total} project.',
  'panelwork.table.none': 'No project matches the search and filters.',

  'panelwork.scans.heading': 'Scanned support lists',
  'panelwork.scans.intro':
    'The scans hold residents’ names and addresses. Open them only to check the signatures, and do not pass them on.',
  'panelwork.scans.none': 'The author did not attach a scanned paper support list.',

  'panelwork.assess.formalCriteria':
    'At the formal stage you check the formal requirements. The merit criteria come after a positive formal assessment.',
  'panelwork.assess.meritCriteria':
    'At the merit stage you check the merit criteria. The formal requirements have already been assessed.',
  'panelwork.assess.rollingTitle': 'Rolling assessment:',
  'panelwork.assess.rollingUntil': 'submission is open until',
  'panelwork.assess.rollingBody':
    'Submitted projects are assessed now, without waiting for submission to close. The author gets the result at once, and after a negative assessment the appeal period starts at once.',
  'panelwork.project.nobodyAssigned': 'Nobody has been assigned to assess this project yet.',
  'panelwork.project.nobodyAssignedVerifier':
    'A coordinator or administrator assigns the verifier. Once the project is assigned to you, the assessment form appears here.',
  'panelwork.project.nobodyAssignedOrganiser':
    'You can assign a verifier in the projects table, or assess the project yourself.',
  'panelwork.project.assignLink': 'Projects without a verifier in the projects table',
} as const
