/**
 * The councils module's messages read outside its lazy pages, by the entry script. The rest is in `*.pages.en.ts`.
 * Same keys as `nav.pl.ts`.
 */
export default {
  'module.councils': 'Councils',
  'module.councils.inSentence': "seniors', youth and public benefit councils",
  'home.feature.councils':
    "Seniors', youth and public benefit councils: statutes as data, applications to create them, calls for candidates, meetings and opinions within the legal deadlines.",
  'process.status.zbieranie podpisów': 'collecting signatures',
  'process.status.nabór kandydatów': 'call for candidates',
  'councils.panel.section': 'Councils',
  'councils.panel.forbidden': 'The councils section is for the administrator and the coordinator. Your role: {role}.',
} as const
