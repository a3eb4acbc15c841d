/** Audit labels of the councils' opinions actions (pl). */
export default {
  'audit.action.rd.opinion.request': 'Rady: prośba o opinię wysłana',
  'audit.action.rd.opinion.withdraw': 'Rady: prośba o opinię wycofana',
  'audit.action.rd.opinion.waiver': 'Rady: rezygnacja z prawa do wyrażenia opinii (upływ terminu)',
  'audit.action.rd.opinion.lapse': 'Rady: termin na opinię minął bez opinii',
  'audit.action.rd.resolution.propose': 'Rady: projekt uchwały poddany pod głosowanie',
  'audit.action.rd.resolution.vote': 'Rady: głos członka oddany lub zmieniony',
  'audit.action.rd.resolution.close': 'Rady: głosowanie nad uchwałą zamknięte i policzone',
} as const
