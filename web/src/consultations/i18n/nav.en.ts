/**
 * The module's messages read outside its lazy pages, by the entry script (the module's names, the panel's navigation
 * and links, states and phases on pages loaded at once). The rest is in `*.pages.en.ts`. Same keys as `nav.pl.ts`.
 */
export default {
  'module.consultations': 'Public consultations',
  'module.consultations.inSentence': 'public consultations',
  'home.feature.consultations':
    'Public consultations: an announcement that follows the statute, the draft document in versions and an Atom feed.',
  'audit.action.ks.consultation.create': 'Consultation: draft created',
  'audit.action.ks.consultation.update': 'Consultation: draft changed',
  'audit.action.ks.consultation.publish': 'Consultation: published',
  'audit.action.ks.document.version': 'Consultation: new version of the draft document',
  'process.status.trwają konsultacje': 'consultation open',
  'consultations.panel.section': 'Consultations',
  'consultations.panel.forbidden':
    'The consultations section is for the administrator, the coordinator and the moderator. Your role: {role}.',
} as const
