/**
 * English of the councils module's Polish server texts, keyed by the Polish text exactly as the code writes it
 * (`{name}` where the code puts in a value), one file per part of the module; registered through the manifest
 * (`messages`), and `tests/unit/server-messages.test.ts` lists every Polish text without an entry. Wording: the RDPP
 * is the "public benefit council", a rada seniorów the "seniors' council", a młodzieżowa rada the "youth council".
 */
import applications from './applications.en'
import bodies from './bodies.en'
import candidates from './candidates.en'
import domain from './domain.en'
import electionVote from './election-vote.en'
import elections from './elections.en'
import inquiries from './inquiries.en'
import members from './members.en'
import opinions from './opinions.en'

const en: Readonly<Record<string, string>> = {
  ...domain,
  ...bodies,
  ...applications,
  ...candidates,
  ...electionVote,
  ...elections,
  ...members,
  ...opinions,
  ...inquiries,
  'Nie ma takiej rady.': 'There is no such council.',
  '{body}: link do przestrzeni członków': "{body}: link to the members' space",
  'oto Twój link do przestrzeni członków rady „{body}” ({tenant}): opinie, głosowania, posiedzenia i dyskusja.':
    "here is your link to the members' space of the council “{body}” ({tenant}): opinions, votes, meetings and discussion.",
  'Link działa tylko dla Ciebie: nie przekazuj go nikomu. Jeśli go zgubisz, poproś o nowy na stronie rady.':
    "The link works only for you: do not pass it on. If you lose it, ask for a new one on the council's page.",
  'Ten link członka rady jest nieważny lub mandat wygasł. Poproś o nowy link.':
    "This council member's link is not valid or the mandate has ended. Ask for a new link.",
  'Jesteś członkiem innej rady: tu nie możesz czytać ani działać.':
    'You are a member of another council: you cannot read or act here.',
}

export default en
