/** English of the councils' candidates server texts (problems, field errors, e-mails), keyed by the Polish text. */
const en: Readonly<Record<string, string>> = {
  'Adres rodzica lub opiekuna musi być inny niż adres kandydata.':
    "The parent's or guardian's address must differ from the candidate's.",
  'Brak klucza z linku.': 'The key from the link is missing.',
  'Dzień wyborów lub powołania musi przypadać po terminie zgłoszeń.':
    'The election or appointment day must come after the deadline for candidacies.',
  'Jeśli nie znasz tej osoby albo się nie zgadzasz, zignoruj tę wiadomość: kandydatura nie będzie ważna.':
    'If you do not know this person or do not agree, ignore this message: the candidacy will not be valid.',
  'Jeśli się zgadzasz, otwórz link, sprawdź dane i potwierdź zgodę do {deadline}:':
    'If you agree, open the link, check the details and confirm your consent by {deadline}:',
  'Kandydaci właśnie zostali powołani w innym żądaniu. Odśwież stronę.':
    'The candidates have just been appointed in another request. Refresh the page.',
  'Kandydat nie spełnia warunków statutu: {detail}': 'The candidate does not meet the statute’s conditions: {detail}',
  'Kandydat został już wybrany: mandat kończy rezygnacja złożona w urzędzie.':
    'The candidate has already been chosen: the mandate ends by a resignation filed with the office.',
  'Kandydata w imieniu organizacji zgłasza jej przedstawiciel: otwórz link przedstawiciela z e-maila.':
    "A candidate is nominated on an organisation's behalf by its representative: open the representative's link from the e-mail.",
  'Kandydatura będzie ważna, gdy rodzic lub opiekun potwierdzi zgodę linkiem, który wysłaliśmy na jego adres.':
    'The candidacy will be valid once a parent or guardian confirms consent with the link we sent to their address.',
  'Kandydatura czeka na zgodę rodzica lub opiekuna: nie można jej jeszcze zweryfikować.':
    "The candidacy is waiting for a parent's or guardian's consent: it cannot be verified yet.",
  'Kandydatura została odrzucona: nie ma czego wycofać.': 'The candidacy was refused: there is nothing to withdraw.',
  'Kandydatura została wycofana albo kandydat już wybrany: weryfikacja jest zamknięta.':
    'The candidacy was withdrawn or the candidate already chosen: verification is closed.',
  'Klucz przedstawiciela organizacji nie działa. Otwórz ponownie link z e-maila.':
    "The organisation representative's key does not work. Open the link from the e-mail again.",
  'Link działa tylko dla Ciebie: nie przekazuj go nikomu.': 'The link works only for you: do not pass it on.',
  'Lista poparcia ma {valid} ważnych podpisów, a statut wymaga {needed}: kandydatury nie można zweryfikować.':
    'The support list has {valid} valid signatures and the statute requires {needed}: the candidacy cannot be verified.',
  'Listę kandydatów publikuje się po terminie zgłoszeń ({deadline}).':
    'The list of candidates is published after the deadline for candidacies ({deadline}).',
  'Mandat musi zacząć się w kadencji: od {from} do {to}.':
    'The mandate must start within the term: from {from} to {to}.',
  'Nabór jest zamknięty: zgłoszenia przyjmowano do {deadline}.':
    'The call is closed: candidacies were accepted until {deadline}.',
  'Nabór rusza {day}: wtedy można zgłaszać kandydatury.': 'The call opens on {day}: candidacies can be made from then.',
  'Najpierw zweryfikuj wszystkie kandydatury: {count} czeka na weryfikację.':
    'Verify all candidacies first: {count} waiting for verification.',
  'Nie ma takiego kandydata w tym naborze.': 'There is no such candidate in this call.',
  'Nie ma takiego naboru.': 'There is no such call for candidates.',
  'Nie ma takiej kandydatury.': 'There is no such candidacy.',
  'Organizacja „{name}” nie jest wpisana w katalogu organizacji tej jednostki.':
    'The organisation “{name}” is not listed in this local government’s directory of organisations.',
  'Organizacja „{name}” zgłosiła już kandydata w tym naborze: statut pozwala na jedno zgłoszenie.':
    'The organisation “{name}” has already nominated a candidate in this call: the statute allows one nomination.',
  'Pod tym linkiem zobaczysz stan kandydatury i możesz ją wycofać:':
    'At this link you can see the state of the candidacy and withdraw it:',
  'Podaj adres e-mail rodzica lub opiekuna: kandydat niepełnoletni potrzebuje jego zgody.':
    "Enter a parent's or guardian's e-mail address: a minor candidate needs their consent.",
  'Podaj dzień otwarcia naboru.': 'Enter the day the call opens.',
  'Podaj dzień wyborów lub powołania.': 'Enter the election or appointment day.',
  'Podaj nazwę szkoły, która zgłasza kandydata.': 'Enter the name of the school nominating the candidate.',
  'Podaj ostatni dzień przyjmowania zgłoszeń.': 'Enter the last day candidacies are accepted.',
  'Podaj pierwszy dzień kadencji.': 'Enter the first day of the term.',
  'Podaj powód odrzucenia (co najmniej 5 znaków).': 'Give the reason for the refusal (at least 5 characters).',
  'Podaj tytuł naboru (co najmniej 5 znaków).': 'Enter the title of the call (at least 5 characters).',
  'Popraw formularz.': 'Correct the form.',
  'Popraw nabór: {detail}': 'Correct the call: {detail}',
  'Poprzeć kandydata może osoba, która ukończyła {age} lat.':
    'A candidate can be supported by a person aged {age} or over.',
  'Powołać można tylko zweryfikowanego kandydata: {name} nie jest zweryfikowany.':
    'Only a verified candidate can be appointed: {name} is not verified.',
  'Rada nie ma jeszcze statutu: nabór nie może przyjmować kandydatur.':
    'The council has no statute yet: the call cannot accept candidacies.',
  'Rada nie ma jeszcze statutu: najpierw dodaj statut, potem ogłoś nabór.':
    'The council has no statute yet: add the statute first, then announce the call.',
  'Rada nie ma kadencji obejmującej {day}: najpierw dodaj kadencję.':
    'The council has no term covering {day}: add the term first.',
  'Rada została zniesiona: nie można ogłosić naboru.': 'The council has been abolished: a call cannot be announced.',
  'Stan kandydatury właśnie się zmienił. Odśwież stronę.':
    'The state of the candidacy has just changed. Refresh the page.',
  'Statut pozwala poprzeć jednego kandydata: ta osoba poparła już innego kandydata w tym naborze.':
    'The statute allows supporting one candidate: this person has already supported another candidate in this call.',
  'Statut przewiduje {seats} miejsc w kategorii „{name}”; zajętych jest {taken}, a wybrano {chosen}.':
    'The statute provides {seats} seats in the category “{name}”; {taken} are taken and {chosen} were chosen.',
  'Statut tej rady nie przewiduje list poparcia.': "This council's statute provides no support lists.",
  'Tej kandydatury nie można już potwierdzić: została wycofana albo rozpatrzona.':
    'This candidacy can no longer be confirmed: it was withdrawn or decided.',
  'Ten adres e-mail zgłosił już kandydaturę w tym naborze. Otwórz link z e-maila, aby ją zobaczyć.':
    'This e-mail address has already made a candidacy in this call. Open the link from the e-mail to see it.',
  'Ten link jest niepełny. Skopiuj go z e-maila w całości.':
    'This link is incomplete. Copy the whole link from the e-mail.',
  'Ten link kandydata jest nieważny. Sprawdź, czy skopiowano go w całości.':
    "This candidate's link is not valid. Check that it was copied in full.",
  'Ten link zgody jest nieważny. Sprawdź, czy skopiowano go w całości.':
    'This consent link is not valid. Check that it was copied in full.',
  'Termin zgłoszeń już minął: podaj dzień dzisiejszy albo późniejszy.':
    'The deadline has already passed: enter today or a later day.',
  'Termin zgłoszeń nie może być wcześniejszy niż otwarcie naboru.':
    'The deadline for candidacies cannot be earlier than the opening of the call.',
  'W tym naborze kandydatów zgłaszają organizacje: poproś organizację o zgłoszenie albo wybierz inny nabór.':
    'In this call candidates are nominated by organisations: ask an organisation to nominate you or choose another call.',
  'W tym naborze organizacje nie zgłaszają kandydatów: kandydaci zgłaszają się sami.':
    'In this call organisations do not nominate candidates: candidates register themselves.',
  'Wpisz najwyżej 80 znaków.': 'Enter at most 80 characters.',
  'Wybierz co najmniej jednego kandydata.': 'Choose at least one candidate.',
  'Wybierz kandydatów.': 'Choose the candidates.',
  'Wybierz najwyżej 100 kandydatów.': 'Choose at most 100 candidates.',
  'Wybierz: zweryfikowany albo odrzucony.': 'Choose: verified or refused.',
  'przyjęliśmy kandydaturę w naborze nr {number} „{title}” ({tenant}). Termin zgłoszeń: {deadline}.':
    'we have received the candidacy in call no. {number} “{title}” ({tenant}). Deadline for candidacies: {deadline}.',
  '{name} zgłasza kandydaturę do rady „{body}” ({tenant}) w naborze „{title}”. Osoba niepełnoletnia może kandydować za zgodą rodzica lub opiekuna.':
    '{name} is standing for the council “{body}” ({tenant}) in the call “{title}”. A minor may stand with the consent of a parent or guardian.',
  '{body}: Twoja kandydatura': '{body}: your candidacy',
  '{body}: prośba o zgodę na kandydowanie': '{body}: request for consent to stand',
  'Plik uchwały jest za duży: limit {mb} MB.': 'The resolution file is too large: the limit is {mb} MB.',
  'Dołącz uchwałę o zgłoszeniu kandydata (PDF).': 'Attach the resolution nominating the candidate (PDF).',
  'Organizacja nie dołączyła uchwały o zgłoszeniu.': 'The organisation has not attached its nominating resolution.',
  'Wyślij uchwałę jako multipart/form-data z polem file (PDF).':
    'Send the resolution as multipart/form-data with a file field (PDF).',
}

export default en
