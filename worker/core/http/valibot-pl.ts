import * as v from 'valibot'

/**
 * Polish defaults for valibot's messages, so that a schema without its own message still explains the problem in
 * the language of the people who read it. Schemas give their own, more specific messages where it matters. Each
 * message is a whole sentence (with at most a value put in), because it is also the id under which the core's
 * catalogue (`worker/core/i18n/en.ts`) keeps its English: a sentence glued from pieces would have no one id.
 */
export function usePolishMessages(): void {
  v.setGlobalMessage((issue) => {
    const expected = issue.expected ?? ''
    switch (issue.type) {
      case 'string':
        return 'To pole musi być tekstem.'
      case 'number':
        return 'To pole musi być liczbą.'
      case 'boolean':
        return 'To pole musi mieć wartość tak/nie.'
      case 'integer':
        return 'Podaj liczbę całkowitą.'
      case 'email':
        return 'Podaj poprawny adres e-mail.'
      case 'url':
        return 'Podaj poprawny adres internetowy (https://…).'
      case 'min_length':
      case 'non_empty':
        return issue.requirement === 1 || issue.type === 'non_empty'
          ? 'To pole jest wymagane.'
          : `Wpisz co najmniej ${issue.requirement} znaków.`
      case 'max_length':
        return `Wpisz najwyżej ${issue.requirement} znaków.`
      case 'min_value':
        return `Wartość musi wynosić co najmniej ${issue.requirement}.`
      case 'max_value':
        return `Wartość może wynosić najwyżej ${issue.requirement}.`
      case 'picklist':
        return 'Wybierz jedną z dostępnych wartości.'
      case 'regex':
        return 'Wartość ma niepoprawny format.'
      case 'object':
        return issue.received === 'undefined' ? 'To pole jest wymagane.' : 'Niepoprawna struktura danych.'
      case 'strict_object':
        return 'Nieznane pole w żądaniu.'
      default:
        if (issue.received === 'undefined') return 'To pole jest wymagane.'
        return expected ? `Niepoprawna wartość (oczekiwano ${expected}).` : 'Niepoprawna wartość.'
    }
  })
}
