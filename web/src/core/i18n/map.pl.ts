/** Komunikaty mapy (web/src/core/map) i jej użyć na stronach budżetu obywatelskiego. Klucze jak w `map.en.ts`. */
export default {
  'map.zoomIn': 'Przybliż mapę',
  'map.zoomOut': 'Oddal mapę',
  'map.fit': 'Pokaż wszystkie znaczniki',
  'map.fitOne': 'Wróć do znacznika',
  // Wymagane przez licencję OpenStreetMap (ODbL); nie tłumaczymy, żeby podpis był rozpoznawalny.
  'map.attribution': '© OpenStreetMap contributors',
  'map.newTab': '(otwiera się w nowej karcie)',
  'map.tilesFailed': 'Nie udało się wczytać podkładu mapy (brak połączenia?). Znaczniki są na swoich miejscach.',
  'map.close': 'Zamknij opis: {name}',
  // Znacznik grupy nakładających się znaczników (formy liczby mnogiej według Intl.PluralRules).
  'map.group.one': '{count} projekt w tym miejscu',
  'map.group.few': '{count} projekty w tym miejscu',
  'map.group.many': '{count} projektów w tym miejscu',
  'map.group.other': '{count} projektu w tym miejscu',
  'map.crosshair': 'Celownik: szerokość {lat}, długość {lng}',
  'map.help': 'Mapę przesuwasz, przeciągając ją, a gdy ma fokus — strzałkami. Klawisze + i − przybliżają i oddalają.',
  'map.helpMarkers':
    'Mapę przesuwasz, przeciągając ją, a gdy ma fokus — strzałkami; + i − przybliżają i oddalają. Do znaczników dojdziesz klawiszem Tab, Enter otwiera opis projektu.',
  'map.helpPicker':
    'Kliknij albo dotknij mapę, aby zaznaczyć punkt. Z klawiatury: strzałki przesuwają mapę pod celownikiem w środku, Enter zaznacza punkt pod celownikiem, + i − przybliżają i oddalają.',

  'map.projects.viewLabel': 'Sposób pokazania projektów',
  'map.projects.viewList': 'Lista',
  'map.projects.viewMap': 'Mapa',
  'map.projects.mapHeading': 'Mapa projektów',
  'map.projects.mapLabel': 'Mapa projektów',
  'map.projects.textAlternative':
    'Projekty ze wskazaną lokalizacją na mapie: {count}. Ta sama informacja jest na liście pod mapą: projekty z adresami, a osobno projekty bez wskazanej lokalizacji.',
  'map.projects.markerLabel': 'Nr {number}: {title}',
  'map.projects.onMapHeading': 'Projekty na mapie',
  'map.projects.withoutHeading': 'Projekty bez wskazanej lokalizacji',
  'map.projects.noneOnMap': 'Żaden z tych projektów nie ma wskazanego punktu na mapie.',

  'map.project.heading': 'Lokalizacja na mapie',
  'map.project.mapLabel': 'Mapa: lokalizacja projektu {title}',
  'map.project.address': 'Miejsce: {address}',
  'map.project.noAddress': 'Autor nie opisał miejsca słowami.',

  'map.picker.hint':
    'Nieobowiązkowo: wskaż miejsce na mapie albo wpisz jego współrzędne. Dzięki temu projekt pojawi się na mapie projektów.',
  'map.picker.label': 'Mapa do wskazania miejsca projektu',
  'map.picker.fieldsNote': 'Współrzędne zaznaczonego punktu są w polach poniżej; możesz je też wpisać lub poprawić.',
  'map.picker.clear': 'Usuń punkt',
  'map.picker.placed': 'Zaznaczono punkt: szerokość {lat}, długość {lng}.',
  'map.picker.cleared': 'Usunięto punkt.',
  'map.picker.latOutside':
    'Ten punkt leży poza Polską: szerokość geograficzna musi być od {min} do {max}, np. 52,2297.',
  'map.picker.lngOutside': 'Ten punkt leży poza Polską: długość geograficzna musi być od {min} do {max}, np. 21,0122.',
} as const
