/** The councils' inquiries pages' messages (en); same keys in both languages. */
export default {
  'councils.inquiries.panel.title': 'Inquiries and requests — {body}',
  'councils.inquiries.panel.crumbs': 'Path in the councils section',
  'councils.inquiries.panel.councils': 'Councils',
  'councils.inquiries.panel.crumb': 'Inquiries and requests',
  'councils.inquiries.panel.lawDays':
    'The executive answers in writing within {days} days of delivery (art. 5c(3a) of the Act on municipal self-government). A week before the last day the administrators and coordinators are reminded, and after it the council is told the answer is late.',
  'councils.inquiries.panel.noLawDays':
    'The law sets no time to answer this council: the days recorded with the inquiry apply, or none.',
  'councils.inquiries.panel.listHeading': "The council's inquiries",
  'councils.inquiries.panel.none': 'The council has not sent any inquiries or requests yet.',
  'councils.inquiries.waiting.heading': 'Inquiries and requests awaiting an answer',
  'councils.inquiries.waiting.none': 'No inquiry or request of a council is awaiting an answer.',
  'councils.inquiries.waiting.item': '{body}: inquiry no. {number} — {title}',
  'councils.inquiries.state.daysLeft': 'awaiting an answer — days left: {days}',
  'councils.inquiries.state.po_terminie': 'past the deadline — no answer',
  'councils.inquiries.state.odpowiedziano': 'answered in time',
  'councils.inquiries.state.odpowiedziano_po_terminie': 'answered late',
  'councils.inquiries.state.bez_terminu': 'no deadline to answer',
  'councils.inquiries.card.heading': 'Inquiry no. {number}: {title}',
  'councils.inquiries.card.delivered': 'Delivered',
  'councils.inquiries.card.lastDay': 'Last day to answer',
  'councils.inquiries.card.noDeadline': 'no deadline',
  'councils.inquiries.card.state': 'State',
  'councils.inquiries.card.resolution': "Council's resolution",
  'councils.inquiries.card.answer': 'Answer',
  'councils.inquiries.card.answeredBy': 'Recorded by {who},',
  'councils.inquiries.card.office': 'the office',
  'councils.inquiries.card.answerPdf': 'Answer to inquiry no. {number} (PDF)',
  'councils.inquiries.answer.heading': 'Answer to inquiry no. {number}',
  'councils.inquiries.answer.once':
    'The answer is recorded once and published with the inquiry. Type it, attach the signed letter (PDF), or both.',
  'councils.inquiries.answer.text': 'Text of the answer',
  'councils.inquiries.answer.file': 'Letter with the answer (PDF, at most 10 MB)',
  'councils.inquiries.answer.fileHint': 'Optional if the text is typed.',
  'councils.inquiries.answer.missing': 'Type the answer or attach a PDF file.',
  'councils.inquiries.answer.save': 'Save the answer to inquiry no. {number}',
  'councils.inquiries.answer.saved': 'The answer to inquiry no. {number} is saved.',
  'councils.inquiries.register.heading': 'Register an inquiry adopted outside the platform',
  'councils.inquiries.register.intro':
    'Inquiries and requests adopted by resolution on the platform appear here by themselves. Enter one adopted at a meeting or on paper with the day it was delivered: the time runs from the next day.',
  'councils.inquiries.register.title': 'Subject of the inquiry',
  'councils.inquiries.register.text': 'Text of the inquiry or request',
  'councils.inquiries.register.deliveredOn': 'Day of delivery',
  'councils.inquiries.register.deliveredHint': 'The day the inquiry reached the office; not later than today.',
  'councils.inquiries.register.resolutionNumber': "Number of the council's resolution on the platform",
  'councils.inquiries.register.resolutionHint':
    'As number/year, e.g. 3/2026. Leave empty if the resolution was adopted outside the platform.',
  'councils.inquiries.register.days': 'Days to answer',
  'councils.inquiries.register.daysHint': 'The law sets no time for this council; leave empty if there is none.',
  'councils.inquiries.register.titleMissing': 'Enter the subject of the inquiry (at least 3 characters).',
  'councils.inquiries.register.textMissing': 'Type the text of the inquiry or request.',
  'councils.inquiries.register.dayMissing': 'Enter the day of delivery.',
  'councils.inquiries.register.daysBad': 'Enter a number of days from 1 to 365.',
  'councils.inquiries.register.save': 'Register the inquiry',
  'councils.inquiries.register.saved': 'Inquiry no. {number} is registered.',
  'councils.inquiries.openData.title': "Councils' open data",
  'councils.inquiries.openData.intro':
    'The data of the councils of {name} to download and reuse: councils, members, meetings with attendance, resolutions with named votes, opinion requests and inquiries.',
  'councils.inquiries.openData.privacy':
    'Members are named with their name, function and whom they represent. E-mail addresses, birth dates and home addresses are never published.',
  'councils.inquiries.openData.format':
    'CSV: UTF-8, semicolon-separated, as Polish spreadsheets expect. JSON: the same data, each vote as an event with the counts and every member’s vote.',
  'councils.inquiries.openData.csv': '{what} — CSV',
  'councils.inquiries.openData.json': '{what} — JSON',
  'councils.inquiries.openData.columns': 'Columns of the CSV file ({count})',
  'councils.inquiries.openData.organy.title': 'Councils',
  'councils.inquiries.openData.organy.description':
    'Councils: kind, state, legal basis, statute (resolution and number of seats) and the current term.',
  'councils.inquiries.openData.czlonkowie.title': 'Members',
  'councils.inquiries.openData.czlonkowie.description':
    'Name, function, seat, whom the member represents, the first and last day of the mandate and why it ended.',
  'councils.inquiries.openData.posiedzenia.title': 'Meetings',
  'councils.inquiries.openData.posiedzenia.description':
    'Meetings with their agenda and each member’s attendance (in CSV one row per member).',
  'councils.inquiries.openData.uchwaly.title': 'Resolutions and votes',
  'councils.inquiries.openData.uchwaly.description':
    'Resolutions after the vote: outcome, counts and each member’s named vote (in CSV one row per vote), with the address of the adopted resolution’s PDF.',
  'councils.inquiries.openData.opinie.title': 'Opinion requests',
  'councils.inquiries.openData.opinie.description':
    'Drafts sent to the councils for an opinion: day of delivery, last day, outcome and the number of the resolution with the opinion.',
  'councils.inquiries.openData.zapytania.title': 'Inquiries and requests',
  'councils.inquiries.openData.zapytania.description':
    "The councils' inquiries and requests to the executive: delivery, last day, state and answer.",
  'councils.inquiries.openData.wybory.title': 'Elections',
  'councils.inquiries.openData.wybory.description':
    'Published results of the councils’ elections: constituencies, ballots, each candidate’s votes, the elected and the notes of draws by lot.',
} as const
