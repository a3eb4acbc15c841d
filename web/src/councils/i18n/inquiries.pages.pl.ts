/** The councils' inquiries pages' messages (pl); same keys in both languages. */
export default {
  'councils.inquiries.panel.title': 'Zapytania i wnioski — {body}',
  'councils.inquiries.panel.crumbs': 'Ścieżka w sekcji rad',
  'councils.inquiries.panel.councils': 'Rady',
  'councils.inquiries.panel.crumb': 'Zapytania i wnioski',
  'councils.inquiries.panel.lawDays':
    'Organ wykonawczy odpowiada na piśmie w ciągu {days} dni od doręczenia (art. 5c ust. 3a ustawy o samorządzie gminnym). Tydzień przed ostatnim dniem administratorzy i koordynatorzy dostają przypomnienie, a po terminie rada — wiadomość o braku odpowiedzi.',
  'councils.inquiries.panel.noLawDays':
    'Ustawa nie określa terminu odpowiedzi dla tej rady: obowiązuje termin wpisany przy zapytaniu albo żaden.',
  'councils.inquiries.panel.listHeading': 'Zapytania rady',
  'councils.inquiries.panel.none': 'Rada nie skierowała jeszcze zapytań ani wniosków.',
  'councils.inquiries.waiting.heading': 'Zapytania i wnioski czekające na odpowiedź',
  'councils.inquiries.waiting.none': 'Żadne zapytanie ani wniosek rady nie czeka na odpowiedź.',
  'councils.inquiries.waiting.item': '{body}: zapytanie nr {number} — {title}',
  'councils.inquiries.state.daysLeft': 'czeka na odpowiedź — dni do końca terminu: {days}',
  'councils.inquiries.state.po_terminie': 'po terminie — brak odpowiedzi',
  'councils.inquiries.state.odpowiedziano': 'odpowiedziano w terminie',
  'councils.inquiries.state.odpowiedziano_po_terminie': 'odpowiedziano po terminie',
  'councils.inquiries.state.bez_terminu': 'bez terminu odpowiedzi',
  'councils.inquiries.card.heading': 'Zapytanie nr {number}: {title}',
  'councils.inquiries.card.delivered': 'Doręczono',
  'councils.inquiries.card.lastDay': 'Ostatni dzień na odpowiedź',
  'councils.inquiries.card.noDeadline': 'bez terminu',
  'councils.inquiries.card.state': 'Stan',
  'councils.inquiries.card.resolution': 'Uchwała rady',
  'councils.inquiries.card.answer': 'Odpowiedź',
  'councils.inquiries.card.answeredBy': 'Zapisał(a): {who},',
  'councils.inquiries.card.office': 'urząd',
  'councils.inquiries.card.answerPdf': 'Odpowiedź na zapytanie nr {number} (PDF)',
  'councils.inquiries.answer.heading': 'Odpowiedź na zapytanie nr {number}',
  'councils.inquiries.answer.once':
    'Odpowiedź zapisuje się jeden raz i jest publikowana z zapytaniem. Wpisz jej treść, dołącz podpisane pismo (PDF) albo jedno i drugie.',
  'councils.inquiries.answer.text': 'Treść odpowiedzi',
  'councils.inquiries.answer.file': 'Pismo z odpowiedzią (PDF, najwyżej 10 MB)',
  'councils.inquiries.answer.fileHint': 'Nieobowiązkowe, jeśli wpisano treść.',
  'councils.inquiries.answer.missing': 'Wpisz treść odpowiedzi albo dołącz plik PDF.',
  'councils.inquiries.answer.save': 'Zapisz odpowiedź na zapytanie nr {number}',
  'councils.inquiries.answer.saved': 'Zapisano odpowiedź na zapytanie nr {number}.',
  'councils.inquiries.register.heading': 'Zarejestruj zapytanie przyjęte poza platformą',
  'councils.inquiries.register.intro':
    'Zapytania i wnioski przyjęte uchwałą w platformie pojawiają się tu same. Zapytanie przyjęte na posiedzeniu lub na papierze wpisz z dniem jego doręczenia: od następnego dnia liczy się termin.',
  'councils.inquiries.register.title': 'Temat zapytania',
  'councils.inquiries.register.text': 'Treść zapytania lub wniosku',
  'councils.inquiries.register.deliveredOn': 'Dzień doręczenia',
  'councils.inquiries.register.deliveredHint': 'Dzień, w którym zapytanie wpłynęło do urzędu; nie późniejszy niż dziś.',
  'councils.inquiries.register.resolutionNumber': 'Numer uchwały rady w platformie',
  'councils.inquiries.register.resolutionHint':
    'W postaci numer/rok, np. 3/2026. Zostaw puste, jeśli uchwałę podjęto poza platformą.',
  'councils.inquiries.register.days': 'Liczba dni na odpowiedź',
  'councils.inquiries.register.daysHint':
    'Ustawa nie określa terminu dla tej rady; zostaw puste, jeśli nie ma terminu.',
  'councils.inquiries.register.titleMissing': 'Podaj temat zapytania (co najmniej 3 znaki).',
  'councils.inquiries.register.textMissing': 'Wpisz treść zapytania lub wniosku.',
  'councils.inquiries.register.dayMissing': 'Podaj dzień doręczenia.',
  'councils.inquiries.register.daysBad': 'Podaj liczbę dni od 1 do 365.',
  'councils.inquiries.register.save': 'Zarejestruj zapytanie',
  'councils.inquiries.register.saved': 'Zarejestrowano zapytanie nr {number}.',
  'councils.inquiries.openData.title': 'Otwarte dane rad',
  'councils.inquiries.openData.intro':
    'Dane rad działających w {name} do pobrania i ponownego wykorzystania: rady, członkowie, posiedzenia z obecnością, uchwały z imiennymi głosami, wnioski o opinię i zapytania.',
  'councils.inquiries.openData.privacy':
    'Członkowie są wymienieni z imienia i nazwiska, funkcji i tego, kogo reprezentują. Nie publikujemy adresów e-mail, dat urodzenia ani adresów zamieszkania.',
  'councils.inquiries.openData.format':
    'CSV: kodowanie UTF-8, separator średnik, jak oczekują polskie arkusze kalkulacyjne. JSON: te same dane, głosowanie jako zdarzenie z liczbą głosów i głosem każdego członka.',
  'councils.inquiries.openData.csv': '{what} — CSV',
  'councils.inquiries.openData.json': '{what} — JSON',
  'councils.inquiries.openData.columns': 'Kolumny pliku CSV ({count})',
  'councils.inquiries.openData.organy.title': 'Rady',
  'councils.inquiries.openData.organy.description':
    'Rady: rodzaj, stan, podstawa prawna, statut (uchwała i liczba miejsc) i bieżąca kadencja.',
  'councils.inquiries.openData.czlonkowie.title': 'Członkowie',
  'councils.inquiries.openData.czlonkowie.description':
    'Imię i nazwisko, funkcja, miejsce w radzie, kogo reprezentuje, pierwszy i ostatni dzień mandatu oraz powód jego wygaśnięcia.',
  'councils.inquiries.openData.posiedzenia.title': 'Posiedzenia',
  'councils.inquiries.openData.posiedzenia.description':
    'Posiedzenia z porządkiem obrad i obecnością każdego członka (w CSV jeden wiersz na członka).',
  'councils.inquiries.openData.uchwaly.title': 'Uchwały i głosowania',
  'councils.inquiries.openData.uchwaly.description':
    'Uchwały po głosowaniu: wynik, liczba głosów i imienny głos każdego członka (w CSV jeden wiersz na głos), z adresem PDF podjętej uchwały.',
  'councils.inquiries.openData.opinie.title': 'Wnioski o opinię',
  'councils.inquiries.openData.opinie.description':
    'Projekty przesłane radom do zaopiniowania: dzień doręczenia, ostatni dzień, wynik i numer uchwały z opinią.',
  'councils.inquiries.openData.zapytania.title': 'Zapytania i wnioski',
  'councils.inquiries.openData.zapytania.description':
    'Zapytania i wnioski rad do organu wykonawczego: doręczenie, ostatni dzień, stan i odpowiedź.',
  'councils.inquiries.openData.wybory.title': 'Wybory',
  'councils.inquiries.openData.wybory.description':
    'Ogłoszone wyniki wyborów członków rad: okręgi, liczba kart, głosy każdego kandydata, wybrani i notatki z losowań.',
} as const
