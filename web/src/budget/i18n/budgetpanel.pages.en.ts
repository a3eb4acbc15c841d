/**
 * Messages of the budget panel added to part 1: editing an edition, submission form fields, groups of projects that
 * exclude each other, the author's corrections to a verifier's question, and changing the dates of a running edition
 * (the panel form and the public notices on the edition page). Same keys as `budgetpanel.pages.pl.ts`.
 */
export default {
  // Editing an edition
  'budgetpanel.edit.heading': 'Edition settings',
  'budgetpanel.edit.open': 'Edit edition',
  'budgetpanel.edit.close': 'Close the form without saving',
  'budgetpanel.edit.submit': 'Save changes to the edition',
  'budgetpanel.edit.saved': 'Saved the changes to the participatory budget edition for {year}.',
  'budgetpanel.edit.openUntil': 'Settings can be changed until project submission opens: {date}.',
  'budgetpanel.edit.ruleAll':
    'Until then you can change the resolution, the pools (amounts, cost limits, residents, required supporters), the calendar, the voting rules and the submission form.',
  'budgetpanel.edit.ruleYear': 'The budget year can never change — create a new edition instead.',
  'budgetpanel.edit.ruleAfter':
    'Once submission opens (or the first project is saved) every setting is locked: changing the rules during submission needs a new council resolution. The dates of phases can still be moved separately, with a reason that is made public.',
  'budgetpanel.edit.lockedSince': 'Project submission opened on {date}.',
  'budgetpanel.edit.lockedBody':
    'The settings of this edition can no longer be changed in the system: every field is locked — the resolution, pools, rules and submission form. Residents submit under the rules announced before submission; changing them needs an amended council resolution.',
  'budgetpanel.edit.yearLocked': 'The year of an edition cannot change.',
  'budgetpanel.edit.reload': 'Load the current version of the edition (unsaved changes will be lost)',
  'budgetpanel.edit.reloaded': 'Loaded the current version of the edition. Make your changes again.',

  // Submission form fields
  'budgetpanel.fields.legendAll': 'Project submission form',
  'budgetpanel.fields.intro':
    'Extra fields residents fill in when submitting (besides title, description, location and costs), e.g. the landowner’s consent or a district. The order of the list is the order in the form.',
  'budgetpanel.fields.none': 'The form has no extra fields.',
  'budgetpanel.fields.legend': 'Field {n}',
  'budgetpanel.fields.fieldLabel': 'Field {n}: {part}',
  'budgetpanel.fields.untitled': 'field {n}',
  'budgetpanel.fields.label': 'Field label',
  'budgetpanel.fields.labelHint': 'As residents will see it, e.g. “Landowner’s consent”.',
  'budgetpanel.fields.keyKept': 'Answers are stored under the key “{key}” — changing the label does not change it.',
  'budgetpanel.fields.type': 'Kind of field',
  'budgetpanel.fields.type.text': 'Short text',
  'budgetpanel.fields.type.textarea': 'Longer text',
  'budgetpanel.fields.type.checkbox': 'Yes/no tick box',
  'budgetpanel.fields.type.choice': 'One option from a list',
  'budgetpanel.fields.required': 'Required field',
  'budgetpanel.fields.requiredHint': 'A project cannot be submitted without filling in (or ticking) this field.',
  'budgetpanel.fields.options': 'Options',
  'budgetpanel.fields.optionsHint': 'One option per line; at least two.',
  'budgetpanel.fields.help': 'Help for residents',
  'budgetpanel.fields.helpHint': 'Shown under the field’s label (up to 500 characters).',
  'budgetpanel.fields.up': 'Move up: {name}',
  'budgetpanel.fields.down': 'Move down: {name}',
  'budgetpanel.fields.remove': 'Remove field: {name}',
  'budgetpanel.fields.add': 'Add a form field',
  'budgetpanel.fields.moved': 'Field “{name}” is now in position {position}.',
  'budgetpanel.fields.removed': 'Removed field “{name}”.',
  'budgetpanel.fields.labelRequired': 'Enter the field’s label (at least 2 characters).',
  'budgetpanel.fields.labelTooLong': 'The label can have at most 200 characters.',
  'budgetpanel.fields.labelDuplicate': 'The form already has this field — labels must differ.',
  'budgetpanel.fields.helpTooLong': 'The help text can have at most 500 characters.',
  'budgetpanel.fields.optionsRequired': 'A choice field needs at least two options (one per line).',
  'budgetpanel.fields.optionsDuplicate': 'Options must differ.',
  'budgetpanel.fields.optionTooLong': 'An option can have at most 120 characters.',

  // Attachments
  'budgetpanel.files.legend': 'Attachments',
  'budgetpanel.files.maxFiles': 'Most attachments',
  'budgetpanel.files.maxFilesHint': 'From 0 to 20.',
  'budgetpanel.files.minFiles': 'Required attachments',
  'budgetpanel.files.minFilesHint': 'How many files an author must attach (e.g. a map); 0 — none.',
  'budgetpanel.files.maxMb': 'Largest file (MB)',
  'budgetpanel.files.maxMbHint': 'From 0.1 to 20 MB.',
  'budgetpanel.files.types': 'Allowed file types',
  'budgetpanel.files.countInvalid': 'Enter a whole number from 0 to {max}.',
  'budgetpanel.files.minAboveMax': 'There cannot be more required attachments than allowed ones.',
  'budgetpanel.files.sizeInvalid': 'Enter a size in MB from 0.1 to 20 (e.g. 5 or 2.5).',
  'budgetpanel.files.typesRequired': 'Tick at least one allowed file type.',
  'budgetpanel.files.required': 'Required: at least {count} attachment(s).',

  // Projects that exclude each other
  'budgetpanel.conflicts.navLink': 'Mutually exclusive projects',
  'budgetpanel.conflicts.listLink': 'Mutually exclusive projects (groups)',
  'budgetpanel.conflicts.title': 'Mutually exclusive projects — {year}',
  'budgetpanel.conflicts.titleFor': 'Mutually exclusive projects — participatory budget {year} — {name}',
  'budgetpanel.conflicts.intro':
    'Projects exclude each other when they cannot both be carried out (e.g. two playgrounds on the same plot). Only the project with the best result in such a group can win; the others are skipped when the results are computed.',
  'budgetpanel.conflicts.listHeading': 'Recorded groups',
  'budgetpanel.conflicts.empty': 'No group has been recorded yet.',
  'budgetpanel.conflicts.groupHeading': 'Group {n}',
  'budgetpanel.conflicts.recorded': 'Recorded',
  'budgetpanel.conflicts.projectNamed': 'no. {number} “{title}”',
  'budgetpanel.conflicts.projectUnnumbered': '“{title}”',
  'budgetpanel.conflicts.remove': 'Remove group {n}',
  'budgetpanel.conflicts.removeTitle': 'Remove this group of mutually exclusive projects?',
  'budgetpanel.conflicts.removeBody':
    'The group “{reason}” will no longer apply when results are computed. The removal is recorded in the audit log.',
  'budgetpanel.conflicts.removeConfirm': 'Remove group',
  'budgetpanel.conflicts.removed': 'Removed the group “{reason}”.',
  'budgetpanel.conflicts.newHeading': 'New group',
  'budgetpanel.conflicts.newIntro': 'Tick at least two projects that exclude each other and give the reason.',
  'budgetpanel.conflicts.projectsLegend': 'Projects in the group',
  'budgetpanel.conflicts.search': 'Search projects',
  'budgetpanel.conflicts.searchHint':
    'Number, title or pool; case and Polish letters do not matter. Ticked projects stay ticked.',
  'budgetpanel.conflicts.shown': 'Showing {shown} of {total} projects.',
  'budgetpanel.conflicts.noMatch': 'No project matches the search.',
  'budgetpanel.conflicts.tableCaption': 'Projects of the {year} edition — tick those that exclude each other',
  'budgetpanel.conflicts.colChoose': 'Tick',
  'budgetpanel.conflicts.noneChosen': 'No project ticked yet.',
  'budgetpanel.conflicts.chosen': 'Ticked ({count}): {names}.',
  'budgetpanel.conflicts.reason': 'Reason',
  'budgetpanel.conflicts.reasonHint':
    'E.g. “The same plot on Lipowa Street”. The reason is shown on the projects’ public pages.',
  'budgetpanel.conflicts.submit': 'Save group',
  'budgetpanel.conflicts.chooseTwo': 'Tick at least two projects.',
  'budgetpanel.conflicts.reasonRequired': 'Give the reason (at least 5 characters).',
  'budgetpanel.conflicts.saved': 'Saved the group of mutually exclusive projects: {names}.',
  'budgetpanel.conflicts.projectHeading': 'Mutually exclusive projects',
  'budgetpanel.conflicts.projectNone': 'This project is in no group of mutually exclusive projects.',
  'budgetpanel.conflicts.projectExcludes': 'Excludes:',
  'budgetpanel.conflicts.projectReason': 'Reason:',
  'budgetpanel.conflicts.manageLink': 'All groups of mutually exclusive projects',

  // The author's corrections
  'budgetpanel.correction.heading': 'Corrections to the project',
  'budgetpanel.correction.intro':
    'The verifier asked for clarification. You can correct the project and answer until {date}.',
  'budgetpanel.correction.introAfter':
    'Sending the answer closes the question — after that the project can no longer be corrected. The project’s pool cannot change.',
  'budgetpanel.correction.poolLocked': '(the pool cannot change after submission)',
  'budgetpanel.correction.costLegend': 'Cost estimate',
  'budgetpanel.correction.answerLabel': 'Answer to question {n}',
  'budgetpanel.correction.answerHint':
    'You can save corrections first and answer later (before the deadline). Sending the answer closes the question.',
  'budgetpanel.correction.answerBelow': 'answer in the “Corrections to the project” form below.',
  'budgetpanel.correction.submit': 'Save corrections and answer',
  'budgetpanel.correction.nothing': 'Nothing changed: correct the project or write an answer.',
  'budgetpanel.correction.titleShort': 'The project’s title needs at least 5 characters.',
  'budgetpanel.correction.costEmpty': 'The cost estimate needs at least one item.',
  'budgetpanel.correction.savedFields': 'Corrections saved. Remember to answer the question before the deadline.',
  'budgetpanel.correction.savedAnswer': 'Answer sent. The question is closed.',
  'budgetpanel.correction.savedBoth': 'Corrections saved and answer sent. The question is closed.',
  'budgetpanel.correction.closedTitle': 'Corrections are closed.',
  'budgetpanel.correction.closedAnswered': 'The answer to the verifier’s question was sent on {date}.',
  'budgetpanel.correction.closedAnsweredUndated': 'The answer to the verifier’s question has been sent.',
  'budgetpanel.correction.closedDeadline': 'The time for corrections and an answer (until {date}) has passed.',
  'budgetpanel.correction.closedBody':
    'The project can no longer be changed. If the verifier asks another question, you will get an e-mail and can correct it again.',

  // Changing the dates of a running edition (panel)
  'budgetpanel.calendar.intro':
    'The dates of phases can still be moved, e.g. to extend submission or move the voting week. Every change is announced on the public edition page with its date and reason, and authors of projects affected by new submission, assessment or appeal dates get an e-mail.',
  'budgetpanel.calendar.open': 'Change dates',
  'budgetpanel.calendar.close': 'Close the change of dates without saving',
  'budgetpanel.calendar.legend': 'New dates of the phases',
  'budgetpanel.calendar.hint':
    'Phases that have ended cannot change. A phase in progress can only get a new end (in the future). Phases that have not started can move to dates in the future. Phases may not overlap.',
  'budgetpanel.calendar.endedOn': 'Ran until',
  'budgetpanel.calendar.endedBody': 'The dates of a phase that has ended cannot change.',
  'budgetpanel.calendar.currentSince': 'In progress since',
  'budgetpanel.calendar.currentBody': 'Its start cannot change; you can move its end to a time in the future.',
  'budgetpanel.calendar.upcomingBody': 'Not started yet: you can move it to dates in the future.',
  'budgetpanel.calendar.lockedEnded': 'Cannot change: the phase has ended.',
  'budgetpanel.calendar.lockedStart': 'Cannot change: the phase is in progress.',
  'budgetpanel.calendar.reason': 'Reason for the change',
  'budgetpanel.calendar.reasonHint':
    '10 to 2000 characters, e.g. “Submission extended at the request of the neighbourhood councils (order no. 45/2026)”. Residents see it on the edition page, project authors in an e-mail.',
  'budgetpanel.calendar.submit': 'Save the new dates',
  'budgetpanel.calendar.saved':
    'Saved the new dates of the {year} edition. The notice of the change is on the public edition page.',

  // Changes of the schedule (public edition page)
} as const
